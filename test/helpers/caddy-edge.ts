import { ChildProcess, spawn } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface CaddyEdge {
  /** https://localhost:PORT, served by Caddy with a certificate from its own local CA. */
  httpsUrl: string;
  /** The plain-HTTP port, which only redirects to HTTPS. */
  httpUrl: string;
  /** The local CA's root certificate: what a client trusts to reach the edge. */
  rootCa: Buffer;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Debian's Caddy as the TLS edge in front of `upstream`, configured like
 * deploy/caddy/Caddyfile (reverse proxy, HSTS, HTTP → HTTPS) but with `tls internal`: a
 * locally trusted test CA instead of a public one, kept in a temp folder.
 */
export async function startCaddyEdge(upstream: string): Promise<CaddyEdge> {
  const dir = await mkdtemp(join(tmpdir(), 'dogmath-caddy-'));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const caddyfile = join(dir, 'Caddyfile');
  await writeFile(
    caddyfile,
    `{
	admin off
	skip_install_trust
	http_port ${httpPort}
	https_port ${httpsPort}
}

https://localhost:${httpsPort} {
	tls internal
	header Strict-Transport-Security "max-age=31536000; includeSubDomains"
	header -Server
	reverse_proxy ${upstream}
}
`,
  );
  const child: ChildProcess = spawn(
    'caddy',
    ['run', '--config', caddyfile, '--adapter', 'caddyfile'],
    {
      env: {
        ...process.env,
        XDG_DATA_HOME: join(dir, 'data'),
        XDG_CONFIG_HOME: join(dir, 'config'),
        HOME: dir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const rootPath = join(dir, 'data', 'caddy', 'pki', 'authorities', 'local', 'root.crt');
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`caddy exited:\n${log}`);
    const ready = /serving initial configuration/.test(log);
    if (
      ready &&
      (await access(rootPath).then(
        () => true,
        () => false,
      ))
    )
      break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`caddy not ready:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    httpsUrl: `https://localhost:${httpsPort}`,
    httpUrl: `http://localhost:${httpPort}`,
    rootCa: await readFile(rootPath),
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
