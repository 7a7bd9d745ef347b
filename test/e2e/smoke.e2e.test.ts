// Proves the harness: the built H5 home page loads through the preview server and passes axe.
import { checkA11y, newPhonePage, screenshot } from './support/browser'

describe('smoke', () => {
  it('opens the home page with the brand visible and no serious accessibility violations', async () => {
    const page = await newPhonePage()
    await page.goto('/')
    await page.getByText('云柜台', { exact: true }).filter({ visible: true }).first().waitFor()
    await screenshot(page, 'smoke-home')
    await checkA11y(page, 'home')
  })
})
