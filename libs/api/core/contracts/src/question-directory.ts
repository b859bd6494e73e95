/** A question, as notifications need it: who asked, of which council, and who may read it. */
export interface QuestionForNotification {
  questionId: string;
  /** Null once the account that asked is erased. */
  askerAccountId: string | null;
  /** The councils it was put to (a case study's authors, a component's maintainers and willing adopters). */
  councilCodes: string[];
  /** Asked as officers-only: the question and its answers are for verified officers. */
  officersOnly: boolean;
  /** What it is asked about, for the notification's title and link. */
  subjectTitle: string;
  url: string;
  /**
   * Officers "ask the adopters" already emailed this question directly: they
   * are told in the app, but not emailed it a second time. None when absent.
   */
  emailedAccountIds?: string[];
}

/**
 * Where the feature that holds questions says who asked what of whom, so
 * notifications can tell the council of a question and the asker of an
 * answer without importing that feature. Provided by the questions feature.
 */
export abstract class QuestionDirectory {
  abstract find(questionId: string): Promise<QuestionForNotification | null>;
}
