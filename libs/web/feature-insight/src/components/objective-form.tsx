import type { AmbitionMapPartsFragment, StrategicObjective } from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  type FormProblem,
  FormStatus,
  problemsFromError,
  Radios,
  toFormErrors,
} from '@lgx/web/ui';
import { type FormEvent, useMemo, useState } from 'react';

import { useSaveAmbitionObjective } from '../hooks/use-ambition-map';
import {
  fieldIdsFor,
  importanceId,
  problemsBeforeSending,
  readObjectiveForm,
  TECHNOLOGY_KEYS,
} from '../model/ambition-form';
import { IMPORTANCE_ITEMS } from '../model/ambition-labels';
import { TechnologyQuestions } from './technology-questions';

type Objective = AmbitionMapPartsFragment['objectives'][number];

interface ObjectiveFormProps {
  councilCode: string;
  objective: Objective;
  evidenceOptions: readonly { kind: string; id: string | number; title: string }[];
}

/** One objective of the map, saved whole: its importance and a group of questions per technology. */
export function ObjectiveForm({ councilCode, objective, evidenceOptions }: ObjectiveFormProps) {
  const { save, saving } = useSaveAmbitionObjective();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [fieldIds, setFieldIds] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const errors = useMemo(() => toFormErrors(problems, fieldIds), [problems, fieldIds]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const input = readObjectiveForm(
      councilCode,
      objective.objective as StrategicObjective,
      new FormData(event.currentTarget),
    );
    setFieldIds(fieldIdsFor(input));
    setSaved(false);
    const found = problemsBeforeSending(input);
    setProblems(found);
    if (found.length > 0) return;
    try {
      await save(input);
      setSaved(true);
    } catch (error) {
      setProblems(problemsFromError(error as Parameters<typeof problemsFromError>[0]));
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-label={objective.label}>
      <ErrorSummary errors={errors.summary} />
      <Radios
        id={importanceId(objective.objective)}
        name="importance"
        legend={`How important is ${objective.label.toLowerCase()} to your council?`}
        hint="1 is the least important, 5 the most."
        items={IMPORTANCE_ITEMS}
        defaultValue={objective.importance?.toString()}
        error={errors.byField[importanceId(objective.objective)]}
        inline
      />
      {TECHNOLOGY_KEYS.map((technology) => (
        <TechnologyQuestions
          key={technology}
          objective={objective.objective}
          technology={technology}
          cell={objective.cells.find((cell) => cell.technology === technology)}
          evidenceOptions={evidenceOptions}
          errors={errors.byField}
        />
      ))}
      <Button busy={saving}>Save {objective.label.toLowerCase()}</Button>
      <FormStatus busy={saving} label="Saving" />
      <p className="govuk-body" role="status">
        {saved ? `${objective.label}: saved.` : ''}
      </p>
    </form>
  );
}
