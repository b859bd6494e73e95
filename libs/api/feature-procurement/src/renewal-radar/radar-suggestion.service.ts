import { VISITOR } from '@lgx/api/core/auth';
import { ContractEndings, type LgxEvent, LgxEvents } from '@lgx/api/core/contracts';
import { JobHandlers } from '@lgx/api/core/jobs';
import {
  addMonthsIso,
  type GroupStage,
  isGroupOpenToJoin,
  RADAR_WINDOW,
  sameCpvDivision,
} from '@lgx/shared/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { RenewalRadarClock } from './renewal-radar-clock';

/** The daily look for new radar suggestions: one job per tick across every process. */
export const RADAR_SUGGESTIONS_JOB = 'procurement.radar-suggestions';
/** Every day at 06:30 UTC, before officers start; a tick missed while down runs at the next start. */
const RADAR_SUGGESTIONS_SCHEDULE = '30 6 * * *';

/** A group newly on a council's radar, with the contract of theirs that brought it. */
export interface RadarSuggestion {
  councilCode: string;
  groupId: string;
  ocid: string;
}

/**
 * Only what the council could join from its radar (RenewalRadarService's
 * open groups): a current council of the register, not the group's lead, not in it nor turned
 * away from it, a group it may see (open, or it has a place), whose interest
 * has not closed unless the council was invited. New pairs only.
 */
const INSERT_NEW = `
  INSERT INTO radar_suggestion (council_code, group_id, ocid)
  SELECT m.council_code, m.group_id, m.ocid
    FROM unnest($1::text[], $2::uuid[], $3::text[]) AS m(council_code, group_id, ocid)
    JOIN procurement_group g ON g.id = m.group_id
    JOIN council c ON c.code = m.council_code AND c.is_current
   WHERE m.council_code <> g.lead_council_code
     AND (g.visibility = 'OPEN' OR EXISTS (SELECT 1 FROM procurement_group_member r
           WHERE r.group_id = g.id AND r.council_code = m.council_code AND r.status <> 'DECLINED'))
     AND NOT EXISTS (SELECT 1 FROM procurement_group_member x
           WHERE x.group_id = g.id AND x.council_code = m.council_code
             AND x.status IN ('INTERESTED', 'COMMITTED', 'DECLINED'))
     AND (g.interest_closes_on >= $4::date OR EXISTS (SELECT 1 FROM procurement_group_member i
           WHERE i.group_id = g.id AND i.council_code = m.council_code AND i.status = 'INVITED'))
  ON CONFLICT DO NOTHING
  RETURNING council_code AS "councilCode", group_id AS "groupId", ocid`;

/**
 * Tells a council when its renewal radar gains a group: an open procurement
 * group in the CPV division of one of its public contracts ending in the
 * radar's window (6 to 36 months from today). Looked for once a day, which
 * catches every way a pair appears (a group opens, a contract is imported or
 * comes into the window, interest reopens) with one rule; each (council,
 * group) pair is stored when found, and its `radar.suggestion` event recorded
 * in the same transaction, so a council hears of a group once.
 */
@Injectable()
export class RadarSuggestionService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly endings: ContractEndings,
    private readonly clock: RenewalRadarClock,
    private readonly handlers: JobHandlers,
    private readonly events: LgxEvents,
  ) {}

  onModuleInit(): void {
    this.handlers.register(RADAR_SUGGESTIONS_JOB, async () => {
      await this.suggestNew();
    });
    this.handlers.schedule(RADAR_SUGGESTIONS_JOB, {
      cron: RADAR_SUGGESTIONS_SCHEDULE,
      backfillMinutes: 24 * 60,
      maxAttempts: 5,
    });
  }

  /** Finds the pairs no council has heard of yet, stores them and records their events. */
  async suggestNew(): Promise<RadarSuggestion[]> {
    const today = this.clock.today();
    const found = await this.matches(today);
    if (found.length === 0) return [];
    return this.dataSource.transaction(async (manager) => {
      const fresh = (await manager.query(INSERT_NEW, [
        found.map((pair) => pair.councilCode),
        found.map((pair) => pair.groupId),
        found.map((pair) => pair.ocid),
        today,
      ])) as RadarSuggestion[];
      await this.events.record(
        manager,
        fresh.map((pair): LgxEvent => ({ type: 'radar.suggestion', ...pair })),
      );
      return fresh;
    });
  }

  /**
   * Each open group (not a sample) with, per council, its soonest public
   * contract in the group's division ending in the window. Public contracts
   * only: they are public, so the pair tells no one what they may not know.
   */
  private async matches(today: string): Promise<RadarSuggestion[]> {
    const endsFrom = addMonthsIso(today, RADAR_WINDOW.minMonths);
    const endsTo = addMonthsIso(today, RADAR_WINDOW.maxMonths);
    const groups = (
      (await this.dataSource.query(
        `SELECT id, cpv_code AS "cpvCode", stage FROM procurement_group WHERE NOT is_sample ORDER BY id`,
      )) as { id: string; cpvCode: string; stage: GroupStage }[]
    ).filter((group) => isGroupOpenToJoin(group.stage));
    const pairs = new Map<string, RadarSuggestion>();
    for (const group of groups) {
      const contracts = await this.endings.find({
        cpvCodes: [group.cpvCode],
        endsFrom,
        endsTo,
        nearest: { to: endsFrom, perCouncil: 1 },
        reader: VISITOR,
      });
      for (const contract of contracts)
        if (contract.source === 'PUBLIC_CONTRACT' && contract.ocid)
          if (sameCpvDivision(contract.cpvCode, group.cpvCode)) {
            const key = JSON.stringify([contract.councilCode, group.id]);
            if (!pairs.has(key))
              pairs.set(key, {
                councilCode: contract.councilCode,
                groupId: group.id,
                ocid: contract.ocid,
              });
          }
    }
    return [...pairs.values()];
  }
}
