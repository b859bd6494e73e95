/** A question as the questions pieces show it (the data-access hook makes them). */
export interface QuestionItem {
  id: string;
  /** Plain text; line breaks are shown. */
  text: string;
  visibility: 'PUBLIC' | 'OFFICERS';
  /** ISO date and time. */
  askedAt: string;
  askerCouncilName: string | null;
  canAnswer: boolean;
  answers: { id: string; text: string; councilName: string; answeredAt: string }[];
}
