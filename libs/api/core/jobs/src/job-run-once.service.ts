import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * What a handler does at most once per (name, key), however many times its
 * job runs: the queue runs a job at least once (a process dying after the
 * work and before the job is marked done runs it again), so "a digest for
 * one person for one period" needs a record of its own (table job_run_once).
 */
@Injectable()
export class JobRunOnce {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Database work, exactly once: the record that it ran commits in the same
   * transaction as the work. A process dying mid-work rolls both back, so a
   * retry does it again; once committed, a retry skips it. Returns whether the
   * work ran now.
   */
  async inTransaction(
    name: string,
    key: string,
    work: (manager: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await claim(manager, name, key, 'now()'))) return false;
      await work(manager);
      return true;
    });
  }

  /**
   * An effect outside the database (sending a mail), never twice: the claim
   * commits before the effect. If the effect throws, the claim is withdrawn
   * and a retry tries again; if the process dies during the effect, the claim
   * stays unconfirmed and it is not tried again (never twice, at the price of
   * perhaps never: /metrics counts these as lgx_jobs_once_unconfirmed).
   * Returns whether the effect ran now.
   */
  async effect(name: string, key: string, effect: () => Promise<void>): Promise<boolean> {
    if (!(await claim(this.dataSource.manager, name, key, 'NULL'))) return false;
    try {
      await effect();
    } catch (error) {
      await this.dataSource.query(`DELETE FROM job_run_once WHERE name = $1 AND key = $2`, [
        name,
        key,
      ]);
      throw error;
    }
    await this.dataSource.query(
      `UPDATE job_run_once SET completed_at = now() WHERE name = $1 AND key = $2`,
      [name, key],
    );
    return true;
  }

  /** Whether (name, key) has been done or claimed. */
  async done(name: string, key: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM job_run_once WHERE name = $1 AND key = $2`,
      [name, key],
    );
    return rows.length > 0;
  }
}

/** Inserts the claim; false when it exists. A concurrent claim waits for the other transaction. */
async function claim(
  manager: EntityManager,
  name: string,
  key: string,
  completedAt: 'now()' | 'NULL',
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO job_run_once (name, key, completed_at) VALUES ($1, $2, ${completedAt})
     ON CONFLICT (name, key) DO NOTHING RETURNING 1`,
    [name, key],
  );
  return rows.length === 1;
}
