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
import { CurrentUser, JwtAuthGuard } from '../auth/guards';
import { AuthUser } from '../auth/token.service';
import { CreateJobDto } from './dto/create-job.dto';
import { ListJobsDto } from './dto/list-jobs.dto';
import { JobsService } from './jobs.service';
import { UploadErrorsFilter } from './upload-errors.filter';

@Controller()
@UseGuards(JwtAuthGuard)
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Post('jobs')
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
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.jobs.get(user, id);
  }

  @Get('results/:id/preview')
  @Redirect()
  async preview(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return { url: await this.jobs.previewUrl(user, id), statusCode: 302 };
  }
}
