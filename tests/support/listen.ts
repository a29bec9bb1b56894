// Every test server (the scripted stub, the fault proxy, a recorder) listens the same way: on a
// free loopback port, and closes with its open connections, so a hanging answer cannot keep a
// test file from ending.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listenOnFreePort(server: Server): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The address of a server that has just closed: nothing listens there any more. */
export async function unreachableUrl(): Promise<string> {
  const gone = await listenOnFreePort(createServer());
  await gone.close();
  return gone.url;
}
