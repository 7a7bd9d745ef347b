// H5: Taro draws the title bar and the tab bar itself, outside every page and so outside PageShell's
// elder mode. A class on <html> carries elder mode to them; index.scss sizes them, in both modes.
import './index.scss'

/** Sets Taro's title bar and tab bar in elder mode (large text) or back in standard mode. */
export function setChromeElderMode(on: boolean): void {
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('cc-elder', on)
}
