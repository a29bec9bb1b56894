// A web page on 127.0.0.1 for what needs one (selecting text to right-click it): extension
// menus do not show on extension pages or about: pages.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebPage {
  url: string;
  close(): Promise<void>;
}

export async function serveWebPage(html: string): Promise<WebPage> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/listing.html`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
