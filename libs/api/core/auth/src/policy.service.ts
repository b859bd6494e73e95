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
    // Detached: a refusal may be decided inside the caller's transaction.
    this.audit.recordDetached({
      action: `authorization:${request.action}`,
      outcome: 'denied',
      actor: { userId: actor.userId, councilCode: actor.council?.code, role: describeActor(actor) },
      target: targetOf(request),
      details: { reason: decision.reason },
    });
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
