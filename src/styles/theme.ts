// NutUI reads these CSS variables with fallbacks, so setting them on the page's ConfigProvider themes
// every component below it. Keys are camelCase; NutUI turns them into --nutui-… variables.

/** The colours of styles/_theme.scss that JavaScript needs (NutUI's variables, a few icons). */
export const palette = {
  brand: '#00704a',
  brandPressed: '#005c3d',
  brandLight: '#e6f4ee',
  title: '#1a1a1a',
  text: '#4a4d55',
  textMuted: '#5c6068',
  surface: '#ffffff',
  pageBg: '#f4f6f5',
  line: '#eef0ef',
  codeDark: '#000000',
  danger: '#c8161d',
  noticeText: '#7a4a00',
  noticeBg: '#fff7e6',
} as const

/** The bank's colours on NutUI's variables. */
const brand = {
  nutuiColorPrimary: palette.brand,
  // The gradient's light end and the disabled tint exist only for NutUI's buttons.
  nutuiColorPrimaryStop1: '#00875a',
  nutuiColorPrimaryStop2: palette.brand,
  nutuiColorPrimaryPressed: palette.brandPressed,
  nutuiColorPrimaryLight: palette.brandLight,
  nutuiColorPrimaryDisabled: '#8fbfab',
  nutuiColorPrimaryDisabledSpecial: '#8fbfab',
  nutuiColorPrimaryText: palette.surface,
  // NutUI's default red (#ff0f23) is below 4.5:1 on white; this one is not.
  nutuiColorDanger: palette.danger,
  // NutUI's orange notice text is below 4.5:1 on its cream background.
  nutuiNoticebarColor: palette.noticeText,
  nutuiNoticebarBackground: palette.noticeBg,
  nutuiColorTitle: palette.title,
  nutuiColorText: palette.text,
  // NutUI's light green "success" tag is below 4.5:1 under white text.
  nutuiTagSuccessBackgroundColor: palette.brand,
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
  // NutUI's tags (营业中, 已预约, 银行员工) are 10px on a 14px-high strip.
  nutuiTagFontSize: '18px',
  nutuiTagHeight: '26px',
  nutuiTagPadding: '0px 6px',
}
