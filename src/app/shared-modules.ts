import { DatabaseModule } from '../database/database.module';
import { QueueModule } from '../queue/queue.module';
import { StorageModule } from '../storage/storage.module';

/** Infrastructure both processes use; the API and the worker differ only by what they add. */
export const SHARED_MODULES = [DatabaseModule, QueueModule, StorageModule];
