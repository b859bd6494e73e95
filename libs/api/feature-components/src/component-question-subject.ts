import type { Actor } from '@lgx/api/core/auth';
import {
  notFoundAsNull,
  type QuestionContact,
  type QuestionSubject,
  QuestionSubjects,
  QuestionSubjectSource,
} from '@lgx/api/core/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { ComponentService } from './component.service';

/**
 * Components as the questions feature sees them (decision 0047): a question
 * is put to the maintaining councils and the councils using it that offered
 * to answer questions; those officers are also emailed "ask the adopters"
 * questions directly.
 */
@Injectable()
export class ComponentQuestionSubject extends QuestionSubjectSource {
  readonly type = 'component';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly components: ComponentService,
    subjects: QuestionSubjects,
  ) {
    super();
    subjects.register(this);
  }

  async find(reader: Actor, id: string): Promise<QuestionSubject | null> {
    const component = await this.components.get(reader, id).catch(notFoundAsNull);
    if (!component) return null;
    const adopters: { councilCode: string }[] = await this.dataSource.query(
      `SELECT DISTINCT council_code AS "councilCode" FROM component_adoption
        WHERE component_id = $1 AND contact_opt_in ORDER BY council_code`,
      [component.id],
    );
    const councilCodes = [...component.maintainingCouncilCodes];
    for (const { councilCode } of adopters)
      if (!councilCodes.includes(councilCode)) councilCodes.push(councilCode);
    return {
      type: this.type,
      id: component.id,
      title: component.name,
      path: `/components/${component.id}`,
      published: component.status === 'PUBLISHED',
      councilCodes,
    };
  }

  /** Still a verified, active officer of the council they recorded the adoption for. */
  override contacts(id: string, excludeCouncilCode: string): Promise<QuestionContact[]> {
    return this.dataSource.query(
      `SELECT account.id AS "accountId", account.email, account.name, adoption.council_code AS "councilCode"
         FROM component_adoption adoption
         JOIN account ON account.id = adoption.recorded_by
         JOIN council_membership membership
           ON membership.account_id = account.id AND membership.council_code = adoption.council_code
        WHERE adoption.component_id = $1 AND adoption.contact_opt_in
          AND adoption.council_code <> $2
          AND account.status = 'active' AND account.email_verified_at IS NOT NULL AND account.email IS NOT NULL
          AND membership.status = 'active'
        ORDER BY adoption.council_code`,
      [id, excludeCouncilCode],
    );
  }
}
