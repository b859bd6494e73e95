import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { LgxEvents } from '@lgx/api/core/contracts';
import { JobHandlers, JobRunOnce } from '@lgx/api/core/jobs';
import { formatPence } from '@lgx/shared/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { CaseStudyEntity } from './case-study.entity';
import { invalidCaseStudy } from './case-study.errors';
import { CaseStudyService } from './case-study.service';
import { CaseStudyActualsEntity } from './case-study-actuals.entity';
import type { CaseStudyCheckIn } from './case-study-actuals.object';
import {
  type ActualsFields,
  CHECK_IN_MONTHS,
  checkActuals,
  checkInStatus,
  dateOf,
} from './case-study-actuals.rules';

/** The daily job that asks councils for the actuals of check-ins that fell due. */
export const ACTUALS_DUE_JOB = 'case-studies.actuals-due';

const money = (pence: number | null) =>
  pence === null ? null : { pence: String(pence), formatted: formatPence(pence) };

/**
 * Forecast and actual (decision 0060): the measured figures a case study's
 * councils report 6, 12 and 24 months after it went live, and the daily job
 * that asks them when a check-in falls due.
 */
@Injectable()
export class CaseStudyActualsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly studies: CaseStudyService,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly events: LgxEvents,
    private readonly handlers: JobHandlers,
    private readonly once: JobRunOnce,
  ) {}

  onModuleInit(): void {
    this.handlers.register(ACTUALS_DUE_JOB, async () => {
      await this.askForDueActuals(new Date());
    });
    this.handlers.schedule(ACTUALS_DUE_JOB, { cron: '15 6 * * *', backfillMinutes: 24 * 60 });
  }

  /** Records (or corrects) the actuals of one check-in; returns the case study's check-ins. */
  async record(
    actor: Actor,
    caseStudyId: string,
    checkIn: number,
    input: ActualsFields,
    now = new Date(),
  ): Promise<CaseStudyCheckIn[]> {
    const study = await this.studies.get(actor, caseStudyId);
    await this.policy.authorize(actor, {
      action: 'case-study.record-actuals',
      councilCodes: [study.leadCouncilCode, ...study.coAuthorCouncilCodes],
    });
    const { problems, actuals } = checkActuals(checkIn, input, study.liveSince, dateOf(now));
    if (problems.length > 0) throw invalidCaseStudy(problems);
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(CaseStudyActualsEntity)
        .upsert(
          { caseStudyId, checkInMonths: checkIn, ...actuals, recordedBy: actor.userId ?? null },
          ['caseStudyId', 'checkInMonths'],
        );
      await this.audit.record(
        {
          action: 'case-study.record-actuals',
          outcome: 'success',
          target: { type: 'case_study', id: caseStudyId },
          details: { checkIn },
        },
        manager,
      );
    });
    return this.checkIns(study, now);
  }

  /** The check-ins of a case study, with what was recorded: none until it has gone live. */
  async checkIns(
    study: Pick<CaseStudyEntity, 'id' | 'liveSince'>,
    now = new Date(),
  ): Promise<CaseStudyCheckIn[]> {
    const liveSince = study.liveSince;
    if (!liveSince) return [];
    const recorded = await this.dataSource
      .getRepository(CaseStudyActualsEntity)
      .findBy({ caseStudyId: study.id });
    return CHECK_IN_MONTHS.map((months) => {
      const row = recorded.find((r) => r.checkInMonths === months);
      return {
        months,
        ...checkInStatus(liveSince, months, row !== undefined, dateOf(now)),
        actuals: row
          ? {
              reportedAt: row.reportedAt,
              investmentToDate: money(row.investmentToDatePence),
              runningCostPerYear: money(row.runningCostPencePerYear),
              cashableSavingsPerYear: money(row.cashableSavingsPencePerYear),
              note: row.note,
            }
          : null,
      };
    });
  }

  /**
   * Asks for every check-in of a published case study that has fallen due by
   * `now` with no actuals: once per case study and check-in, however often
   * the job runs (the ask and its record commit together). Returns how many
   * were asked now.
   */
  async askForDueActuals(now: Date): Promise<number> {
    const due: { id: string; months: number }[] = await this.dataSource.query(
      `SELECT s.id, m.months FROM case_study s
         CROSS JOIN unnest($1::int[]) AS m(months)
        WHERE s.status = 'PUBLISHED' AND s.live_since IS NOT NULL
          AND (s.live_since + make_interval(months => m.months))::date <= $2::date
          AND NOT EXISTS (SELECT 1 FROM case_study_actuals a
                           WHERE a.case_study_id = s.id AND a.check_in_months = m.months)
        ORDER BY s.id, m.months`,
      [[...CHECK_IN_MONTHS], dateOf(now)],
    );
    let asked = 0;
    for (const { id, months } of due) {
      const ran = await this.once.inTransaction(ACTUALS_DUE_JOB, `${id}:${months}`, (manager) =>
        this.events.record(manager, {
          type: 'case-study.actuals-due',
          caseStudyId: id,
          checkInMonths: months,
        }),
      );
      if (ran) asked += 1;
    }
    return asked;
  }
}
