import type { Page } from 'playwright-core';

/** Where the first element matching `selector` is drawn on `page`; throws, naming it, when it is not drawn. */
export async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not drawn on ${page.url()}`);
  return box;
}
