import type { Council } from '@lgx/api/core/councils';
import { CouncilEntity, toCouncil } from '@lgx/api/core/councils';
import {
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '@lgx/api/core/graphql';
import { councilCodesByShortName, isRegion, NATION_KEYS } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import { searchTooLong, unknownRegion } from './council.errors';
import type { CouncilsFilterInput } from './council.input';

const MAX_SEARCH_LENGTH = 100;

@Injectable()
export class CouncilService {
  constructor(
    @InjectRepository(CouncilEntity) private readonly councils: Repository<CouncilEntity>,
  ) {}

  /** Councils in name order, filtered, as a page of a cursor connection. */
  async list(
    filter: CouncilsFilterInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<Council>> {
    const size = pageSize(first);
    const query = this.councils.createQueryBuilder('council');

    if (filter?.nation)
      query.andWhere('council.nation = :nation', { nation: NATION_KEYS[filter.nation] });
    if (filter?.region) {
      if (!isRegion(filter.region)) throw unknownRegion(filter.region);
      query.andWhere('council.region = :region', { region: filter.region });
    }
    if (filter?.type) query.andWhere('council.typeCode = :type', { type: filter.type });
    // Without a filter, or with `current` left out, only today's authorities; null means all.
    const current = filter?.current === undefined ? true : filter.current;
    if (current !== null) query.andWhere('council.isCurrent = :current', { current });
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > MAX_SEARCH_LENGTH) throw searchTooLong(MAX_SEARCH_LENGTH);
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        `(council.niceName ILIKE :pattern OR council.officialName ILIKE :pattern
          OR council.altNames ILIKE :pattern OR council.code ILIKE :pattern
          OR council.gssCode ILIKE :pattern OR council.code = ANY(:named))`,
        // Short forms and everyday names ("RBWM", "Hull") are not in the register.
        { pattern, named: councilCodesByShortName(search) },
      );
    }

    const totalCount = await query.getCount();
    if (after) {
      const [name, code] = decodeCursor(after, ['string', 'string'] as const);
      query.andWhere('(council.niceName, council.code) > (:name, :code)', { name, code });
    }
    const rows = await query
      .orderBy('council.niceName', 'ASC')
      .addOrderBy('council.code', 'ASC')
      .take(size + 1)
      .getMany();
    return toConnection(rows.map(toCouncil), size, totalCount, (council) =>
      encodeCursor([council.name, council.code]),
    );
  }

  /** Current authorities whose county or combined authority is this one. */
  async members(code: string): Promise<Council[]> {
    const entities = await this.councils.find({
      where: [
        { countyCode: code, isCurrent: true },
        { combinedAuthorityCode: code, isCurrent: true },
      ],
      order: { niceName: 'ASC' },
    });
    return entities.map(toCouncil);
  }
}
