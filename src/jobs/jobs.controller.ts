import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Redirect,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, JwtAuthGuard } from '../auth/guards';
import { AuthUser } from '../auth/token.service';
import { CreateJobDto } from './dto/create-job.dto';
import { ListJobsDto } from './dto/list-jobs.dto';
import { JobIntakeGuard } from './job-intake.guard';
import { JobsService } from './jobs.service';
import { UploadErrorsFilter } from '../uploads/upload-errors.filter';

@ApiTags('jobs')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No or invalid token' })
@Controller()
@UseGuards(JwtAuthGuard)
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Post('jobs')
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        image: { type: 'string', format: 'binary', description: 'PNG, JPEG or WebP photo' },
        text: { type: 'string', example: '3(x-2)=2x+5' },
        lang: { type: 'string', enum: ['zh-CN', 'en-US'] },
      },
    },
  })
  @ApiCreatedResponse({ description: 'The job (status WAIT_IMAGE2JSON)' })
  @ApiResponse({ status: 402, description: 'No videos left (quota)' })
  @ApiResponse({ status: 413, description: 'Photo over the size limit' })
  @ApiResponse({
    status: 415,
    description: 'Not a PNG/JPEG/WebP photo, damaged, or too many pixels',
  })
  @ApiResponse({ status: 503, description: 'Queue unavailable; not charged, try again' })
  @UseGuards(JobIntakeGuard)
  @UseInterceptors(FileInterceptor('image'))
  @UseFilters(UploadErrorsFilter)
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateJobDto,
    @UploadedFile() image?: { buffer: Buffer },
  ) {
    return this.jobs.create(user, dto, image?.buffer);
  }

  @Get('jobs')
  list(@CurrentUser() user: AuthUser, @Query() query: ListJobsDto) {
    return this.jobs.list(user, query.page, query.pageSize);
  }

  @Get('jobs/:id')
  @ApiNotFoundResponse({ description: 'No such job (or not yours)' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.jobs.get(user, id);
  }

  @Get('results/:id/preview')
  @ApiResponse({ status: 302, description: 'Redirect to a signed link (72 h) to the video' })
  @ApiResponse({ status: 409, description: 'Not finished (or failed)' })
  @ApiResponse({ status: 410, description: 'Deleted after the retention period' })
  @Redirect()
  async preview(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return { url: await this.jobs.previewUrl(user, id), statusCode: 302 };
  }
}
