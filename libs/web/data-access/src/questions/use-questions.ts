import { signInPath, useHere } from '@lgx/web/util';

import type {
  QuestionFieldsFragment,
  QuestionSubjectType,
  QuestionVisibility,
} from '../generated/graphql';
import {
  AnswerQuestionDocument,
  AskQuestionDocument,
  MyCouncilQuestionsDocument,
  SubjectQuestionsDocument,
} from '../generated/graphql';
import { StaleAfter, useInvalidateQueries } from '../query-keys';
import { useViewer } from '../session/use-viewer';
import { useGraphQLMutation } from '../use-graphql-mutation';
import { useGraphQLQuery } from '../use-graphql-query';

/** How many of a subject's questions a page shows, newest first. */
export const QUESTIONS_SHOWN = 50;

/** A question as a page shows it, with its dates as ISO text. */
export interface ShownQuestion {
  id: string;
  text: string;
  visibility: QuestionVisibility;
  askedAt: string;
  askerCouncilName: string | null;
  canAnswer: boolean;
  answers: { id: string; text: string; councilName: string; answeredAt: string }[];
}

export function shownQuestion(question: QuestionFieldsFragment): ShownQuestion {
  return {
    id: question.id,
    text: question.text,
    visibility: question.visibility,
    askedAt: String(question.askedAt),
    askerCouncilName: question.askerCouncilName,
    canAnswer: question.canAnswer,
    answers: question.answers.map((answer) => ({
      ...answer,
      answeredAt: String(answer.answeredAt),
    })),
  };
}

/**
 * The questions about a case study or component, and asking and answering
 * them: what a page's questions panel (web/ui QuestionsPanel) needs, whichever
 * subject it shows, but for how to render a link.
 */
export function useSubjectQuestions(subjectType: QuestionSubjectType, subjectId: string) {
  const query = useGraphQLQuery(SubjectQuestionsDocument, {
    subjectType,
    subjectId,
    first: QUESTIONS_SHOWN,
  });
  const invalidate = useInvalidateQueries();
  const refresh = () => invalidate(StaleAfter.questionChange);
  const ask = useGraphQLMutation(AskQuestionDocument, { onSuccess: refresh });
  const answer = useGraphQLMutation(AnswerQuestionDocument, { onSuccess: refresh });
  const connection = query.data?.questions;
  // A visitor has a viewer too, without an account.
  const signedIn = Boolean(useViewer().data?.viewer.account);
  const here = useHere();
  return {
    signedIn,
    signInHref: signInPath(here),
    questions: connection?.edges.map((edge) => shownQuestion(edge.node)) ?? [],
    totalCount: connection?.totalCount ?? 0,
    canAsk: connection?.canAsk ?? false,
    askTo: connection?.askTo ?? [],
    loading: query.isPending,
    loadError: query.error?.message,
    onAsk: (text: string, visibility: QuestionVisibility) =>
      ask.mutateAsync({ input: { subjectType, subjectId, text, visibility } }),
    asking: ask.isPending,
    onAnswer: (questionId: string, text: string) =>
      answer.mutateAsync({ input: { questionId, text } }),
    answeringId: answer.isPending ? String(answer.variables?.input.questionId) : undefined,
  };
}

/**
 * The questions put to the viewer's council that wait for an answer, newest
 * first, each with the case study or component it is about (for the front
 * door's "for you"; officers only, so it waits until `enabled`).
 */
export function useMyCouncilQuestions({ first = 10, enabled = true } = {}) {
  const query = useGraphQLQuery(
    MyCouncilQuestionsDocument,
    { unansweredOnly: true, first },
    { enabled },
  );
  const connection = query.data?.questionsForMyCouncil;
  return {
    questions:
      connection?.edges.map((edge) => ({
        ...shownQuestion(edge.node),
        subjectTitle: edge.node.subjectTitle,
        subjectPath: edge.node.subjectPath,
      })) ?? [],
    totalCount: connection?.totalCount ?? 0,
    loading: query.isPending,
    loadError: query.error?.message,
  };
}
