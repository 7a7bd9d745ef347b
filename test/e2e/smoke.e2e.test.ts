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

  it('has the bank’s icon in the browser tab, one that the browser can draw', async () => {
    const page = await newPhonePage()
    await page.goto('/')
    const href = await page.locator('link[rel="icon"]').getAttribute('href')
    expect(href).toMatch(/^data:image\/svg\+xml,/)
    const drawn = await page.evaluate(
      (src) =>
        new Promise<number>((resolve) => {
          const image = new Image()
          image.onload = () => resolve(image.naturalWidth)
          image.onerror = () => resolve(0)
          image.src = src
        }),
      href!,
    )
    expect(drawn).toBeGreaterThan(0)
  })
})
