import {
  type ComponentQuery,
  CouncilCaseStudiesDocument,
  RecordAdoptionDocument,
  RemoveAdoptionDocument,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import { inputToCheck, mergeProblems, problemsFromError, type ProblemSource } from '@lgx/web/ui';
import { type FormEvent, useMemo, useRef, useState } from 'react';

import {
  ADOPTION_REFUSALS,
  adoptionFormErrors,
  type ReadAdoption,
  readAdoptionForm,
  STAND_IN_FIELDS,
} from '../model/adoption-form-values';
import { useComponentChanged } from './use-component-changed';

type Component = NonNullable<ComponentQuery['component']>;

/** Records, changes or removes how the viewer's council uses a component. */
export function useAdoptionRecord(component: Component, council: { code: string; name: string }) {
  const councilName = council.name;
  const studies = (
    useGraphQLQuery(CouncilCaseStudiesDocument, { councilCode: council.code }).data
      ?.councilCaseStudies ?? []
  ).filter((study) => study.status === 'PUBLISHED');
  const changed = useComponentChanged();
  const [shown, setShown] = useState<Pick<ReadAdoption, 'problems' | 'dateParts'>>({
    problems: [],
    dateParts: {},
  });
  const found = useRef<Pick<ReadAdoption, 'problems' | 'dateParts'>>(shown);
  const [saved, setSaved] = useState<string>();
  const errors = useMemo(() => adoptionFormErrors(shown.problems, shown.dateParts), [shown]);
  const record = useGraphQLMutation(RecordAdoptionDocument, {
    onSuccess: async () => {
      await changed();
      setShown({ problems: [], dateParts: {} });
      setSaved(`${councilName}’s use of ${component.name} has been recorded`);
    },
  });
  const remove = useGraphQLMutation(RemoveAdoptionDocument, {
    onSuccess: async () => {
      await changed();
      setSaved(`${councilName}’s record has been removed`);
    },
  });
  // All problems in one go: the form's own, and the API's about everything else.
  const onError = (error: ProblemSource) => {
    const { problems, dateParts } = found.current;
    const ignored = STAND_IN_FIELDS(problems);
    const answered = problemsFromError(error).filter(
      (problem) => !problem.field || !ignored.includes(problem.field),
    );
    setShown({ problems: mergeProblems(problems, answered), dateParts });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readAdoptionForm(new FormData(event.currentTarget));
    found.current = { problems: read.problems, dateParts: read.dateParts };
    setSaved(undefined);
    const input = inputToCheck(read.input, read.problems, ADOPTION_REFUSALS);
    if (!input) return setShown(found.current);
    record.mutate({ componentId: component.id, input }, { onError });
  };
  const removeRecord = () => {
    setSaved(undefined);
    found.current = { problems: [], dateParts: {} };
    remove.mutate({ componentId: component.id }, { onError });
  };

  return { studies, errors, saved, submit, removeRecord, record, remove };
}
