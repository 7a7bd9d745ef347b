/** Whether the page was opened from a timeline post in WeChat's single-page mode: never in a browser. */
export function isTimelineSinglePage(): boolean {
  return false
}
