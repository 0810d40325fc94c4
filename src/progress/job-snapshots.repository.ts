import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProgressMessage } from './progress.contract';

/**
 * The progress view of a job row, read by the socket gateway: who may watch it and where it
 * stands. A read model of the job table of its own, so progress/ never imports jobs/ (which
 * imports progress/ to publish).
 */
@Injectable()
export class JobSnapshotsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether the user may watch the job: their own, or any job for an admin. */
  async watchable(jobId: string, userId: string, admin: boolean): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM job WHERE id = $1 AND ($3 OR user_id = $2)`,
      [jobId, userId, admin],
    );
    return rows.length > 0;
  }

  /** Where the job stands now, as a progress message, or null if it is gone. */
  async current(jobId: string): Promise<ProgressMessage | null> {
    const [row] = (await this.db.query(
      `SELECT id, status, stage, percent, error_msg FROM job WHERE id = $1`,
      [jobId],
    )) as {
      id: string;
      status: string;
      stage: string;
      percent: number;
      error_msg: string | null;
    }[];
    return row
      ? {
          job_id: row.id,
          status: row.status,
          stage: row.stage,
          percent: row.percent,
          error: row.error_msg,
        }
      : null;
  }
}
