import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { CouncilDirectory, CouncilEditorsMail } from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';

import { CoMaintainerInvitationEntity } from './co-maintainer-invitation.entity';
import { ComponentEntity } from './component.entity';
import {
  coMaintainerInvitationNotFound,
  componentNotFound,
  lastMaintainer,
  notACoMaintainer,
} from './component.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COUNCIL_CODE = /^[A-Z0-9]{1,12}$/;

/** An invitation with the component it is about. */
export interface CoMaintainerInvitationRecord {
  invitation: CoMaintainerInvitationEntity;
  component: ComponentEntity;
}

/**
 * Co-maintenance by consent: naming a council invites it; only its own
 * editors and admins accept or decline. Councils that accepted are the
 * component's maintaining councils (and so get its edit rights, its place
 * on their council page and in search); pending and declined ones are not.
 */
@Injectable()
export class CoMaintainerInvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly councils: CouncilDirectory,
    private readonly mail: CouncilEditorsMail,
  ) {}

  /**
   * Makes the councils named on the form (`named`, besides the editor's own
   * council, which stays first) the component's maintainers by consent:
   * accepted ones not named leave, pending ones not named are withdrawn, new
   * ones (and declined ones named again) are invited. Declined ones not named
   * stay, for the inviting council to see. Changes
   * `component.maintainingCouncilCodes`; the caller saves it. Returns the
   * councils newly invited, to tell once the change is committed.
   */
  async sync(
    manager: EntityManager,
    actor: Actor,
    component: ComponentEntity,
    ownCouncilCode: string,
    named: string[],
  ): Promise<string[]> {
    const repository = manager.getRepository(CoMaintainerInvitationEntity);
    const open = await repository.findBy({ componentId: component.id });
    const accepted = component.maintainingCouncilCodes;
    const pending = open.filter((i) => i.status === 'PENDING').map((i) => i.councilCode);
    const others = named.filter((code) => code !== ownCouncilCode);
    const toInvite = others.filter((code) => !accepted.includes(code) && !pending.includes(code));
    const toRemove = accepted.filter((code) => code !== ownCouncilCode && !others.includes(code));
    const toWithdraw = pending.filter((code) => !others.includes(code));
    // The editor's own council stays a maintainer (first), so no one edits themselves out.
    const kept = [
      ownCouncilCode,
      ...accepted.filter((c) => c !== ownCouncilCode && others.includes(c)),
    ];
    if (toInvite.length + toRemove.length + toWithdraw.length === 0) {
      component.maintainingCouncilCodes = kept;
      return [];
    }
    await this.policy.authorize(actor, {
      action: 'component.co-maintainer.invite',
      councilCodes: accepted,
    });
    component.maintainingCouncilCodes = kept;
    if (toWithdraw.length > 0)
      await repository.delete({ componentId: component.id, councilCode: In(toWithdraw) });
    for (const code of toInvite)
      await repository.upsert(
        {
          componentId: component.id,
          councilCode: code,
          status: 'PENDING',
          invitedByCouncilCode: actor.council!.code,
          invitedBy: actor.userId ?? null,
          invitedAt: new Date(),
          respondedBy: null,
          respondedAt: null,
        },
        ['componentId', 'councilCode'],
      );
    await this.audit.record(
      {
        action: 'component.co-maintainers',
        outcome: 'success',
        target: { type: 'component', id: component.id },
        details: { invited: toInvite, withdrawn: toWithdraw, removed: toRemove },
      },
      manager,
    );
    return toInvite;
  }

  /** Accepts or declines, for the actor's own council. */
  async respond(actor: Actor, componentId: string, accept: boolean): Promise<ComponentEntity> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, {
      action: 'component.co-maintainer.respond',
      invitedCouncilCode: councilCode,
    });
    if (!UUID.test(componentId)) throw coMaintainerInvitationNotFound();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const component = await manager
        .getRepository(ComponentEntity)
        .findOne({ where: { id: componentId }, lock: { mode: 'pessimistic_write' } });
      const invitations = manager.getRepository(CoMaintainerInvitationEntity);
      const invitation = component
        ? await invitations.findOneBy({ componentId, councilCode, status: 'PENDING' })
        : null;
      if (!component || !invitation) throw coMaintainerInvitationNotFound();
      if (accept) {
        await invitations.delete({ id: invitation.id });
        if (!component.maintainingCouncilCodes.includes(councilCode))
          component.maintainingCouncilCodes = [...component.maintainingCouncilCodes, councilCode];
        // Saving the component queues it for search, now with this council among its own.
        await manager.getRepository(ComponentEntity).save(component);
      } else {
        await invitations.update(
          { id: invitation.id },
          { status: 'DECLINED', respondedBy: actor.userId ?? null, respondedAt: new Date() },
        );
      }
      await this.audit.record(
        {
          action: accept ? 'component.co-maintainer.accept' : 'component.co-maintainer.decline',
          outcome: 'success',
          target: { type: 'component', id: componentId },
          details: { councilCode },
        },
        manager,
      );
      return { component, invitedBy: invitation.invitedByCouncilCode };
    });
    const council = (await this.councils.findByCodes([councilCode]))[0];
    await this.mail.tell(
      [outcome.invitedBy],
      `${council?.name ?? councilCode} ${accept ? 'accepted' : 'declined'} your invitation to maintain a component`,
      [
        `${council?.name ?? councilCode} ${accept ? 'accepted' : 'declined'} your invitation to maintain "${outcome.component.name}" on LGX.`,
        accept
          ? 'It is now shown as a maintaining council, and its editors can change the component.'
          : 'It is not shown as a maintaining council. You can see the declined invitation on the component.',
      ],
      { label: 'Open the component', path: `/components/${componentId}` },
    );
    return outcome.component;
  }

  /** Withdraws a pending invitation (or clears a declined one), by a maintaining council. */
  async withdraw(actor: Actor, componentId: string, councilCode: string): Promise<ComponentEntity> {
    const code = councilCode.trim().toUpperCase();
    // A register code, or there is nothing to withdraw (and nothing odd reaches the database).
    if (!COUNCIL_CODE.test(code)) throw coMaintainerInvitationNotFound();
    return this.dataSource.transaction(async (manager) => {
      const component = await this.lockReadable(manager, actor, componentId);
      await this.policy.authorize(actor, {
        action: 'component.co-maintainer.invite',
        councilCodes: component.maintainingCouncilCodes,
      });
      const removed = await manager
        .getRepository(CoMaintainerInvitationEntity)
        .delete({ componentId, councilCode: code });
      if (!removed.affected) throw coMaintainerInvitationNotFound();
      await this.audit.record(
        {
          action: 'component.co-maintainer.withdraw',
          outcome: 'success',
          target: { type: 'component', id: componentId },
          details: { councilCode: code },
        },
        manager,
      );
      return component;
    });
  }

  /** The actor's council stops maintaining the component (unless it is the only maintainer). */
  async leave(actor: Actor, componentId: string): Promise<ComponentEntity> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, { action: 'component.co-maintainer.leave', councilCode });
    return this.dataSource.transaction(async (manager) => {
      const component = await this.lockReadable(manager, actor, componentId);
      if (!component.maintainingCouncilCodes.includes(councilCode)) throw notACoMaintainer();
      if (component.maintainingCouncilCodes.length === 1) throw lastMaintainer();
      component.maintainingCouncilCodes = component.maintainingCouncilCodes.filter(
        (code) => code !== councilCode,
      );
      const saved = await manager.getRepository(ComponentEntity).save(component);
      await this.audit.record(
        {
          action: 'component.co-maintainer.leave',
          outcome: 'success',
          target: { type: 'component', id: componentId },
          details: { councilCode },
        },
        manager,
      );
      return saved;
    });
  }

  /** Pending invitations to the actor's council, newest first (its editors and admins only). */
  async received(actor: Actor): Promise<CoMaintainerInvitationRecord[]> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, { action: 'council.invitations.read', councilCode });
    const invitations = await this.dataSource
      .getRepository(CoMaintainerInvitationEntity)
      .find({ where: { councilCode, status: 'PENDING' }, order: { invitedAt: 'DESC' }, take: 100 });
    return this.withComponents(invitations);
  }

  /**
   * A component's invitations (pending and declined), for officers of its
   * maintaining councils; nobody else learns whom it asked.
   */
  async sent(
    actor: Actor,
    componentId: string,
    maintainingCouncilCodes: string[],
  ): Promise<CoMaintainerInvitationEntity[]> {
    const allowed = this.policy.can(actor, {
      action: 'component.read-unpublished',
      councilCodes: maintainingCouncilCodes,
    });
    if (!allowed) return [];
    return this.dataSource
      .getRepository(CoMaintainerInvitationEntity)
      .find({ where: { componentId }, order: { invitedAt: 'ASC' } });
  }

  /** The pending invitation of this component to the actor's council, if the actor may answer it. */
  async toActorsCouncil(
    actor: Actor,
    componentId: string,
  ): Promise<CoMaintainerInvitationEntity | null> {
    const councilCode = actor.council?.code ?? '';
    if (
      !this.policy.can(actor, {
        action: 'component.co-maintainer.respond',
        invitedCouncilCode: councilCode,
      })
    )
      return null;
    return this.dataSource
      .getRepository(CoMaintainerInvitationEntity)
      .findOneBy({ componentId, councilCode, status: 'PENDING' });
  }

  /** Emails the editors and admins of each newly invited council; best effort, after the commit. */
  async tellInvited(
    component: ComponentEntity,
    councilCodes: string[],
    actor: Actor,
  ): Promise<void> {
    await this.mail.tellInvited(actor.council?.code ?? '', councilCodes, {
      subject: (inviter, invited) => `${inviter} asks ${invited} to maintain a component`,
      named: (inviter, invited) =>
        `${inviter} has named ${invited} as a maintaining council of the component "${component.name}" on LGX.`,
    });
  }

  private async lockReadable(
    manager: EntityManager,
    actor: Actor,
    componentId: string,
  ): Promise<ComponentEntity> {
    if (!UUID.test(componentId)) throw componentNotFound();
    const component = await manager
      .getRepository(ComponentEntity)
      .findOne({ where: { id: componentId }, lock: { mode: 'pessimistic_write' } });
    const readable =
      component &&
      (component.status === 'PUBLISHED' ||
        this.policy.can(actor, {
          action: 'component.read-unpublished',
          councilCodes: component.maintainingCouncilCodes,
        }));
    if (!component || !readable) throw componentNotFound();
    return component;
  }

  private async withComponents(
    invitations: CoMaintainerInvitationEntity[],
  ): Promise<CoMaintainerInvitationRecord[]> {
    const components = await this.dataSource
      .getRepository(ComponentEntity)
      .findBy({ id: In([...new Set(invitations.map((i) => i.componentId))]) });
    const byId = new Map(components.map((component) => [component.id, component]));
    return invitations.flatMap((invitation) => {
      const component = byId.get(invitation.componentId);
      return component ? [{ invitation, component }] : [];
    });
  }
}
