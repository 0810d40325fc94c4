import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { withTimeout } from '../common/with-timeout';
import { IMAGE2JSON, JSON2VIDEO } from '../queue/queue.contracts';
import { REDIS } from '../redis/redis-client.module';
import { OBJECT_STORAGE, ObjectStorage } from '../storage/object-storage';

/** Gives up on a dependency that does not answer within this long. */
const TIMEOUT_MS = 2000;

/** Terminus indicators for Redis, the object store and the queue workers. */
@Injectable()
export class DependenciesIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @InjectQueue(IMAGE2JSON) private readonly image2json: Queue,
    @InjectQueue(JSON2VIDEO) private readonly json2video: Queue,
  ) {}

  async redis_() {
    const check = this.health.check('redis');
    try {
      await withTimeout(this.redis.ping(), TIMEOUT_MS, 'Redis');
      return check.up();
    } catch (e) {
      return check.down({ message: (e as Error).message });
    }
  }

  async storage_() {
    const check = this.health.check('storage');
    try {
      await withTimeout(this.storage.ensureReady(), TIMEOUT_MS, 'storage');
      return check.up({ driver: this.storage.driver });
    } catch (e) {
      return check.down({ driver: this.storage.driver, message: (e as Error).message });
    }
  }

  /** Connected BullMQ workers per queue: down when a queue has nobody consuming it. */
  async workers() {
    const check = this.health.check('workers');
    try {
      const [images, renders] = await withTimeout(
        Promise.all([workersOnItsDatabase(this.image2json), workersOnItsDatabase(this.json2video)]),
        TIMEOUT_MS,
        'Redis',
      );
      const data = { image2json: images, json2video: renders };
      return images > 0 && renders > 0 ? check.up(data) : check.down(data);
    } catch (e) {
      return check.down({ message: (e as Error).message });
    }
  }
}

/**
 * A queue's workers on its own Redis database. BullMQ finds workers in CLIENT LIST, which is
 * the whole server's: a second deployment (or a test) sharing the server on another database
 * number, with queues of the same names, would count as this one's workers.
 */
async function workersOnItsDatabase(queue: Queue): Promise<number> {
  const client = await queue.client;
  const db = String((client as unknown as { options?: { db?: number } }).options?.db ?? 0);
  const workers = await queue.getWorkers();
  // A client list without the field (a cluster, a managed Redis) cannot tell: all count.
  return workers.filter((w) => w.db === undefined || w.db === db).length;
}
