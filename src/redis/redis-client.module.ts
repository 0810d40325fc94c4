import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { Environment } from '../config/environment';
import { producerOptions } from './redis-options';

export const REDIS = Symbol('REDIS');

/**
 * A plain Redis client for the API's short-lived state (one-time download tokens, rate
 * limits), shared by every API replica. Fails fast while Redis is down.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [Environment],
      useFactory: (env: Environment) => {
        const client = new Redis({ ...producerOptions(env.REDIS_URL!), commandTimeout: 2000 });
        client.on('error', () => undefined); // reconnects by itself; callers see failures
        return client;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisClientModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
