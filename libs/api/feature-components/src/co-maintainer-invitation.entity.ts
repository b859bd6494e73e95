import { CouncilInvitationColumns, type CouncilInvitationStatus } from '@lgx/api/core/councils';
import { Column, Entity } from 'typeorm';

/** PENDING until the invited council answers; DECLINED stays so the inviting council can see it. */
export type CoMaintainerInvitationStatus = CouncilInvitationStatus;

/**
 * A council asked to co-maintain a component. Accepting moves the council into
 * the component's maintaining councils and removes the invitation.
 */
@Entity('component_co_maintainer_invitation')
export class CoMaintainerInvitationEntity extends CouncilInvitationColumns {
  @Column('uuid')
  componentId!: string;
}
