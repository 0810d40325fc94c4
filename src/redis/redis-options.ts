import type { RedisOptions } from 'ioredis';

/** ioredis options from REDIS_URL (redis://[user:pass@]host:port[/db], rediss:// for TLS). */
export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}

/**
 * For workers: commands wait for a reconnect instead of failing (BullMQ's requirement for
 * workers), so a Redis restart pauses them rather than failing their jobs.
 */
export function workerOptions(url: string): RedisOptions {
  return { ...redisOptions(url), maxRetriesPerRequest: null };
}

/**
 * For request handlers that enqueue: fail at once when Redis is down (the API answers 503)
 * instead of queueing commands in memory and hanging the request.
 */
export function producerOptions(url: string): RedisOptions {
  return { ...redisOptions(url), enableOfflineQueue: false, connectTimeout: 2000 };
}
