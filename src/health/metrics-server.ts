import type { Logger } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import type { Registry } from 'prom-client';

/**
 * A small HTTP server that answers GET /metrics from `registry` and 404 otherwise, on a
 * port of its own: metrics stay on the internal network, off the public port and the edge.
 */
export function serveMetrics(port: number, registry: Registry, logger: Logger): Server {
  return createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') return void res.writeHead(404).end();
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  }).listen(port, () => logger.log(`metrics on :${port}/metrics`));
}
