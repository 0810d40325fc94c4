import {
  Controller,
  GoneException,
  Inject,
  Param,
  Post,
  Get,
  Redirect,
  ServiceUnavailableException,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, JwtAuthGuard } from '../auth/guards';
import { AuthUser } from '../auth/token.service';
import { Environment } from '../config/environment';
import { OBJECT_STORAGE, ObjectStorage } from '../storage/object-storage';
import { DownloadTokensRepository } from './download-tokens.repository';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

/** How long an unredeemed download link lives, and the signed link it redirects to. */
const TOKEN_TTL_SECONDS = 600;
const DOWNLOAD_URL_TTL_SECONDS = 300;

/**
 * The design's one-time download links: the owner asks for a link; the link works exactly
 * once and redirects to a short-lived signed URL that downloads the video as a file.
 */
@ApiTags('jobs')
@Controller()
export class DownloadsController {
  constructor(
    private readonly jobsService: JobsService,
    private readonly jobs: JobsRepository,
    private readonly tokens: DownloadTokensRepository,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    private readonly env: Environment,
  ) {}

  @Post('jobs/:id/download-token')
  @ApiBearerAuth()
  @ApiCreatedResponse({ description: '{url, expiresInSeconds}: works once' })
  @UseGuards(JwtAuthGuard)
  async create(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    await this.jobsService.withVideo(user, id); // 404 strangers, 409 unfinished, 410 expired
    try {
      const token = await this.tokens.create(id, TOKEN_TTL_SECONDS);
      return {
        url: `${this.env.PUBLIC_URL!.replace(/\/$/, '')}/downloads/${token}`,
        expiresInSeconds: TOKEN_TTL_SECONDS,
      };
    } catch {
      throw new ServiceUnavailableException(
        'Download links are unavailable right now. Try again in a minute.',
      );
    }
  }

  @Get('downloads/:token')
  @ApiResponse({ status: 302, description: 'To a 5-minute attachment link' })
  @ApiResponse({ status: 410, description: 'Already used or expired' })
  @Redirect()
  async redeem(@Param('token') token: string) {
    const jobId = await this.tokens.redeem(token).catch(() => {
      throw new ServiceUnavailableException('Try the link again in a minute.');
    });
    const job = jobId ? await this.jobs.findById(jobId) : null;
    if (!job?.videoKey || job.expiredAt)
      throw new GoneException(
        'This download link has already been used or has expired. Ask for a new one.',
      );
    const url = await this.storage.signedUrl(job.videoKey, DOWNLOAD_URL_TTL_SECONDS, {
      downloadName: `dogmath-${job.id.slice(0, 8)}.mp4`,
    });
    return { url, statusCode: 302 };
  }
}
