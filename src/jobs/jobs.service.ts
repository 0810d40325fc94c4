import {
  BadRequestException,
  GoneException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthUser } from '../auth/token.service';
import { withTimeout } from '../common/with-timeout';
import { Environment } from '../config/environment';
import { Language } from '../pipeline/script/mvs.types';
import { OBJECT_STORAGE, ObjectStorage } from '../storage/object-storage';
import { CreateJobDto } from './dto/create-job.dto';
import { JobEntity } from './entities/job.entity';
import { RejectedImageError, reencodeUpload } from '../uploads/image-intake';
import { JobView, toJobView } from './job-view';
import { JobProducer } from '../queue/job-producer';
import { NO_QUOTA_MESSAGE } from './job-intake.guard';
import { JobsRepository, NoQuotaError } from './jobs.repository';
import { objectKeys } from './object-keys';

/**
 * BullMQ waits for a connection that never comes when Redis is down: a request gives up
 * after this long (the job is then failed; if the add lands later, the claim refuses it).
 */
const ENQUEUE_TIMEOUT_MS = 1500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class JobsService {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly jobs: JobsRepository,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    private readonly producer: JobProducer,
    private readonly env: Environment,
  ) {}

  /**
   * Stores the re-encoded photo, spends one video of quota and records the job in one
   * transaction, then queues image2json. If the queue is down the job fails at once with
   * the quota given back, and the caller gets a 503 to retry.
   */
  async create(user: AuthUser, dto: CreateJobDto, upload: Buffer | undefined): Promise<JobView> {
    if (!upload && !dto.text)
      throw new BadRequestException(
        'Send the problem as a photo (form field "image") or as text (form field "text").',
      );
    if (upload && dto.text)
      throw new BadRequestException('Send either a photo or the text of the problem, not both.');
    const id = randomUUID();
    const keys = objectKeys(id);
    const lang: Language = dto.lang ?? 'zh-CN';
    if (upload) {
      let png: Buffer;
      try {
        png = await reencodeUpload(upload);
      } catch (e) {
        if (e instanceof RejectedImageError) throw new UnsupportedMediaTypeException(e.message);
        throw e;
      }
      await this.storage.put(keys.image, png, 'image/png');
    }
    let job: JobEntity;
    try {
      job = await this.jobs.create({
        id,
        userId: user.id,
        lang,
        inputText: upload ? null : dto.text!,
        task: dto.task ?? null,
        imageKey: upload ? keys.image : null,
      });
    } catch (e) {
      if (upload) await this.storage.remove(keys.image).catch(() => undefined);
      if (e instanceof NoQuotaError)
        throw new HttpException(NO_QUOTA_MESSAGE, HttpStatus.PAYMENT_REQUIRED);
      throw e;
    }
    try {
      await withTimeout(this.producer.image2json(id, job.imageKey), ENQUEUE_TIMEOUT_MS, 'Redis');
    } catch (e) {
      this.logger.error(`could not queue job ${id}: ${(e as Error).message}`);
      await this.jobs.failed(id, 'The job queue was unavailable; the video was not charged.', true);
      throw new ServiceUnavailableException(
        'The service is busy right now and your video was not charged. Try again in a minute.',
      );
    }
    return this.view(job);
  }

  async get(user: AuthUser, id: string): Promise<JobView> {
    return this.view(await this.visible(user, id));
  }

  async list(user: AuthUser, page: number, pageSize: number) {
    const { items, total } = await this.jobs.listByUser(user.id, page, pageSize);
    return { items: await Promise.all(items.map((j) => this.view(j))), total, page, pageSize };
  }

  /** A signed link to the finished video (302 target of /results/{id}/preview). */
  async previewUrl(user: AuthUser, id: string): Promise<string> {
    const job = await this.withVideo(user, id);
    return this.storage.signedUrl(job.videoKey!, this.env.SIGNED_URL_TTL_SECONDS);
  }

  /**
   * The user's job, if its video exists: 404 for strangers, 409 while unfinished or after
   * a failure, 410 once the clean-up deleted it (past the retention period).
   */
  async withVideo(user: AuthUser, id: string): Promise<JobEntity> {
    const job = await this.visible(user, id);
    if (job.status !== 'FINISHED' || !job.videoKey)
      throw new HttpException(
        job.status === 'FAILED'
          ? 'This job failed, so there is no video. Create a new job to try again.'
          : 'The video is not ready yet. Watch the progress and try again when it is finished.',
        HttpStatus.CONFLICT,
      );
    if (job.expiredAt)
      throw new GoneException(
        'This video was deleted after the retention period. Create a new job to make it again.',
      );
    return job;
  }

  /** The job if the user may see it; strangers get the same 404 as a missing id. */
  private async visible(user: AuthUser, id: string): Promise<JobEntity> {
    const job = UUID.test(id)
      ? await this.jobs.findVisible(id, user.id, user.role === 'admin')
      : null;
    if (!job) throw new NotFoundException('No such job.');
    return job;
  }

  private view(job: JobEntity): Promise<JobView> {
    return toJobView(job, this.storage, this.env.SIGNED_URL_TTL_SECONDS);
  }
}
