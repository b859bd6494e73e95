import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: the counts of the HTTP rate limits and of sign-in throttling,
 * shared by every API process (decision 0058). The columns are the ones
 * rate-limiter-flexible's RateLimiterPostgres reads and writes (key, points,
 * expire in epoch milliseconds); it is told the table exists
 * (`tableCreated: true`) rather than creating it at run time. The index on
 * expire serves the sweep of expired rows. The old sign-in counts
 * (sign_in_throttle) are dropped: a lock lasts 15 minutes at most, so
 * forgetting them on upgrade costs nothing lasting.
 */
export class CreateRateLimit1796740000000 implements MigrationInterface {
  name = 'CreateRateLimit1796740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`,
    );
    await queryRunner.query(`CREATE INDEX "rate_limit_expire_idx" ON "rate_limit" ("expire")`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_throttle" ("key" text NOT NULL, "failures" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f838c82d37e24773fc7984a7649" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`DROP TABLE "rate_limit"`);
  }
}
