import type { Council } from '@lgx/api/core/councils';
import type { Money } from '@lgx/api/core/graphql';
import {
  findCpv,
  formatPence,
  GROUP_STAGES,
  GROUP_VISIBILITIES,
  isOneOf,
  labelOf,
  PROCUREMENT_ROUTES,
} from '@lgx/shared/domain';

import type { ProcurementGroupEntity } from './procurement-group.entity';
import type {
  GroupDocument,
  GroupMember,
  GroupMessage,
  GroupStageChange,
  ProcurementGroup,
} from './procurement-group.object';
import type { ProcurementGroupDocumentEntity } from './procurement-group-document.entity';
import {
  isMemberStatus,
  type ProcurementGroupMemberEntity,
} from './procurement-group-member.entity';
import type { ProcurementGroupMessageEntity } from './procurement-group-message.entity';
import type { ProcurementGroupStageChangeEntity } from './procurement-group-stage-change.entity';

export const money = (pence: number | null): Money | null =>
  pence === null ? null : { pence: String(pence), formatted: formatPence(pence) };

/** The GraphQL view of a group. */
export function toProcurementGroup(group: ProcurementGroupEntity, lead: Council): ProcurementGroup {
  return {
    id: group.id,
    title: group.title,
    need: group.need,
    category: { code: group.cpvCode, label: findCpv(group.cpvCode)?.label ?? group.cpvCode },
    leadCouncil: lead,
    estimatedValuePerCouncil: money(group.valuePerCouncilPence),
    estimatedTotalValue: money(group.totalValuePence),
    desiredStart: group.desiredStart,
    // A value no release accepts any more (or an inherited name an old one let
    // through) reads as not stated rather than failing the whole list.
    route: isOneOf(PROCUREMENT_ROUTES, group.route) ? group.route : null,
    routeLabel: labelOf(PROCUREMENT_ROUTES, group.route) ?? null,
    frameworkName: group.frameworkName,
    frameworkLot: group.frameworkLot,
    minimumCouncils: group.minimumCouncils,
    // The list treats anything but OPEN as invite only; so does the view.
    visibility: isOneOf(GROUP_VISIBILITIES, group.visibility) ? group.visibility : 'INVITE_ONLY',
    interestClosesOn: group.interestClosesOn,
    stage: group.stage,
    stageLabel: labelOf(GROUP_STAGES, group.stage) ?? group.stage,
    endReason: group.endReason,
    isSample: group.isSample,
    sourceUrl: group.sourceUrl,
    createdAt: group.createdAt,
    updatedAt: group.updatedAt,
  };
}

/**
 * A member as a reader sees it: commitments only for readers from member
 * councils. Anyone else sees who is in the group, and which council leads it,
 * but not who has committed or when (`MEMBER` for interested and committed
 * alike): the demand withholds the committed count while it rests on fewer
 * than 3 councils, and the list must not give it back (decision 0010).
 */
export function toGroupMember(
  member: ProcurementGroupMemberEntity,
  council: Council,
  leadCouncilCode: string,
  readerIsMember: boolean,
): GroupMember {
  const details = readerIsMember;
  return {
    council,
    status: details || !isMemberStatus(member.status) ? member.status : 'MEMBER',
    isLead: member.councilCode === leadCouncilCode,
    volume: details ? member.volume : null,
    volumeUnit: details ? member.volumeUnit : null,
    estimatedValue: details ? money(member.estimatedValuePence) : null,
    earliestStart: details ? member.earliestStart : null,
    latestStart: details ? member.latestStart : null,
    committedAt: details ? member.committedAt : null,
  };
}

/** A post in the discussion. */
export function toGroupMessage(
  message: ProcurementGroupMessageEntity,
  council: Council,
): GroupMessage {
  return {
    id: message.id,
    body: message.body,
    authorName: message.authorName,
    council,
    createdAt: message.createdAt,
  };
}

/** Where a shared document downloads from (ProcurementGroupController). */
export const documentUrl = (document: Pick<ProcurementGroupDocumentEntity, 'id' | 'filename'>) =>
  `/procurement-documents/${document.id}/${document.filename}`;

/** A shared document; `canRemove` is whether the reader may remove it. */
export function toGroupDocument(
  document: ProcurementGroupDocumentEntity,
  council: Council,
  canRemove: boolean,
): GroupDocument {
  return {
    id: document.id,
    filename: document.filename,
    contentType: document.contentType,
    size: document.size,
    council,
    url: documentUrl(document),
    createdAt: document.createdAt,
    canRemove,
  };
}

/** A move in the lifecycle; the council is null when it is no longer in the register. */
export function toGroupStageChange(
  change: ProcurementGroupStageChangeEntity,
  council: Council | null,
): GroupStageChange {
  return {
    fromStage: change.fromStage as GroupStageChange['fromStage'],
    toStage: change.toStage as GroupStageChange['toStage'],
    note: change.note,
    changedByName: change.changedByName,
    changedByCouncil: council,
    changedAt: change.changedAt,
  };
}
