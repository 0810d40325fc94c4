import { MulterModule } from '@nestjs/platform-express';
import { Environment } from '../config/environment';

/**
 * How every route that takes a photo reads it (POST /jobs, POST /recognize): in memory
 * (multer's default), never on disk; multer counts bytes as they stream in and stops at
 * MAX_UPLOAD_BYTES (413); one file and a few small fields at most.
 */
export const PhotoUploadModule = MulterModule.registerAsync({
  inject: [Environment],
  useFactory: (env: Environment) => ({
    limits: { fileSize: env.MAX_UPLOAD_BYTES, files: 1, fields: 4, fieldSize: 8 * 1024 },
  }),
});
