import { useSubjectQuestions } from '@lgx/web/data-access';
import { QuestionsPanel } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';

/** The component's questions to its maintainers and adopters, and their answers (decision 0047). */
export function ComponentQuestions({ componentId }: { componentId: string }) {
  const questions = useSubjectQuestions('COMPONENT', componentId);
  return <QuestionsPanel subjectWords="component" renderLink={routerLink} {...questions} />;
}
