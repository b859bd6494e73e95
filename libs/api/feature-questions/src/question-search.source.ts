import {
  type PublicQuestionReader,
  QuestionSubjects,
  type QuestionSubjectType,
} from '@lgx/api/core/contracts';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** At most this much question text goes into one subject's search document. */
const MAX_TEXT_PER_SUBJECT = 10_000;

/**
 * What case studies' and components' search documents hold of their
 * questions: the public ones and their answers, never an officers-only one
 * (decision 0047). Registered with the QuestionSubjects port, so those
 * features read it without importing this one.
 */
@Injectable()
export class QuestionSearchText implements PublicQuestionReader, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: QuestionSubjects,
  ) {}

  onModuleInit(): void {
    this.subjects.provideReader(this);
  }

  async publicText(type: QuestionSubjectType, ids: string[]): Promise<Map<string, string>> {
    const rows: { subjectId: string; text: string }[] = await this.dataSource.query(
      `SELECT question.subject_id AS "subjectId",
              question.text || coalesce(E'\\n' || string_agg(answer.text, E'\\n' ORDER BY answer.answered_at), '') AS text
         FROM question
         LEFT JOIN question_answer answer ON answer.question_id = question.id
        WHERE question.subject_type = $1 AND question.subject_id = ANY($2::uuid[])
          AND question.visibility = 'PUBLIC'
        GROUP BY question.id
        ORDER BY question.asked_at`,
      [type, ids],
    );
    const texts = new Map<string, string>();
    for (const row of rows) {
      const before = texts.get(row.subjectId);
      texts.set(
        row.subjectId,
        (before ? `${before}\n\n${row.text}` : row.text).slice(0, MAX_TEXT_PER_SUBJECT),
      );
    }
    return texts;
  }

  async recentCount(type: QuestionSubjectType, id: string, days: number): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM question
        WHERE subject_type = $1 AND subject_id = $2 AND asked_at > now() - make_interval(days => $3)`,
      [type, id, days],
    );
    return count;
  }
}
