import type { PolicyRequest } from '@lgx/api/core/auth';
import type { EntityTarget } from 'typeorm';

import type { InvitationWording } from './council-editors-mail.service';

/** The policy's actions asked about with `Field` alone (besides the action). */
export type ActionWith<Field extends string> = PolicyRequest extends infer Request
  ? Request extends { action: infer Action } & Record<Field, unknown>
    ? [Exclude<keyof Request, 'action'>] extends [Field]
      ? Action
      : never
    : never
  : never;

/** What the invited council's answer tells the inviting one, by email. */
export interface InvitationAnswerWording {
  /** The subject and first line, given the answering council's name and 'accepted' or 'declined'. */
  subject: (council: string, answer: string) => string;
  answered: (council: string, answer: string) => string;
  /** What accepting, or declining, means for the record. */
  accepted: string;
  declined: string;
  /** The link to the record. */
  open: { label: string; path: string };
}

/**
 * One kind of invitation between councils (co-authoring a case study,
 * co-maintaining a component): the record invited to, its invitations, the
 * policy's actions, the errors and the words. The workflow is the same for all.
 */
export interface CouncilInvitationSettings<Subject extends { id: string }, Invitation> {
  /** The record's entity, and its invitations' entity. */
  subject: EntityTarget<Subject>;
  invitation: EntityTarget<Invitation>;
  /** The invitation column that holds the record's id (caseStudyId, componentId). */
  subjectId: keyof Invitation & string;
  /** The audit's target type (case_study) and action prefix (case-study.co-author: .accept, .decline...; with an s for a form's changes). */
  auditTarget: string;
  auditAction: string;
  /** The policy's actions: who may invite, answer, leave, and read the record unpublished. */
  actions: {
    invite: ActionWith<'councilCodes'>;
    respond: ActionWith<'invitedCouncilCode'>;
    leave: ActionWith<'councilCode'>;
    readUnpublished: ActionWith<'councilCodes'>;
  };
  /** The councils that accepted (members), set by accepting, leaving and the form. */
  members: (subject: Subject) => string[];
  setMembers: (subject: Subject, councilCodes: string[]) => void;
  /** Every council the record is of (a lead and its members): who may invite and read it unpublished. */
  authors: (subject: Subject) => string[];
  /** Readable by anyone, whoever its councils are (published). */
  isPublic: (subject: Subject) => boolean;
  errors: {
    subjectNotFound: () => Error;
    invitationNotFound: () => Error;
    notAMember: () => Error;
    /** Refused when the only member would leave; undefined when a lead always remains. */
    lastMember?: () => Error;
  };
  wording: (subject: Subject) => { invited: InvitationWording; answer: InvitationAnswerWording };
}

/** An invitation with the record it is about. */
export interface CouncilInvitationRecord<Subject, Invitation> {
  invitation: Invitation;
  subject: Subject;
}
