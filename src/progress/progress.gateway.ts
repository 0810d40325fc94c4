import { Logger, OnModuleDestroy } from '@nestjs/common';
import {
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import Redis from 'ioredis';
import type { Namespace, Socket } from 'socket.io';
import { TokenService } from '../auth/token.service';
import { Environment } from '../config/environment';
import { JobSnapshotsRepository } from './job-snapshots.repository';
import { PROGRESS_CHANNEL, ProgressMessage } from './progress.contract';
import { redisOptions } from '../redis/redis-options';

const TERMINAL = new Set(['FINISHED', 'FAILED']);
/** setTimeout fires at once for longer delays (2^31 − 1 ms ≈ 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Watcher {
  jobId: string;
  /** Highest percent this socket has been sent: older events are not sent after newer ones. */
  sent: number;
}

/**
 * Socket.IO namespace /ws/progress/{jobId}. The handshake's `auth.token` must be the job
 * owner's (or an admin's) JWT, else the connection is refused. A client first receives the
 * job's current state from Postgres, then live events. Every API process subscribes to the
 * Redis channel and emits only to its own sockets, so each client gets each event once
 * however many API replicas run.
 */
@WebSocketGateway({
  namespace: /^\/ws\/progress\/[0-9a-f-]{36}$/,
  cors: { origin: true },
  // socket.io makes a child namespace for each matching name before any middleware runs;
  // without this, refused and finished connections would leave them behind for ever.
  cleanupEmptyChildNamespaces: true,
})
export class ProgressGateway
  implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy
{
  private readonly logger = new Logger('Progress');
  private readonly watchers = new Map<string, Set<Socket>>();
  private readonly subscriber: Redis;
  private parent?: Namespace & { children: Set<Namespace> };

  constructor(
    private readonly tokens: TokenService,
    private readonly jobs: JobSnapshotsRepository,
    env: Environment,
  ) {
    this.subscriber = new Redis(redisOptions(env.REDIS_URL!));
    this.subscriber.on('error', (e) => this.logger.warn(`redis: ${e.message}`));
    // (Re)subscribed on every ready, not once at start: if Redis is down when the API
    // starts, a one-off subscribe fails and the channel would be lost for good.
    this.subscriber.on('ready', () => {
      this.subscriber.subscribe(PROGRESS_CHANNEL).catch((e: Error) => {
        this.logger.warn(`progress channel not subscribed yet: ${e.message}`);
      });
    });
    this.subscriber.on('message', (_channel, raw: string) => this.relay(raw));
  }

  /** Child namespaces alive now (one per job being watched; refused connects leave none). */
  namespaceCount(): number {
    return this.parent?.children.size ?? 0;
  }

  afterInit(namespace: Namespace): void {
    this.parent = namespace as Namespace & { children: Set<Namespace> };
    // Refuse before connecting: the client sees connect_error with this message.
    namespace.use((socket, next) => {
      this.authorise(socket).then(
        () => next(),
        (e: Error) => next(e),
      );
    });
  }

  private async authorise(socket: Socket): Promise<void> {
    const jobId = socket.nsp.name.split('/').pop()!;
    const token = (socket.handshake.auth as { token?: unknown })?.token;
    const user = typeof token === 'string' ? await this.tokens.verify(token) : null;
    if (!user) throw new Error('Log in first: pass your access token as auth.token.');
    if (!(await this.jobs.watchable(jobId, user.id, user.role === 'admin')))
      throw new Error('No such job.');
    socket.data.watcher = { jobId, sent: -1 } satisfies Watcher;
    socket.data.exp = user.exp;
  }

  /** Never rejects: Nest does not await it, so a rejection would be unhandled. */
  async handleConnection(socket: Socket): Promise<void> {
    try {
      await this.welcome(socket);
    } catch (e) {
      this.logger.warn(`progress socket dropped: ${(e as Error).message}`);
      socket.disconnect(true);
    }
  }

  private async welcome(socket: Socket): Promise<void> {
    const watcher = socket.data.watcher as Watcher | undefined;
    if (!watcher) return void socket.disconnect(true);
    // Registered before reading the row, so no event falls between the two.
    if (!this.watchers.has(watcher.jobId)) this.watchers.set(watcher.jobId, new Set());
    this.watchers.get(watcher.jobId)!.add(socket);
    // A socket whose token expires is disconnected then.
    const exp = socket.data.exp as number | undefined;
    if (exp) {
      const timer = setTimeout(
        () => socket.disconnect(true),
        Math.min(MAX_TIMER_MS, Math.max(0, exp * 1000 - Date.now())),
      );
      socket.once('disconnect', () => clearTimeout(timer));
    }
    const snapshot = await this.jobs.current(watcher.jobId);
    if (snapshot) this.send(socket, snapshot);
  }

  handleDisconnect(socket: Socket): void {
    const watcher = socket.data.watcher as Watcher | undefined;
    if (!watcher) return;
    const set = this.watchers.get(watcher.jobId);
    set?.delete(socket);
    if (set && !set.size) this.watchers.delete(watcher.jobId);
  }

  private relay(raw: string): void {
    let message: ProgressMessage;
    try {
      message = JSON.parse(raw) as ProgressMessage;
    } catch {
      return;
    }
    for (const socket of this.watchers.get(message.job_id) ?? []) this.send(socket, message);
  }

  private send(socket: Socket, m: ProgressMessage): void {
    const watcher = socket.data.watcher as Watcher;
    const terminal = TERMINAL.has(m.status);
    if (watcher.sent === 101 || (!terminal && m.percent < watcher.sent)) return;
    watcher.sent = terminal ? 101 : m.percent;
    socket.emit('progress', {
      jobId: m.job_id,
      status: m.status,
      stage: m.stage,
      percent: m.percent,
      error: m.error ?? null,
    });
  }

  onModuleDestroy(): void {
    this.subscriber.disconnect();
  }
}
