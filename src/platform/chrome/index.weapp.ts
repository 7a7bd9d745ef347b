// The mini-program: WeChat draws the title bar and the tab bar natively, in the text size the phone's
// settings ask for; there is nothing of ours to set.

/** Sets the title bar and tab bar in elder mode: nothing to do in WeChat. */
export function setChromeElderMode(on: boolean): void {
  void on
}
