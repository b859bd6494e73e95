import type { Actor } from '@lgx/api/core/auth';
import { Injectable, Module } from '@nestjs/common';
import { GraphQLError } from 'graphql';

/** What questions are asked about: the search document types of case studies and components. */
export type QuestionSubjectType = 'case_study' | 'component';

/** A case study or component as the questions feature sees it. */
export interface QuestionSubject {
  type: QuestionSubjectType;
  id: string;
  title: string;
  /** The web app's path to its page, e.g. /case-studies/<id>. */
  path: string;
  /** Only published subjects take questions. */
  published: boolean;
  /**
   * The councils a question is put to, whose officers are told and answer:
   * a case study's lead and co-author councils; a component's maintaining
   * councils and the councils using it that offered to answer questions.
   */
  councilCodes: string[];
}

/** An officer who asked to be emailed questions about a subject directly ("ask the adopters"). */
export interface QuestionContact {
  /** Whose address it is: the question's notification is not emailed to them again. */
  accountId: string;
  email: string;
  name: string;
  councilCode: string;
}

/** For `find`: a subject's own "not found" (unknown, or hidden from the reader) is null; anything else is thrown. */
export function notFoundAsNull(error: unknown): null {
  if (error instanceof GraphQLError && error.extensions['code'] === 'NOT_FOUND') return null;
  throw error;
}

/**
 * One kind of subject, provided by the feature that owns it (case studies,
 * components), so the questions feature imports neither.
 */
export abstract class QuestionSubjectSource {
  abstract readonly type: QuestionSubjectType;
  /** The subject as this reader may see it; null when it does not exist or the reader may not see it. */
  abstract find(reader: Actor, id: string): Promise<QuestionSubject | null>;
  /** Officers to email a new question directly, never of `excludeCouncilCode`; none by default. */
  contacts(_id: string, _excludeCouncilCode: string): Promise<QuestionContact[]> {
    return Promise.resolve([]);
  }
}

/**
 * What the questions feature tells the subjects' features: the public
 * questions and answers about them, for their search documents, and how many
 * questions were asked lately. Officers-only text is never handed out here.
 */
export interface PublicQuestionReader {
  /** The public questions and their answers of each subject, as one text per subject id. */
  publicText(type: QuestionSubjectType, ids: string[]): Promise<Map<string, string>>;
  /** Questions asked about a subject in the last `days` days, whatever their visibility. */
  recentCount(type: QuestionSubjectType, id: string, days: number): Promise<number>;
}

/**
 * The registry both halves share: subjects register their source, the
 * questions feature registers its reader. With nothing registered, a subject
 * is unknown and has no questions.
 */
@Injectable()
export class QuestionSubjects implements PublicQuestionReader {
  private readonly sources = new Map<QuestionSubjectType, QuestionSubjectSource>();
  private reader: PublicQuestionReader | undefined;

  register(source: QuestionSubjectSource): void {
    this.sources.set(source.type, source);
  }

  provideReader(reader: PublicQuestionReader): void {
    this.reader = reader;
  }

  source(type: QuestionSubjectType): QuestionSubjectSource | undefined {
    return this.sources.get(type);
  }

  publicText(type: QuestionSubjectType, ids: string[]): Promise<Map<string, string>> {
    return this.reader && ids.length > 0
      ? this.reader.publicText(type, ids)
      : Promise.resolve(new Map());
  }

  recentCount(type: QuestionSubjectType, id: string, days: number): Promise<number> {
    return this.reader ? this.reader.recentCount(type, id, days) : Promise.resolve(0);
  }

  /**
   * Adds each public subject's public questions and answers to its search
   * document, as `questions`; a document that is not public gets none.
   */
  async withPublicQuestions<Doc extends { id: string; visibility: string; questions?: unknown }>(
    type: QuestionSubjectType,
    documents: Map<string, Doc | null>,
  ): Promise<Map<string, Doc | null>> {
    const publicIds = [...documents.values()]
      .filter((doc): doc is Doc => doc?.visibility === 'public')
      .map((doc) => doc.id);
    const texts = await this.publicText(type, publicIds);
    for (const [id, text] of texts) {
      const doc = documents.get(id);
      if (doc) documents.set(id, { ...doc, questions: text });
    }
    return documents;
  }
}

/** Imported by case studies, components and questions; Nest makes one registry for all. */
@Module({ providers: [QuestionSubjects], exports: [QuestionSubjects] })
export class QuestionSubjectsModule {}
