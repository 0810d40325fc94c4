import { MigrationInterface, QueryRunner } from 'typeorm';

/** The design's tables: "user" and job, with role, stage, lang and result keys added. */
export class CreateUsersAndJobs1764403200000 implements MigrationInterface {
  name = 'CreateUsersAndJobs1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "user" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL UNIQUE,
        password_hash varchar(100) NOT NULL,
        quota int NOT NULL DEFAULT 10 CHECK (quota >= 0),
        role varchar(16) NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE job (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        status varchar(20) NOT NULL
          CHECK (status IN ('WAIT_IMAGE2JSON', 'WAIT_JSON2VIDEO', 'FINISHED', 'FAILED')),
        stage varchar(20) NOT NULL DEFAULT 'queued',
        percent int NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        lang varchar(5) NOT NULL,
        input_text text,
        image_key varchar(200),
        json_key varchar(200),
        video_key varchar(200),
        subtitles_key varchar(200),
        poster_key varchar(200),
        video_seconds real,
        chapters jsonb,
        answer_text text,
        error_msg text,
        attempts int NOT NULL DEFAULT 0,
        claimed_until timestamptz,
        quota_refunded boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        expired_at timestamptz,
        CHECK (input_text IS NOT NULL OR image_key IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX job_user_created ON job (user_id, created_at DESC)`);
    // The reconciler (and operators) look for rows still waiting.
    await q.query(
      `CREATE INDEX job_waiting ON job (status, updated_at) WHERE status LIKE 'WAIT_%'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE job`);
    await q.query(`DROP TABLE "user"`);
  }
}
