import { PersonalData, PersonalDataSource } from '@lgx/api/core/contracts';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * The questions a person asked (with the answers they were given) and the
 * answers they wrote for their council, for their data export.
 */
@Injectable()
export class QuestionPersonalData extends PersonalDataSource implements OnModuleInit {
  readonly section = 'questions';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalData,
  ) {
    super();
  }

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(accountId: string) {
    const asked = await this.dataSource.query(
      `SELECT q.id, q.subject_type AS "subjectType", q.subject_id AS "subjectId", q.text,
              q.visibility, q.council_codes AS "askedOf", q.asker_council_code AS "askedAsOfficerOf",
              q.asked_at AS "askedAt", q.emailed_count AS "emailedTo",
              coalesce(json_agg(json_build_object('text', a.text, 'councilCode', a.council_code,
                                                  'answeredAt', a.answered_at)
                                ORDER BY a.answered_at) FILTER (WHERE a.id IS NOT NULL), '[]') AS answers
         FROM question q LEFT JOIN question_answer a ON a.question_id = q.id
        WHERE q.asked_by = $1
        GROUP BY q.id ORDER BY q.asked_at, q.id`,
      [accountId],
    );
    const answered = await this.dataSource.query(
      `SELECT question_id AS "questionId", text, council_code AS "councilCode", answered_at AS "answeredAt"
         FROM question_answer WHERE answered_by = $1 ORDER BY answered_at, id`,
      [accountId],
    );
    return { asked, answered };
  }
}
