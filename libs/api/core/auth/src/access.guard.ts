import { AuditService } from '@lgx/api/core/audit';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

import { ACCESS_KEY, type AccessRule } from './access.decorator';
import { type Actor, councilRoleAtLeast, describeActor } from './actor';
import { forbidden, mfaChallengeNeeded, mfaEnrolmentNeeded, notSignedIn } from './auth.errors';
import { actorOf, httpOf } from './request-actor';

/**
 * Refuses every GraphQL query and mutation that does not declare its access
 * with @Access, and every call the actor's roles do not allow.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    // HTTP controllers (health, sign-on redirects) opt in; GraphQL fails closed.
    if (!rule && context.getType<GqlContextType>() !== 'graphql') return true;
    const actor = actorOf(httpOf(context).request);
    const refusal = rule ? refusalFor(rule, actor) : forbidden('do this');
    if (!refusal) return true;
    await this.audit.record({
      action: `access:${context.getClass().name}.${context.getHandler().name}`,
      outcome: 'denied',
      actor: { userId: actor.userId, councilCode: actor.council?.code, role: describeActor(actor) },
      details: { rule: rule?.kind ?? 'undeclared', code: refusal.extensions['code'] },
    });
    throw refusal;
  }
}

function refusalFor(rule: AccessRule, actor: Actor) {
  if (rule.kind === 'public') return undefined;
  if (!actor.userId) return notSignedIn();
  if (rule.kind === 'signed-in' && rule.duringMfa) return undefined;
  if (actor.mfaChallengePending) return mfaChallengeNeeded();
  switch (rule.kind) {
    case 'signed-in':
      return undefined;
    case 'officer':
      return actor.council || actor.platformRoles.length > 0
        ? undefined
        : forbidden('use this: it is for verified council officers');
    case 'council-role':
      if (actor.mfaEnrolmentRequired && rule.role === 'ADMIN') return mfaEnrolmentNeeded();
      return councilRoleAtLeast(actor.council?.role, rule.role)
        ? undefined
        : forbidden(`use this: it needs the council ${rule.role.toLowerCase()} role`);
    case 'platform-role':
      if (actor.mfaEnrolmentRequired) return mfaEnrolmentNeeded();
      return actor.platformRoles.includes(rule.role) || actor.platformRoles.includes('ADMIN')
        ? undefined
        : forbidden(`use this: it needs the platform ${rule.role.toLowerCase()} role`);
  }
}
