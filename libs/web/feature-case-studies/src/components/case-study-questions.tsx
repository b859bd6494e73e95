import { useSubjectQuestions } from '@lgx/web/data-access';
import { QuestionsPanel } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';

/** The case study's questions to its councils, and their answers (decision 0047). */
export function CaseStudyQuestions({ caseStudyId }: { caseStudyId: string }) {
  const questions = useSubjectQuestions('CASE_STUDY', caseStudyId);
  return <QuestionsPanel subjectWords="case study" renderLink={routerLink} {...questions} />;
}
