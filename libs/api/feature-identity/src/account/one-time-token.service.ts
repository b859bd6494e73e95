import { randomToken, sha256 } from '@lgx/api/core/auth';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, MoreThan, type Repository } from 'typeorm';

import { OneTimeTokenEntity, type TokenPurpose } from './one-time-token.entity';

/** How long each kind of link works. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  'verify-email': 24 * 60 * 60 * 1000,
  'reset-password': 60 * 60 * 1000,
};

/** Single-use tokens for links sent by email. */
@Injectable()
export class OneTimeTokenService {
  constructor(
    @InjectRepository(OneTimeTokenEntity) private readonly tokens: Repository<OneTimeTokenEntity>,
  ) {}

  /** Issues a token (the only copy of the raw value is returned, for the link). Older ones of the same kind stop working. */
  async issue(
    accountId: string,
    purpose: TokenPurpose,
    manager: EntityManager = this.tokens.manager,
  ): Promise<string> {
    const repository = manager.getRepository(OneTimeTokenEntity);
    await repository.update({ accountId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const token = randomToken(32);
    await repository.insert({
      accountId,
      purpose,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]),
      usedAt: null,
    });
    return token;
  }

  /** Uses a token once: returns its account id, or null when unknown, expired or used. */
  async consume(
    token: string,
    purpose: TokenPurpose,
    manager: EntityManager,
  ): Promise<string | null> {
    if (!token || token.length > 100) return null;
    const repository = manager.getRepository(OneTimeTokenEntity);
    const found = await repository.findOne({
      where: {
        tokenHash: sha256(token),
        purpose,
        usedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) return null;
    await repository.update({ id: found.id }, { usedAt: new Date() });
    return found.accountId;
  }
}
