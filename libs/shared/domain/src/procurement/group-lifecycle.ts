import { isOneOf } from '../values/one-of';

/**
 * The lifecycle of a co-procurement group, from shared need to a joint bid:
 * the stages in order, and the only moves between them.
 */
export const GROUP_STAGES = Object.freeze({
  FORMING: 'Forming',
  SPECIFYING: 'Specifying',
  MARKET_ENGAGEMENT: 'Market engagement',
  TENDERING: 'Tendering',
  AWARDED: 'Awarded',
  CLOSED: 'Closed',
  ABANDONED: 'Abandoned',
} as const);
export type GroupStage = keyof typeof GROUP_STAGES;

/** The stages a group passes through when all goes well, for a stage tracker. */
export const GROUP_STAGE_PATH: readonly GroupStage[] = [
  'FORMING',
  'SPECIFYING',
  'MARKET_ENGAGEMENT',
  'TENDERING',
  'AWARDED',
  'CLOSED',
];

/**
 * Allowed moves. A group may step back one stage while it has not gone to
 * tender (a specification rethought, market feedback that changes the need);
 * it may be abandoned at any point before award; once awarded it can only close.
 */
export const GROUP_TRANSITIONS: Readonly<Record<GroupStage, readonly GroupStage[]>> = Object.freeze(
  {
    FORMING: ['SPECIFYING', 'ABANDONED'],
    SPECIFYING: ['FORMING', 'MARKET_ENGAGEMENT', 'ABANDONED'],
    MARKET_ENGAGEMENT: ['SPECIFYING', 'TENDERING', 'ABANDONED'],
    TENDERING: ['AWARDED', 'ABANDONED'],
    AWARDED: ['CLOSED'],
    CLOSED: [],
    ABANDONED: [],
  },
);

export function isGroupStage(value: string): value is GroupStage {
  return isOneOf(GROUP_STAGES, value);
}

export function canMoveGroup(from: GroupStage, to: GroupStage): boolean {
  return GROUP_TRANSITIONS[from].includes(to);
}

/** Ending a group needs a reason others can learn from. */
export function stageNeedsReason(to: GroupStage): boolean {
  return to === 'CLOSED' || to === 'ABANDONED';
}

/** A group that has ended takes no new members, commitments or stage changes. */
export function isGroupEnded(stage: GroupStage): boolean {
  return GROUP_TRANSITIONS[stage].length === 0;
}

/** Councils can join until the group goes to tender. */
export function isGroupOpenToJoin(stage: GroupStage): boolean {
  return stage === 'FORMING' || stage === 'SPECIFYING' || stage === 'MARKET_ENGAGEMENT';
}

/**
 * What a lead may still change about a group at a stage. Before tender, every
 * detail; once it has gone to tender (tendering or awarded), only the wording
 * of its title and need: the rest is what the councils committed to and what
 * was tendered. Nothing once the group has ended.
 */
export function groupDetailsEditable(stage: GroupStage): 'all' | 'wording' | 'none' {
  if (isGroupEnded(stage)) return 'none';
  return isGroupOpenToJoin(stage) ? 'all' : 'wording';
}

/** How the group means to buy. */
export const PROCUREMENT_ROUTES = Object.freeze({
  EXISTING_FRAMEWORK: 'Call off an existing framework and lot',
  NEW_FRAMEWORK: 'Set up a new framework',
  OPEN_PROCEDURE: 'Open procedure',
  DYNAMIC_MARKET: 'Dynamic market',
} as const);
export type ProcurementRoute = keyof typeof PROCUREMENT_ROUTES;

/** Who may join: any council, or only those the lead invites or accepts. */
export const GROUP_VISIBILITIES = Object.freeze({
  OPEN: 'Open to any council',
  INVITE_ONLY: 'Invite only',
} as const);
export type GroupVisibility = keyof typeof GROUP_VISIBILITIES;
