import { AddressInfo, createServer } from 'node:net';

/** A TCP port nothing listens on right now (for a server that needs its URL before it starts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}
