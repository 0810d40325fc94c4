import { Global, Module, OnModuleInit, Inject } from '@nestjs/common';
import { Environment } from '../config/environment';
import { LocalDiskStorage } from './local.storage';
import { OBJECT_STORAGE, ObjectStorage } from './object-storage';
import { S3Storage } from './s3.storage';

/** S3 when S3_ENDPOINT is set (MinIO, AWS S3, …); otherwise files under DATA_DIR. */
function createObjectStorage(env: Environment): ObjectStorage {
  if (env.S3_ENDPOINT)
    return new S3Storage({
      endpoint: env.S3_ENDPOINT,
      publicEndpoint: env.S3_PUBLIC_ENDPOINT,
      accessKey: env.AWS_ACCESS_KEY_ID!,
      secretKey: env.AWS_SECRET_ACCESS_KEY!,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
    });
  return new LocalDiskStorage(env.DATA_DIR, env.PUBLIC_URL!, env.JWT_SECRET);
}

@Global()
@Module({
  providers: [{ provide: OBJECT_STORAGE, inject: [Environment], useFactory: createObjectStorage }],
  exports: [OBJECT_STORAGE],
})
export class StorageModule implements OnModuleInit {
  constructor(@Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage) {}

  /** The bucket (or folder) exists before the first request or job needs it. */
  onModuleInit(): Promise<void> {
    return this.storage.ensureReady();
  }
}
