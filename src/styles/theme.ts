// NutUI reads these CSS variables with fallbacks, so setting them on the page's ConfigProvider themes
// every component below it. Keys are camelCase; NutUI turns them into --nutui-… variables.

/** The bank's colours: a deep rural-bank green that keeps white text above 4.5:1 contrast. */
const brand = {
  nutuiColorPrimary: '#00704a',
  nutuiColorPrimaryStop1: '#00875a',
  nutuiColorPrimaryStop2: '#00704a',
  nutuiColorPrimaryPressed: '#005c3d',
  nutuiColorPrimaryLight: '#e6f4ee',
  nutuiColorPrimaryDisabled: '#8fbfab',
  nutuiColorPrimaryDisabledSpecial: '#8fbfab',
  nutuiColorPrimaryText: '#ffffff',
  // NutUI's default red (#ff0f23) is below 4.5:1 on white; this one is not.
  nutuiColorDanger: '#c8161d',
  // NutUI's orange notice text is below 4.5:1 on its cream background.
  nutuiNoticebarColor: '#7a4a00',
  nutuiNoticebarBackground: '#fff7e6',
  nutuiColorTitle: '#1a1a1a',
  nutuiColorText: '#4a4d55',
}

/** Normal mode. */
export const standardTheme: Record<string, string> = {
  ...brand,
  nutuiFontSizeXs: '11px',
  nutuiFontSizeS: '13px',
  nutuiFontSizeBase: '15px',
  nutuiFontSizeL: '16px',
  nutuiFontSizeXl: '18px',
}

/** Elder mode (长辈模式): no text below 18px, taller tap targets, as elder-friendly rules ask. */
export const elderTheme: Record<string, string> = {
  ...brand,
  nutuiFontSizeXs: '18px',
  nutuiFontSizeS: '18px',
  nutuiFontSizeBase: '20px',
  nutuiFontSizeL: '21px',
  nutuiFontSizeXl: '24px',
  nutuiCellLineHeight: '28px',
  nutuiCellPadding: '16px 16px',
  nutuiInputFontSize: '20px',
  nutuiFormItemLabelFontSize: '20px',
  nutuiFormItemBodyFontSize: '20px',
  nutuiFormItemTipFontSize: '18px',
  nutuiButtonDefaultHeight: '48px',
  nutuiButtonDefaultFontSize: '20px',
  nutuiButtonLargeHeight: '56px',
  nutuiButtonLargeFontSize: '22px',
  nutuiButtonSmallHeight: '40px',
  nutuiButtonSmallFontSize: '18px',
  nutuiDialogHeaderFontSize: '22px',
  nutuiSwitchHeight: '32px',
  nutuiSwitchLabelFontSize: '18px',
}
