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
}
