import { Task } from '../../pipeline/solver/instructions';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Language } from '../../pipeline/script/mvs.types';

/** The design's job states. */
export type JobStatus = 'WAIT_IMAGE2JSON' | 'WAIT_JSON2VIDEO' | 'FINISHED' | 'FAILED';

/** What a job is doing, in the order a student sees it. */
export type JobStage =
  | 'queued'
  | 'recognize'
  | 'solve'
  | 'tts'
  | 'avatar'
  | 'blackboard'
  | 'compose'
  | 'done'
  | 'failed';

/** The design's job table, plus what the pipeline needs. Postgres holds the truth. */
@Entity({ name: 'job' })
@Index(['userId', 'createdAt'])
export class JobEntity {
  /** Random UUID: not guessable, and a valid BullMQ id (no ':' and not all digits). */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: JobStatus;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  stage!: JobStage;

  @Column({ type: 'int', default: 0 })
  percent!: number;

  @Column({ type: 'varchar', length: 5 })
  lang!: Language;

  /** What to do when the problem does not say (an expression on a photo); null: as written. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  task!: Task | null;

  /** The problem as typed (text jobs); null for photos. */
  @Column({ name: 'input_text', type: 'text', nullable: true })
  inputText!: string | null;

  @Column({ name: 'image_key', type: 'varchar', length: 200, nullable: true })
  imageKey!: string | null;

  @Column({ name: 'json_key', type: 'varchar', length: 200, nullable: true })
  jsonKey!: string | null;

  @Column({ name: 'video_key', type: 'varchar', length: 200, nullable: true })
  videoKey!: string | null;

  @Column({ name: 'subtitles_key', type: 'varchar', length: 200, nullable: true })
  subtitlesKey!: string | null;

  @Column({ name: 'poster_key', type: 'varchar', length: 200, nullable: true })
  posterKey!: string | null;

  @Column({ name: 'video_seconds', type: 'real', nullable: true })
  videoSeconds!: number | null;

  /** The video's chapters (one per scene), for the player's step list. */
  @Column({ type: 'jsonb', nullable: true })
  chapters!: { title: string; start: number }[] | null;

  /** The checked answer as text, once known (shown beside the video). */
  @Column({ name: 'answer_text', type: 'text', nullable: true })
  answerText!: string | null;

  @Column({ name: 'error_msg', type: 'text', nullable: true })
  errorMsg!: string | null;

  /** Worker attempts so far, over both stages. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** A worker is on this stage until then (renewed while it works; lapses if it dies). */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  /** Set when a system failure gave the user's quota back (so it happens once). */
  @Column({ name: 'quota_refunded', type: 'boolean', default: false })
  quotaRefunded!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** When the clean-up deleted the video past its retention period (the row stays). */
  @Column({ name: 'expired_at', type: 'timestamptz', nullable: true })
  expiredAt!: Date | null;
}
