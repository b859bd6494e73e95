import {
  type AdoptionDetailsFragment,
  type ComponentQuery,
  CouncilCaseStudiesDocument,
  RecordAdoptionDocument,
  RemoveAdoptionDocument,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import { type FormProblem, problemsFromError, type ProblemSource, toFormErrors } from '@lgx/web/ui';
import { type FormEvent, useMemo, useState } from 'react';

import { useComponentChanged } from './use-component-changed';

type Component = NonNullable<ComponentQuery['component']>;

/** The ids of the adoption form's fields, which are also their names. */
export const ADOPTION_FIELD_IDS = {
  status: 'adoption-status',
  startedOn: 'adoption-started-on',
  stoppedOn: 'adoption-stopped-on',
  note: 'adoption-note',
  contactOptIn: 'adoption-contact',
  caseStudyId: 'adoption-case-study',
};
const IDS = ADOPTION_FIELD_IDS;

/** The adoption as the form holds it; blanks are not given (null). */
function adoptionFromForm(data: FormData, status: string) {
  return {
    status: status as AdoptionDetailsFragment['status'],
    startedOn: String(data.get(IDS.startedOn) ?? '').trim() || null,
    stoppedOn: String(data.get(IDS.stoppedOn) ?? '').trim() || null,
    note: String(data.get(IDS.note) ?? '').trim() || null,
    contactOptIn: data.get(IDS.contactOptIn) === 'yes',
    caseStudyId: String(data.get(IDS.caseStudyId) ?? '') || null,
  };
}

/** Records, changes or removes how the viewer's council uses a component. */
export function useAdoptionRecord(component: Component, council: { code: string; name: string }) {
  const councilName = council.name;
  const studies = (
    useGraphQLQuery(CouncilCaseStudiesDocument, { councilCode: council.code }).data
      ?.councilCaseStudies ?? []
  ).filter((study) => study.status === 'PUBLISHED');
  const changed = useComponentChanged();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saved, setSaved] = useState<string>();
  const errors = useMemo(() => toFormErrors(problems, IDS), [problems]);
  const record = useGraphQLMutation(RecordAdoptionDocument, {
    onSuccess: async () => {
      await changed();
      setSaved(`${councilName}’s use of ${component.name} has been recorded`);
    },
  });
  const remove = useGraphQLMutation(RemoveAdoptionDocument, {
    onSuccess: async () => {
      await changed();
      setSaved(`${councilName}’s record has been removed`);
    },
  });
  const onError = (error: ProblemSource) => setProblems(problemsFromError(error));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = String(data.get(IDS.status) ?? '');
    const found: FormProblem[] = [];
    if (!status)
      found.push({ field: 'status', message: 'Choose evaluating, in use or stopped using' });
    setProblems(found);
    setSaved(undefined);
    if (found.length > 0) return;
    record.mutate(
      { componentId: component.id, input: adoptionFromForm(data, status) },
      { onError },
    );
  };
  const removeRecord = () => {
    setSaved(undefined);
    remove.mutate({ componentId: component.id }, { onError });
  };

  return { studies, errors, saved, submit, removeRecord, record, remove };
}
