import {
  Body,
  Controller,
  HttpCode,
  Post,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { JwtAuthGuard } from '../auth/guards';
import { RateLimitGuard, RateLimited } from '../auth/rate-limit.guard';
import { UploadErrorsFilter } from '../uploads/upload-errors.filter';
import { RecognizeDto } from './dto/recognize.dto';
import { RecognizedProblem, RecognizeService } from './recognize.service';

@ApiTags('recognize')
@ApiBearerAuth()
@Controller('recognize')
@UseGuards(JwtAuthGuard)
export class RecognizeController {
  constructor(private readonly recognizer: RecognizeService) {}

  /** What a photo (or typed text) reads as, for the student to confirm: no quota spent. */
  @Post()
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiOkResponse({
    description:
      '{text, latex, kind, confidence, rawText, symbols: [{text, confidence}]}: symbols with a low confidence are the ones to check',
  })
  @ApiResponse({ status: 422, description: 'No problem found, in the requested language' })
  @HttpCode(200)
  @UseGuards(RateLimitGuard)
  @RateLimited('RECOGNIZE_RATE_PER_MINUTE')
  @UseInterceptors(FileInterceptor('image'))
  @UseFilters(UploadErrorsFilter)
  recognize(
    @Body() dto: RecognizeDto,
    @UploadedFile() image?: { buffer: Buffer },
  ): Promise<RecognizedProblem> {
    return this.recognizer.recognize(image?.buffer, dto.text, dto.lang ?? 'zh-CN', dto.task);
  }
}
