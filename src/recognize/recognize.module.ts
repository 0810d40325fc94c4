import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AuthModule } from '../auth/auth.module';
import { Environment } from '../config/environment';
import { RecognizeController } from './recognize.controller';
import { RecognizeService } from './recognize.service';

/** POST /recognize: read a problem before it becomes a job (API process). */
@Module({
  imports: [
    AuthModule,
    MulterModule.registerAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        limits: { fileSize: env.MAX_UPLOAD_BYTES, files: 1, fields: 4, fieldSize: 8 * 1024 },
      }),
    }),
  ],
  controllers: [RecognizeController],
  providers: [RecognizeService],
})
export class RecognizeModule {}
