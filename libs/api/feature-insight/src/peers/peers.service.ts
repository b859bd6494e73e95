import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { COUNCIL_TYPES, labelOf } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { councilNotFound } from '../ambition-map/ambition-map.errors';
import { AmbitionMapListService } from '../ambition-map/ambition-map-list.service';
import { safeBlocks } from '../sector-map/sector-map.disclosure';
import { groupFigures } from '../sector-map/sector-map.figures';
import { SectorMapService } from '../sector-map/sector-map.service';
import { peerGroup, type PeerPlace, POPULATION_BANDS, populationBand } from './peers.grouping';
import type { CouncilPeers, PeerLiveCaseStudy } from './peers.object';

const PLACE_SQL = `
  SELECT code, type_code AS "typeCode", nation, region, population FROM council WHERE code = ANY($1)`;

/** Peers' PUBLISHED maps marking a cell live, with a published case study as evidence. */
const LIVE_SQL = `
  SELECT a.objective, a.technology, s.id AS "caseStudyId", s.title,
         c.code AS "councilCode", c.nice_name AS "councilName"
    FROM ambition_cell a
    JOIN ambition_map m ON m.council_code = a.council_code AND m.published AND m.version > 0
    JOIN case_study s ON s.id = a.evidence_case_study_id AND s.status = 'PUBLISHED'
    JOIN council c ON c.code = a.council_code
   WHERE a.plan = 'LIVE' AND a.council_code = ANY($1)
   ORDER BY a.objective, a.technology, c.nice_name, s.title`;

export const PEERS_METHOD =
  'Councils that answered the map, most alike first (same council type, then population band and region, then nation), taken in the sector map’s groups of at least 5 so no council’s answers can be worked out; your own answers are left out. Where too few alike councils answered, the group takes in less alike ones.';

/**
 * Councils like mine (issue 18 item 3, decision 0064): a council's own map
 * beside the figures of a peer group of whole small-number blocks, for the
 * council's own officers only.
 */
@Injectable()
export class PeersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly councils: CouncilDirectory,
    private readonly maps: AmbitionMapListService,
    private readonly sector: SectorMapService,
  ) {}

  async councilPeers(actor: Actor, code: string): Promise<CouncilPeers> {
    const council = await this.councils.findByCode(code);
    if (!council) throw councilNotFound(code);
    const councilCode = council.code;
    await this.policy.authorize(actor, { action: 'ambition.read-private', councilCode });
    const [ownMap, { places, answers }, caseStudies] = await Promise.all([
      this.maps.one(actor, councilCode),
      this.sector.answered(),
      this.sector.caseStudyCounts({}),
    ]);
    const withPopulation = await this.dataSource.query<PeerPlace[]>(PLACE_SQL, [
      [councilCode, ...places.map((place) => place.code)],
    ]);
    const published = new Map(places.map((place) => [place.code, place.published]));
    const withFlags = withPopulation.map((place) => ({
      ...place,
      published: published.get(place.code) ?? false,
    }));
    const me = withFlags.find((place) => place.code === councilCode)!;
    const blocks = safeBlocks(places);
    const group = peerGroup(
      me,
      withFlags.filter((place) => published.has(place.code)),
      blocks,
    );
    const band = populationBand(me.population);
    return {
      councilCode,
      councilName: council.name,
      ownMap: ownMap!,
      likeness: {
        councilType: labelOf(COUNCIL_TYPES, me.typeCode) ?? me.typeCode,
        populationBand: band === null ? null : POPULATION_BANDS[band]!.label,
        region: me.region,
        nation: me.nation,
      },
      method: PEERS_METHOD,
      peers: groupFigures(
        new Set(group.peers ?? []),
        group.suppressedReason,
        answers,
        caseStudies,
        blocks,
      ),
      liveCaseStudies: group.peers
        ? await this.dataSource.query<PeerLiveCaseStudy[]>(LIVE_SQL, [group.peers])
        : [],
    };
  }
}
