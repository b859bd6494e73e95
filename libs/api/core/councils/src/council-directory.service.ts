import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';

import { CouncilEntity } from './council.entity';
import type { Council } from './council.object';
import { toCouncil } from './to-council';

/** Look-ups in the council register, for any area that refers to councils. */
@Injectable()
export class CouncilDirectory {
  constructor(
    @InjectRepository(CouncilEntity) private readonly councils: Repository<CouncilEntity>,
  ) {}

  async findByCode(code: string): Promise<Council | null> {
    const entity = await this.councils.findOneBy({ code: code.trim().toUpperCase() });
    return entity ? toCouncil(entity) : null;
  }

  async findByCodes(codes: string[]): Promise<Council[]> {
    if (codes.length === 0) return [];
    const entities = await this.councils.find({
      where: { code: In(codes) },
      order: { niceName: 'ASC' },
    });
    return entities.map(toCouncil);
  }

  /**
   * Why some of `codes` cannot be named (co-author, co-maintainer...), or null
   * when every one is a current council. The message quotes at most five
   * codes, each cut short, so a long value sent as a code is not echoed back.
   */
  async notCurrentCouncils(codes: string[]): Promise<string | null> {
    const known = await this.findByCodes(codes);
    const unknown = codes.filter(
      (code) => !known.some((council) => council.code === code && council.isCurrent),
    );
    if (unknown.length === 0) return null;
    const shown = unknown
      .slice(0, 5)
      .map((code) => (code.length > 12 ? `${code.slice(0, 12)}…` : code));
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    return `${shown.join(', ')}${more} ${unknown.length === 1 ? 'is not a current council' : 'are not current councils'}`;
  }
}
