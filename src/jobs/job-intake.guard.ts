import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { RateLimiter } from '../auth/rate-limiter';
import { AuthUser } from '../auth/token.service';
import { Environment } from '../config/environment';

/** Uploads one user may have in flight at once (a page sends one; a script more). */
const UPLOADS_PER_USER = 2;
/** A form this small holds typed text, not a photo: reading it costs nothing worth capping. */
const SMALL_BODY_BYTES = 64 * 1024;

export const NO_QUOTA_MESSAGE =
  'You have used all your videos. Ask your teacher or administrator for more.';

/**
 * Runs before POST /jobs reads its body (guards run before multer): the user must have a
 * video left, stay under JOBS_RATE_PER_MINUTE, and this process decodes at most
 * MAX_CONCURRENT_UPLOADS photos at once (UPLOADS_PER_USER per user; bodies of unknown or
 * more than SMALL_BODY_BYTES length count as photos). An account with no
 * quota, or a flood of requests, costs no decoding, re-encoding or storage. The quota is
 * still spent atomically when the job row is written; this only refuses early.
 */
@Injectable()
export class JobIntakeGuard implements CanActivate {
  private inFlight = 0;
  private readonly perUser = new Map<string, number>();

  constructor(
    private readonly limiter: RateLimiter,
    private readonly env: Environment,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user: AuthUser }>();
    const res = http.getResponse<Response>();
    const user = req.user;
    // The row read to authenticate this request says how many videos are left.
    if (user.quota <= 0) throw new HttpException(NO_QUOTA_MESSAGE, HttpStatus.PAYMENT_REQUIRED);
    await this.limiter.consume({
      bucket: 'jobs',
      subject: user.id,
      limit: this.env.JOBS_RATE_PER_MINUTE,
      windowSeconds: 60,
      whenUncounted: 'open',
    });
    const length = Number(req.headers['content-length']);
    if (Number.isFinite(length) && length <= SMALL_BODY_BYTES) return true;
    const mine = this.perUser.get(user.id) ?? 0;
    if (mine >= UPLOADS_PER_USER)
      throw new HttpException(
        'Your previous upload is still being received. Wait for it to finish.',
        HttpStatus.TOO_MANY_REQUESTS,
      );
    if (this.inFlight >= this.env.MAX_CONCURRENT_UPLOADS) {
      res.setHeader('Retry-After', '5');
      throw new ServiceUnavailableException(
        'Many photos are being uploaded right now. Try again in a few seconds.',
      );
    }
    this.inFlight += 1;
    this.perUser.set(user.id, mine + 1);
    // 'close' fires once the response is sent or the client went away: the slot is freed.
    res.once('close', () => {
      this.inFlight -= 1;
      const left = (this.perUser.get(user.id) ?? 1) - 1;
      if (left > 0) this.perUser.set(user.id, left);
      else this.perUser.delete(user.id);
    });
    return true;
  }
}
