import { DatabaseModule } from '../database/database.module';
import { LoggingModule } from '../logging/logging.module';
import { StorageModule } from '../storage/storage.module';

/**
 * Infrastructure both processes use; the API and the worker differ by what they add (and
 * by how their queues treat a Redis outage: QueueModule.register('api' | 'worker')).
 */
export const SHARED_MODULES = [LoggingModule, DatabaseModule, StorageModule];
