import { type LgxEvent, QuestionDirectory } from '@lgx/api/core/contracts';
import { isVisibleTo } from '@lgx/api/core/search';
import { Injectable, Optional } from '@nestjs/common';

import { ContentDocumentReader } from './content-document.reader';
import { NotificationDeliveryService } from './notification-delivery.service';
import { ReaderScopeService } from './reader-scope.service';

type AddressedEvent = Extract<
  LgxEvent,
  {
    type: 'question.asked' | 'question.answered' | 'radar.suggestion' | 'case-study.actuals-due';
  }
>;

/**
 * Events addressed to people rather than to followers: a question to a
 * council's officers, an answer to its asker, a radar suggestion to a
 * council. Each reader is checked as they are now: an officers-only question
 * reaches no one who is no longer a verified officer.
 */
@Injectable()
export class NotificationAddressedService {
  constructor(
    private readonly scopes: ReaderScopeService,
    private readonly delivery: NotificationDeliveryService,
    private readonly documents: ContentDocumentReader,
    /** Provided by the feature that holds questions; without it question events tell no one. */
    @Optional() private readonly questions?: QuestionDirectory,
  ) {}

  async handle(event: AddressedEvent, eventKey: string): Promise<number> {
    if (event.type === 'radar.suggestion') return this.radarSuggestion(event, eventKey);
    if (event.type === 'case-study.actuals-due') return this.actualsDue(event, eventKey);
    const question = await this.questions?.find(event.questionId);
    if (!question) return 0;
    const recipients =
      event.type === 'question.asked'
        ? (await this.scopes.officersOf(question.councilCodes)).filter(
            (id) => id !== question.askerAccountId,
          )
        : question.askerAccountId
          ? [question.askerAccountId]
          : [];
    const scopes = await this.scopes.ofAccounts(recipients);
    const readers = recipients.filter((accountId) => {
      const scope = scopes.get(accountId);
      return scope !== undefined && (!question.officersOnly || scope.officer);
    });
    const asked = event.type === 'question.asked';
    const emailedAlready = new Set(asked ? (question.emailedAccountIds ?? []) : []);
    return this.delivery.deliver(
      {
        event: event.type,
        eventKey,
        subjectType: 'question',
        subjectId: question.questionId,
        title: asked
          ? `A question for your council about ${question.subjectTitle}`
          : `Your question about ${question.subjectTitle} was answered`,
        url: question.url,
      },
      readers.map((accountId) => ({
        accountId,
        kind: 'ADDRESSED',
        reason: asked ? 'Asked of your council' : 'You asked this question',
        followId: null,
        // Ask the adopters emailed them this question itself: one email per person.
        emailed: emailedAlready.has(accountId),
      })),
    );
  }

  /** To the editors and admins of the case study's councils: its check-in is due. */
  private async actualsDue(
    event: Extract<AddressedEvent, { type: 'case-study.actuals-due' }>,
    eventKey: string,
  ): Promise<number> {
    const study = await this.documents.document('case_study', event.caseStudyId);
    if (!study) return 0;
    const editors = await this.scopes.officersOf(study.councilCodes, ['EDITOR', 'ADMIN']);
    return this.delivery.deliver(
      {
        event: event.type,
        eventKey,
        subjectType: 'case_study',
        subjectId: event.caseStudyId,
        title: `${study.title}: ${event.checkInMonths} months live, how did it go? Record the actuals`,
        url: `${study.url}#actuals`,
      },
      editors.map((accountId) => ({
        accountId,
        kind: 'ADDRESSED',
        reason: `Your council’s case study has been live ${event.checkInMonths} months`,
        followId: null,
      })),
    );
  }

  /**
   * To the council's verified officers: the group it could join, for those
   * who may see the group now; or, with no group named, the contract.
   */
  private async radarSuggestion(
    event: Extract<AddressedEvent, { type: 'radar.suggestion' }>,
    eventKey: string,
  ): Promise<number> {
    const officers = await this.scopes.officersOf([event.councilCode]);
    if (event.groupId) {
      const group = await this.documents.document('procurement_group', event.groupId);
      if (!group) return 0;
      const scopes = await this.scopes.ofAccounts(officers);
      return this.delivery.deliver(
        {
          event: event.type,
          eventKey,
          subjectType: 'procurement_group',
          subjectId: event.groupId,
          title: `${group.title}: a group your council could join`,
          url: group.url,
        },
        officers
          .filter((accountId) => {
            const scope = scopes.get(accountId);
            return scope !== undefined && isVisibleTo(scope, group);
          })
          .map((accountId) => ({
            accountId,
            kind: 'ADDRESSED',
            reason: 'A contract of your council’s ends soon: your renewal radar',
            followId: null,
          })),
      );
    }
    return this.delivery.deliver(
      {
        event: event.type,
        eventKey,
        subjectType: 'contract',
        subjectId: event.ocid,
        title: 'A contract on your council’s renewal radar',
        url: `/contracts/${encodeURIComponent(event.ocid)}`,
      },
      officers.map((accountId) => ({
        accountId,
        kind: 'ADDRESSED',
        reason: 'Your council’s renewal radar',
        followId: null,
      })),
    );
  }
}
