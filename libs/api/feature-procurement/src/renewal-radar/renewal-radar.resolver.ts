import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { INVITE_WINDOW, RADAR_WINDOW } from '@lgx/shared/domain';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';

import { toProcurementGroup } from '../procurement-group/procurement-group.view';
import { CouncilSuggestions, RenewalRadar } from './renewal-radar.object';
import { RenewalRadarService } from './renewal-radar.service';
import { toRadarContract } from './renewal-radar.view';

@Resolver()
export class RenewalRadarResolver {
  constructor(
    private readonly radar: RenewalRadarService,
    private readonly councils: CouncilDirectory,
  ) {}

  @Access.officer()
  @Query(() => RenewalRadar, {
    description:
      'A council’s contracts ending between fromMonths and toMonths from today (6 to 36), from public contracts and supplier experiences, each with peers and the groups it could join. Only contracts you may know of are used.',
  })
  async renewalRadar(
    @CurrentActor() actor: Actor,
    @Args('councilCode') councilCode: string,
    @Args('fromMonths', { type: () => Int, defaultValue: RADAR_WINDOW.minMonths })
    fromMonths: number,
    @Args('toMonths', { type: () => Int, defaultValue: RADAR_WINDOW.maxMonths }) toMonths: number,
  ): Promise<RenewalRadar> {
    const result = await this.radar.forCouncil(actor, councilCode, fromMonths, toMonths);
    const councils = await this.councilMap([
      ...result.matches.map((m) => m.group.leadCouncilCode),
      ...result.endings.flatMap((ending) => ending.peers.map((peer) => peer.ending.councilCode)),
    ]);
    const groups = result.matches.map((match) => ({
      match,
      group: toProcurementGroup(match.group, councils.get(match.group.leadCouncilCode)!),
    }));
    return {
      council: (await this.councils.findByCode(result.council.code))!,
      fromMonths,
      toMonths,
      endsFrom: result.endsFrom,
      endsTo: result.endsTo,
      suggestions: groups.map(({ match, group }) => ({
        group,
        contracts: match.contracts.map(toRadarContract),
        councilStatus: match.councilStatus,
      })),
      endings: result.endings.map(({ contract, peers }) => ({
        contract: toRadarContract(contract),
        peers: peers.flatMap((peer) => {
          const council = councils.get(peer.ending.councilCode);
          return council ? [{ ...peer, council, contract: toRadarContract(peer.ending) }] : [];
        }),
        groups: groups
          .filter(({ match }) => match.contracts.some((c) => c.id === contract.id))
          .map(({ group }) => group),
      })),
    };
  }

  @Access.councilRole('EDITOR')
  @Query(() => CouncilSuggestions, {
    description:
      "For the lead council's editors: councils to invite, whose contracts in the group's CPV division end within monthsEitherSide (1 to 24) of its desired start.",
  })
  async suggestedCouncilsForGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('monthsEitherSide', { type: () => Int, defaultValue: INVITE_WINDOW.defaultMonths })
    monthsEitherSide: number,
  ): Promise<CouncilSuggestions> {
    const result = await this.radar.forGroup(actor, id, monthsEitherSide);
    const councils = await this.councilMap(result.matches.map((m) => m.councilCode));
    return {
      monthsEitherSide,
      endsFrom: result.endsFrom,
      endsTo: result.endsTo,
      suggestions: result.matches.map((match) => ({
        council: councils.get(match.councilCode)!,
        contracts: match.contracts.map(toRadarContract),
        status: match.status,
      })),
    };
  }

  private async councilMap(codes: string[]) {
    const councils = await this.councils.findByCodes([...new Set(codes)]);
    return new Map(councils.map((council) => [council.code, council]));
  }
}
