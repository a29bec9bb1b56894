// Proving a secret (the token, a password) is nowhere on a page.
import { expect, type PageHandle } from '../fixtures';

/**
 * The page shows nothing of `secret`: not in its text, not in its markup, not in any field's
 * value (which markup does not carry).
 */
export async function expectNotShown(page: PageHandle, secret: string, what: string) {
  const seen = await page.evaluate(() => ({
    text: document.body.innerText,
    html: document.documentElement.outerHTML,
    values: [...document.querySelectorAll('input, textarea')].map(
      (el) => (el as HTMLInputElement).value,
    ),
  }));
  expect(seen.text, `${what} in the page text`).not.toContain(secret);
  expect(seen.html, `${what} in the page markup`).not.toContain(secret);
  expect(seen.values.join('\n'), `${what} in a field`).not.toContain(secret);
}
