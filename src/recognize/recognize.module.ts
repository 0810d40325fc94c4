import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PhotoUploadModule } from '../uploads/photo-upload';
import { RecognizeController } from './recognize.controller';
import { RecognizeService } from './recognize.service';

/** POST /recognize: read a problem before it becomes a job (API process). */
@Module({
  imports: [AuthModule, PhotoUploadModule],
  controllers: [RecognizeController],
  providers: [RecognizeService],
})
export class RecognizeModule {}
