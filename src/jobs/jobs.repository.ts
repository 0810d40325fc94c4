import { Task } from '../pipeline/solver/instructions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Language } from '../pipeline/script/mvs.types';
import { JobEntity, JobStage, JobStatus } from './entities/job.entity';

export class NoQuotaError extends Error {}

export interface NewJob {
  id: string;
  userId: string;
  lang: Language;
  inputText: string | null;
  imageKey: string | null;
  task: Task | null;
}

export interface ResultKeys {
  videoSeconds: number;
  chapters: { title: string; start: number }[];
  videoKey: string;
  subtitlesKey: string;
  posterKey: string;
}

/** pg answers UPDATE … RETURNING through TypeORM as [rows, count], SELECT as rows. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  const r = result as unknown[];
  return (Array.isArray(r[0]) ? r[0] : r) as Record<string, unknown>[];
}

/**
 * All reads and writes of the job table. State changes are compare-and-set on status, so
 * a duplicate delivery or a late retry can never move a job backwards.
 */
@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Spends one video of quota and records the job in one transaction. */
  create(job: NewJob): Promise<JobEntity> {
    return this.db.transaction(async (m) => {
      const spent = rowsOf(
        await m.query(
          `UPDATE "user" SET quota = quota - 1 WHERE id = $1 AND quota > 0 RETURNING quota`,
          [job.userId],
        ),
      );
      if (!spent.length) throw new NoQuotaError(job.userId);
      return m.getRepository(JobEntity).save({
        ...job,
        status: 'WAIT_IMAGE2JSON' as const,
        stage: 'queued' as const,
        percent: 0,
      });
    });
  }

  findById(id: string): Promise<JobEntity | null> {
    return this.db.getRepository(JobEntity).findOneBy({ id });
  }

  /** The job if `userId` owns it (or `any` is true, for admins). */
  findVisible(id: string, userId: string, any: boolean): Promise<JobEntity | null> {
    return this.db.getRepository(JobEntity).findOneBy(any ? { id } : { id, userId });
  }

  async listByUser(
    userId: string,
    page: number,
    pageSize: number,
  ): Promise<{ items: JobEntity[]; total: number }> {
    const [items, total] = await this.db.getRepository(JobEntity).findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }

  /**
   * Claims the row for a stage in a short transaction: locked with SKIP LOCKED (a second
   * delivery being claimed right now skips it), status compared, no live claim by another
   * worker (`claimed_until` in the future), attempts counted, and a lease of `leaseSeconds`
   * taken. The row lock ends at commit; the work runs outside any transaction while the
   * lease is renewed. Null when the row is not in `expected` or someone else holds it.
   */
  claim(
    id: string,
    expected: JobStatus,
    stage: JobStage,
    leaseSeconds: number,
  ): Promise<JobEntity | null> {
    return this.db.transaction(async (m: EntityManager) => {
      const locked = await m.query(
        `SELECT id FROM job WHERE id = $1 AND status = $2
           AND (claimed_until IS NULL OR claimed_until < now())
         FOR UPDATE SKIP LOCKED`,
        [id, expected],
      );
      if (!locked.length) return null;
      await m.query(
        `UPDATE job SET attempts = attempts + 1, stage = $2, error_msg = NULL, updated_at = now(),
                claimed_until = now() + make_interval(secs => $3)
         WHERE id = $1`,
        [id, stage, leaseSeconds],
      );
      return m.getRepository(JobEntity).findOneBy({ id });
    });
  }

  /** image2json done: WAIT_IMAGE2JSON → WAIT_JSON2VIDEO with the script's key. */
  async scriptWritten(id: string, jsonKey: string, answerText: string, percent: number) {
    const rows = rowsOf(
      await this.db.query(
        `UPDATE job SET status = 'WAIT_JSON2VIDEO', json_key = $2, answer_text = $3, claimed_until = NULL,
                stage = 'tts', percent = GREATEST(percent, $4), updated_at = now()
         WHERE id = $1 AND status = 'WAIT_IMAGE2JSON' RETURNING id`,
        [id, jsonKey, answerText, percent],
      ),
    );
    return rows.length === 1;
  }

  /** json2video done: WAIT_JSON2VIDEO → FINISHED with the result keys. */
  async finished(id: string, keys: ResultKeys): Promise<boolean> {
    const rows = rowsOf(
      await this.db.query(
        `UPDATE job SET status = 'FINISHED', stage = 'done', percent = 100, claimed_until = NULL,
                video_key = $2, subtitles_key = $3, poster_key = $4, video_seconds = $5,
                chapters = $6,
                finished_at = now(), updated_at = now()
         WHERE id = $1 AND status = 'WAIT_JSON2VIDEO' RETURNING id`,
        [
          id,
          keys.videoKey,
          keys.subtitlesKey,
          keys.posterKey,
          keys.videoSeconds,
          JSON.stringify(keys.chapters),
        ],
      ),
    );
    return rows.length === 1;
  }

  /**
   * A waiting job → FAILED with a readable message. With `refund`, the user's quota comes
   * back, once (a failure handled twice refunds once). False if it was not waiting.
   */
  failed(id: string, message: string, refund: boolean): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const rows = rowsOf(
        await m.query(
          `UPDATE job SET status = 'FAILED', stage = 'failed', error_msg = $2, claimed_until = NULL,
                  quota_refunded = quota_refunded OR $3, finished_at = now(), updated_at = now()
           WHERE id = $1 AND status IN ('WAIT_IMAGE2JSON', 'WAIT_JSON2VIDEO')
           RETURNING user_id`,
          [id, message.slice(0, 2000), refund],
        ),
      );
      if (!rows.length) return false;
      if (refund)
        await m.query(`UPDATE "user" SET quota = quota + 1 WHERE id = $1`, [rows[0].user_id]);
      return true;
    });
  }

  /**
   * Extra attempts (retries) the user's jobs made in the last day: what their model
   * failures have cost beyond one call each (the LLM retry budget).
   */
  async retriesUsedToday(userId: string): Promise<number> {
    const [row] = await this.db.query(
      `SELECT COALESCE(SUM(GREATEST(attempts - 1, 0)), 0)::int AS used
       FROM job WHERE user_id = $1 AND created_at > now() - interval '1 day'`,
      [userId],
    );
    return Number(row?.used ?? 0);
  }

  /** When another worker's live claim on the stage lapses, or null if there is none. */
  async claimedUntil(id: string, expected: JobStatus): Promise<Date | null> {
    const rows = await this.db.query(
      `SELECT claimed_until FROM job WHERE id = $1 AND status = $2 AND claimed_until > now()`,
      [id, expected],
    );
    return rows.length ? new Date(rows[0].claimed_until) : null;
  }

  /** Extends a live claim while its worker works. */
  async renewClaim(id: string, leaseSeconds: number): Promise<void> {
    await this.db.query(
      `UPDATE job SET claimed_until = now() + make_interval(secs => $2)
       WHERE id = $1 AND claimed_until IS NOT NULL`,
      [id, leaseSeconds],
    );
  }

  /** Gives the stage back (the attempt failed; a retry may claim it at once). */
  async releaseClaim(id: string): Promise<void> {
    await this.db.query(`UPDATE job SET claimed_until = NULL WHERE id = $1`, [id]);
  }

  /** Waiting rows nobody has touched for `seconds` (the reconciler checks them). */
  stale(seconds: number, limit = 200): Promise<JobEntity[]> {
    return this.db
      .getRepository(JobEntity)
      .createQueryBuilder('job')
      .where(`job.status IN ('WAIT_IMAGE2JSON', 'WAIT_JSON2VIDEO')`)
      .andWhere(`job.updated_at < now() - make_interval(secs => :seconds)`, { seconds })
      .orderBy('job.updated_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Finished or failed jobs older than `days` whose objects are not yet deleted. */
  expiring(days: number, limit = 500): Promise<JobEntity[]> {
    return this.db
      .getRepository(JobEntity)
      .createQueryBuilder('job')
      .where(`job.status IN ('FINISHED', 'FAILED') AND job.expired_at IS NULL`)
      .andWhere(`job.finished_at < now() - make_interval(days => :days)`, { days })
      .limit(limit)
      .getMany();
  }

  async markExpired(id: string): Promise<void> {
    await this.db.query(`UPDATE job SET expired_at = now(), updated_at = now() WHERE id = $1`, [
      id,
    ]);
  }

  /** Stage and percent of a waiting job; percent never goes down. */
  async progress(id: string, stage: JobStage, percent: number): Promise<void> {
    await this.db.query(
      `UPDATE job SET stage = $2, percent = GREATEST(percent, $3), updated_at = now()
       WHERE id = $1 AND status IN ('WAIT_IMAGE2JSON', 'WAIT_JSON2VIDEO')`,
      [id, stage, percent],
    );
  }
}
