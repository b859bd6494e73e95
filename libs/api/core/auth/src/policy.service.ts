import { AuditService } from '@lgx/api/core/audit';
import { Injectable } from '@nestjs/common';

import { type Actor, describeActor } from './actor';
import { forbidden, mfaEnrolmentNeeded, notSignedIn } from './auth.errors';
import { ACTION_WORDS, decide, type PolicyRequest } from './policy';

/** Services call this before they act; refusals are audited and explained. */
@Injectable()
export class PolicyService {
  constructor(private readonly audit: AuditService) {}

  can(actor: Actor, request: PolicyRequest): boolean {
    return decide(actor, request).allowed;
  }

  async authorize(actor: Actor, request: PolicyRequest): Promise<void> {
    const decision = decide(actor, request);
    if (decision.allowed) return;
    // Not awaited: a refusal inside a caller's transaction must not wait for a
    // second connection while that transaction holds one (under load every
    // connection would wait for another, for good). The line is written as soon
    // as a connection is free; record() logs one it cannot write.
    void this.audit
      .record({
        action: `authorization:${request.action}`,
        outcome: 'denied',
        actor: {
          userId: actor.userId,
          councilCode: actor.council?.code,
          role: describeActor(actor),
        },
        target: targetOf(request),
        details: { reason: decision.reason },
      })
      .catch(() => undefined);
    if (!actor.userId) throw notSignedIn();
    // A held-back role says why, so the person knows to set up MFA.
    throw actor.mfaEnrolmentRequired
      ? mfaEnrolmentNeeded()
      : forbidden(ACTION_WORDS[request.action]);
  }
}

function targetOf(request: PolicyRequest) {
  if ('targetUserId' in request) return { type: 'account', id: request.targetUserId };
  if ('councilCode' in request) return { type: 'council', id: request.councilCode };
  return undefined;
}
