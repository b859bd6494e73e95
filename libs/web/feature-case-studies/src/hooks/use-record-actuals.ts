import {
  queryKey,
  QueryKeys,
  RecordCaseStudyActualsDocument,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';

/** The fields of the actuals form, by the name the API gives a problem. */
export const ACTUALS_FIELD_IDS = {
  checkIn: 'actuals-check-in',
  reportedAt: 'actuals-reported-at',
  investmentToDate: 'actuals-investment',
  runningCostPerYear: 'actuals-running-cost',
  cashableSavingsPerYear: 'actuals-savings',
  note: 'actuals-note',
} as const;

/**
 * Records a check-in's actuals from the form, then refreshes the case study;
 * the API's problems by field, and a status line read out when saved.
 */
export function useRecordActuals(caseStudyId: string) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const mutation = useGraphQLMutation(RecordCaseStudyActualsDocument, {
    onSuccess: async (_data, variables) => {
      setStatus(`The ${variables.checkIn} month actuals are saved.`);
      await queryClient.invalidateQueries({
        queryKey: queryKey(QueryKeys.CaseStudy, { id: caseStudyId }),
      });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (id: string) => String(form.get(id) ?? '').trim() || null;
    setStatus('');
    mutation.mutate({
      caseStudyId,
      checkIn: Number(form.get(ACTUALS_FIELD_IDS.checkIn)),
      figures: {
        reportedAt: value(ACTUALS_FIELD_IDS.reportedAt),
        investmentToDate: value(ACTUALS_FIELD_IDS.investmentToDate),
        runningCostPerYear: value(ACTUALS_FIELD_IDS.runningCostPerYear),
        cashableSavingsPerYear: value(ACTUALS_FIELD_IDS.cashableSavingsPerYear),
        note: value(ACTUALS_FIELD_IDS.note),
      },
    });
  };
  const error = mutation.error;
  /** The API's message for a field, if it named one. */
  const problem = (field: string) =>
    error?.fields.find((candidate) => candidate.field === field)?.message;
  return { submit, status, busy: mutation.isPending, error, problem };
}
