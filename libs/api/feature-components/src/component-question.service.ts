import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Mailer } from '@lgx/api/core/mail';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { ComponentEntity } from './component.entity';
import {
  noAdopterContacts,
  notAdoptable,
  questionLength,
  questionNotSent,
  tooManyQuestions,
} from './component.errors';
import { ComponentService } from './component.service';
import { ComponentQuestionEntity } from './component-question.entity';

/** Questions an officer may send in a day, so "ask the adopters" cannot become a mailing list. */
export const QUESTIONS_PER_DAY = 5;
const QUESTION_LIMITS = { min: 10, max: 2_000 };

interface Recipient {
  email: string;
  name: string;
  councilCode: string;
}

/** "Ask the adopters": an officer's question, emailed to officers of adopting councils who offered to answer. */
@Injectable()
export class ComponentQuestionService {
  private readonly logger = new Logger(ComponentQuestionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: PolicyService,
    private readonly components: ComponentService,
    private readonly councils: CouncilDirectory,
    private readonly mailer: Mailer,
  ) {}

  /** Sends the question; returns how many officers it reached. Their addresses are never shown to the asker. */
  async ask(actor: Actor, componentId: string, question: string): Promise<number> {
    await this.policy.authorize(actor, { action: 'component.ask-adopters' });
    const text = question.trim();
    if (text.length < QUESTION_LIMITS.min || text.length > QUESTION_LIMITS.max)
      throw questionLength(QUESTION_LIMITS.min, QUESTION_LIMITS.max);
    const component = await this.components.get(actor, componentId);
    if (component.status !== 'PUBLISHED') throw notAdoptable();
    const [{ recent }] = await this.dataSource.query(
      `SELECT count(*)::int AS recent FROM component_question WHERE asked_by = $1 AND created_at > now() - interval '1 day'`,
      [actor.userId],
    );
    if (recent >= QUESTIONS_PER_DAY) throw tooManyQuestions(QUESTIONS_PER_DAY);
    const recipients = await this.recipients(component.id, actor.council!.code);
    if (recipients.length === 0) throw noAdopterContacts();
    const [asker] = await this.dataSource.query(`SELECT name, email FROM account WHERE id = $1`, [
      actor.userId,
    ]);
    const askerCouncil = await this.councils.findByCode(actor.council!.code);
    let delivered = 0;
    for (const recipient of recipients) {
      try {
        await this.mailer.send(
          this.message(
            component,
            recipient,
            asker,
            askerCouncil?.name ?? actor.council!.code,
            text,
          ),
        );
        delivered++;
      } catch {
        // The Mailer logs the failure; the others still get the question.
      }
    }
    if (delivered === 0) throw questionNotSent();
    await this.dataSource.getRepository(ComponentQuestionEntity).insert({
      componentId: component.id,
      askedBy: actor.userId!,
      askerCouncilCode: actor.council!.code,
      question: text,
      recipientCount: delivered,
    });
    this.logger.log(`Question about component ${component.id} sent to ${delivered} officers`);
    return delivered;
  }

  /** Officers who offered to answer questions (one per adopting council), from other councils than the asker's. */
  async contactCount(componentId: string, excludeCouncilCode?: string): Promise<number> {
    return (await this.recipients(componentId, excludeCouncilCode ?? '')).length;
  }

  /** Questions asked in the last 90 days: a sign of interest, shown with the component's health. */
  async recentQuestions(componentId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM component_question WHERE component_id = $1 AND created_at > now() - interval '90 days'`,
      [componentId],
    );
    return count;
  }

  /** Still a verified, active officer of the council they recorded the adoption for. */
  private recipients(componentId: string, excludeCouncilCode: string): Promise<Recipient[]> {
    return this.dataSource.query(
      `SELECT account.email, account.name, adoption.council_code AS "councilCode"
         FROM component_adoption adoption
         JOIN account ON account.id = adoption.recorded_by
         JOIN council_membership membership
           ON membership.account_id = account.id AND membership.council_code = adoption.council_code
        WHERE adoption.component_id = $1 AND adoption.contact_opt_in
          AND adoption.council_code <> $2
          AND account.status = 'active' AND account.email_verified_at IS NOT NULL AND account.email IS NOT NULL
          AND membership.status = 'active'
        ORDER BY adoption.council_code`,
      [componentId, excludeCouncilCode],
    );
  }

  private message(
    component: ComponentEntity,
    recipient: Recipient,
    asker: { name: string; email: string },
    askerCouncilName: string,
    question: string,
  ) {
    const link = `${this.config.publicUrl}/components/${component.id}`;
    return {
      to: recipient.email,
      subject: `A question about ${component.name} from ${askerCouncilName}`,
      text: [
        `Hello ${recipient.name},`,
        '',
        `${asker.name} of ${askerCouncilName} has a question about ${component.name}, which your council uses. You offered to answer questions about it on LGX.`,
        '',
        question
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n'),
        '',
        `To answer, email ${asker.name} at ${asker.email}.`,
        '',
        `The component on LGX: ${link}`,
        '',
        'You get this because you recorded that your council uses it and agreed to answer questions. You can stop them by changing your council’s record on that page.',
      ].join('\n'),
    };
  }
}
