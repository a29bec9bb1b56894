import { startCorsEchoServer } from './fixtures/cors-server';
import { expect, test } from './fixtures';

test('the popup opens and shows the extension name', async ({ extension }) => {
  const popup = await extension.openPage('popup.html');
  await popup.waitForText('Planpoint Agent');
  expect(await popup.text()).toContain('Planpoint Agent');
  expect(await popup.url()).toBe(`${extension.extensionOrigin}/popup.html`);
  // The page says which language its text is in (English here), for screen readers.
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('the options page opens and shows the extension name', async ({ extension }) => {
  const options = await extension.openPage('options.html');
  await options.waitForText('Planpoint Agent');
  expect(await options.url()).toBe(`${extension.extensionOrigin}/options.html`);
});

test('an extension page can call a local API that answers CORS, with a bearer token', async ({
  extension,
}) => {
  const server = await startCorsEchoServer();
  try {
    const popup = await extension.openPage('popup.html');
    const reply = await popup.evaluate(async (url) => {
      const response = await fetch(url, { headers: { Authorization: 'Bearer e2e-token' } });
      return { status: response.status, body: (await response.json()) as unknown };
    }, `${server.origin}/api/ping`);
    expect(reply).toEqual({
      status: 200,
      body: {
        method: 'GET',
        path: '/api/ping',
        origin: extension.extensionOrigin,
        authorization: 'Bearer e2e-token',
      },
    });
    // The Authorization header makes it a non-simple request: the browser asked first.
    expect(server.requests.map((r) => r.method)).toEqual(['OPTIONS', 'GET']);
  } finally {
    await server.close();
  }
});
