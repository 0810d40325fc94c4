import { createServer } from 'node:net';

/**
 * Ports below Linux's ephemeral range (32768–60999): the OS hands those out to every
 * outgoing connection and listen(0) of the tests running beside this one, and a port found
 * free there and closed again was taken before the service under test could listen on it
 * (EADDRINUSE in the service e2e test).
 */
const FIRST = 20000;
const LAST = 32000;

/** A TCP port nothing listens on right now (for a server that needs its URL before it starts). */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < 100; tries += 1) {
    const port = FIRST + Math.floor(Math.random() * (LAST - FIRST));
    if (await listenable(port)) return port;
  }
  throw new Error(`no free port between ${FIRST} and ${LAST}`);
}

/** Whether a server can listen on the port, on every address, as the services do. */
function listenable(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}
