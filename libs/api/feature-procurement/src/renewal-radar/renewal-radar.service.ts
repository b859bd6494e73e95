import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { type ContractEnding, ContractEndings } from '@lgx/api/core/contracts';
import { CouncilEntity } from '@lgx/api/core/councils';
import {
  addMonthsIso,
  INVITE_WINDOW,
  inviteWindowProblems,
  isGroupOpenToJoin,
  RADAR_WINDOW,
  radarWindowProblems,
  sameCpvDivision,
} from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { ProcurementGroupEntity } from '../procurement-group/procurement-group.entity';
import { fieldProblem, invalidInput } from '../procurement-group/procurement-group.errors';
import { ProcurementGroupService } from '../procurement-group/procurement-group.service';
import {
  isMemberStatus,
  type MemberStatus,
} from '../procurement-group/procurement-group-member.entity';
import { RenewalRadarClock } from './renewal-radar-clock';
import { type CouncilEnding, RenewalRadarEndingService } from './renewal-radar-ending.service';

/** Suggestions are a prompt, not a report: the first few are what a person reads. */
const MAX_SUGGESTIONS = 50;
/** A council to invite is shown with its few contracts nearest the group's start. */
const CONTRACTS_PER_COUNCIL = 5;
const OPEN_STAGES = ['FORMING', 'SPECIFYING', 'MARKET_ENGAGEMENT'];

export interface GroupMatch {
  group: ProcurementGroupEntity;
  contracts: ContractEnding[];
  councilStatus: MemberStatus | null;
}

export interface CouncilMatch {
  councilCode: string;
  contracts: ContractEnding[];
  status: MemberStatus | null;
}

export interface CouncilRadar {
  council: CouncilEntity;
  endsFrom: string;
  endsTo: string;
  matches: GroupMatch[];
  endings: CouncilEnding[];
}

const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * The renewal radar: groups a council could join because a contract of
 * theirs ends soon, and councils a group's lead could invite. Contracts come
 * from the ContractEndings port, asked with the reader's eyes, so a contract
 * the reader may not know of is neither shown nor used to match.
 */
@Injectable()
export class RenewalRadarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly endings: ContractEndings,
    private readonly groups: ProcurementGroupService,
    private readonly clock: RenewalRadarClock,
    private readonly councilEndings: RenewalRadarEndingService,
  ) {}

  /**
   * The council's contracts ending between `fromMonths` and `toMonths` from
   * today, with their peers; and the open groups it could join whose
   * category shares a CPV division with one of those contracts.
   */
  async forCouncil(
    actor: Actor,
    rawCode: string,
    fromMonths: number = RADAR_WINDOW.minMonths,
    toMonths: number = RADAR_WINDOW.maxMonths,
  ): Promise<CouncilRadar> {
    await this.policy.authorize(actor, { action: 'officer-content.read' });
    const problems = radarWindowProblems(fromMonths, toMonths);
    if (problems.length > 0) throw invalidInput(problems);
    const code = rawCode.trim().toUpperCase();
    const council = await this.dataSource.getRepository(CouncilEntity).findOneBy({ code });
    if (!council) throw fieldProblem('councilCode', 'Choose a council from the register');
    const today = this.clock.today();
    const endsFrom = addMonthsIso(today, fromMonths);
    const endsTo = addMonthsIso(today, toMonths);

    const [candidates, endings] = await Promise.all([
      this.openGroupsFor(actor, code, today),
      this.councilEndings.forCouncil(actor, code, endsFrom, endsTo),
    ]);
    if (candidates.length === 0) return { council, endsFrom, endsTo, matches: [], endings };

    const contracts = await this.endings.find({
      cpvCodes: [...new Set(candidates.map((group) => group.cpvCode))],
      endsFrom,
      endsTo,
      councilCodes: [code],
      reader: actor,
    });
    const places: { group_id: string; status: MemberStatus }[] = await this.dataSource.query(
      `SELECT group_id, status FROM procurement_group_member WHERE council_code = $1 AND group_id = ANY($2)`,
      [code, candidates.map((group) => group.id)],
    );
    // Where the council stands (invited, asked to join) is for its own officers: to anyone
    // else an invitation is the group's business, as on the group page (decisions 0008, 0010).
    const ownCouncil = actor.council?.code === code;
    const statusOf = new Map(
      ownCouncil ? places.map((place) => [place.group_id, place.status]) : [],
    );
    const matches = candidates
      .map((group) => ({
        group,
        contracts: contracts
          .filter((c) => c.councilCode === code && sameCpvDivision(c.cpvCode, group.cpvCode))
          .sort((a, b) => a.endsOn.localeCompare(b.endsOn)),
        councilStatus: statusOf.get(group.id) ?? null,
      }))
      .filter((match) => match.contracts.length > 0)
      .sort(
        (a, b) =>
          a.contracts[0]!.endsOn.localeCompare(b.contracts[0]!.endsOn) ||
          (a.group.interestClosesOn ?? '').localeCompare(b.group.interestClosesOn ?? '') ||
          a.group.title.localeCompare(b.group.title),
      )
      .slice(0, MAX_SUGGESTIONS);
    return { council, endsFrom, endsTo, matches, endings };
  }

  /**
   * Groups still taking members, visible to the reader, that the council is
   * not in (nor was turned away from), whose interest has not closed unless
   * the council was invited.
   */
  private openGroupsFor(actor: Actor, code: string, today: string) {
    return (
      this.dataSource
        .getRepository(ProcurementGroupEntity)
        .createQueryBuilder('g')
        .where('g.stage IN (:...stages)', { stages: OPEN_STAGES })
        // The reader sees open groups, and invite-only ones their council has a place in.
        .andWhere(
          `(g.visibility = 'OPEN' OR EXISTS (SELECT 1 FROM procurement_group_member r WHERE r.group_id = g.id AND r.council_code = :reader AND r.status <> 'DECLINED'))`,
          { reader: actor.council?.code ?? '' },
        )
        // Not groups the council is in, or was turned away from.
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM procurement_group_member c WHERE c.group_id = g.id AND c.council_code = :code AND c.status IN ('INTERESTED', 'COMMITTED', 'DECLINED'))`,
          { code },
        )
        // Interest closes on its date, unless the council was invited.
        .andWhere(
          `(g.interestClosesOn >= :today OR EXISTS (SELECT 1 FROM procurement_group_member i WHERE i.group_id = g.id AND i.council_code = :code AND i.status = 'INVITED'))`,
          { today },
        )
        .getMany()
    );
  }

  /**
   * For the lead council's editors: councils not yet in the group whose
   * contracts in its CPV division end within `monthsEitherSide` months of
   * its desired start. Nothing once the group has stopped taking members.
   */
  async forGroup(
    actor: Actor,
    groupId: string,
    monthsEitherSide: number = INVITE_WINDOW.defaultMonths,
  ): Promise<{ endsFrom: string; endsTo: string; matches: CouncilMatch[] }> {
    const group = await this.groups.get(actor, groupId);
    await this.policy.authorize(actor, {
      action: 'procurement-group.manage',
      leadCouncilCode: group.leadCouncilCode,
    });
    const problems = inviteWindowProblems(monthsEitherSide);
    if (problems.length > 0) throw invalidInput(problems);
    // Only a sample group, whose source gives no start, has none: no window to match then.
    const desiredStart = group.desiredStart ?? this.clock.today();
    const endsFrom = addMonthsIso(desiredStart, -monthsEitherSide);
    const endsTo = addMonthsIso(desiredStart, monthsEitherSide);
    if (!isGroupOpenToJoin(group.stage) || group.desiredStart === null)
      return { endsFrom, endsTo, matches: [] };

    const memberships = await this.groups.memberships(group.id);
    const statusOf = new Map(memberships.map((m) => [m.councilCode, m.status]));
    const contracts = (
      await this.endings.find({
        cpvCodes: [group.cpvCode],
        endsFrom,
        endsTo,
        nearest: { to: desiredStart, perCouncil: CONTRACTS_PER_COUNCIL },
        reader: actor,
      })
    ).filter((c) => {
      const status = statusOf.get(c.councilCode);
      return sameCpvDivision(c.cpvCode, group.cpvCode) && !(status && isMemberStatus(status));
    });
    const codes = [...new Set(contracts.map((c) => c.councilCode))];
    if (codes.length === 0) return { endsFrom, endsTo, matches: [] };
    const current = new Set(
      (
        await this.dataSource
          .getRepository(CouncilEntity)
          .find({ where: codes.map((code) => ({ code, isCurrent: true })), select: { code: true } })
      ).map((council) => council.code),
    );
    const nearness = (c: ContractEnding) => daysApart(c.endsOn, desiredStart);
    const matches = codes
      .filter((code) => current.has(code))
      .map((councilCode) => ({
        councilCode,
        contracts: contracts
          .filter((c) => c.councilCode === councilCode)
          .sort((a, b) => nearness(a) - nearness(b) || a.endsOn.localeCompare(b.endsOn))
          .slice(0, CONTRACTS_PER_COUNCIL),
        status: statusOf.get(councilCode) ?? null,
      }))
      .sort(
        (a, b) =>
          nearness(a.contracts[0]!) - nearness(b.contracts[0]!) ||
          a.councilCode.localeCompare(b.councilCode),
      )
      .slice(0, MAX_SUGGESTIONS);
    return { endsFrom, endsTo, matches };
  }
}
