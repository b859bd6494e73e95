import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import type { QuestionContact, QuestionSubject } from '@lgx/api/core/contracts';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Mailer } from '@lgx/api/core/mail';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { noAdopterContacts, questionNotSent } from './question.errors';
import { checkedText, QuestionService } from './question.service';
import { QuestionSubjectFinder } from './question-subject';

/**
 * "Ask the adopters": an officer's question about a component, emailed to the
 * officers of adopting councils who offered to answer, and kept as an
 * officers-only question on the component (decision 0047).
 */
@Injectable()
export class AdopterQuestionService {
  private readonly logger = new Logger(AdopterQuestionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: PolicyService,
    private readonly questions: QuestionService,
    private readonly subjects: QuestionSubjectFinder,
    private readonly councils: CouncilDirectory,
    private readonly mailer: Mailer,
  ) {}

  /** Sends the question; returns how many officers it reached. Their addresses are never shown to the asker. */
  async ask(actor: Actor, componentId: string, question: string): Promise<number> {
    await this.policy.authorize(actor, { action: 'component.ask-adopters' });
    const text = checkedText(question, 'question', 'question');
    const component = await this.subjects.askable(actor, 'component', componentId);
    const askerCode = actor.council!.code;
    await this.questions.withinAllowance(actor);
    const recipients = await this.subjects.contacts('component', component.id, askerCode);
    if (recipients.length === 0) throw noAdopterContacts();
    const [asker] = await this.dataSource.query(`SELECT name, email FROM account WHERE id = $1`, [
      actor.userId,
    ]);
    const askerCouncil = (await this.councils.findByCode(askerCode))?.name ?? askerCode;
    const emailed: string[] = [];
    for (const recipient of recipients) {
      try {
        await this.mailer.send(this.message(component, recipient, asker, askerCouncil, text));
        emailed.push(recipient.accountId);
      } catch {
        // The Mailer logs the failure; the others still get the question.
      }
    }
    if (emailed.length === 0) throw questionNotSent();
    await this.questions.record(actor, {
      subject: component,
      text,
      visibility: 'OFFICERS',
      councilCodes: component.councilCodes.filter((code) => code !== askerCode),
      // They heard by this email; the question's notification is not emailed to them again.
      emailedAccountIds: emailed,
    });
    this.logger.log(`Question about component ${component.id} sent to ${emailed.length} officers`);
    return emailed.length;
  }

  private message(
    component: QuestionSubject,
    recipient: QuestionContact,
    asker: { name: string; email: string },
    askerCouncilName: string,
    question: string,
  ) {
    const link = `${this.config.publicUrl}${component.path}`;
    return {
      to: recipient.email,
      subject: `A question about ${component.title} from ${askerCouncilName}`,
      text: [
        `Hello ${recipient.name},`,
        '',
        `${asker.name} of ${askerCouncilName} has a question about ${component.title}, which your council uses. You offered to answer questions about it on LGX.`,
        '',
        question
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n'),
        '',
        `To answer, email ${asker.name} at ${asker.email}, or answer it on the component's page for every officer to read.`,
        '',
        `The component on LGX: ${link}`,
        '',
        'You get this because you recorded that your council uses it and agreed to answer questions. You can stop them by changing your council’s record on that page.',
      ].join('\n'),
    };
  }
}
