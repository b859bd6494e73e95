import { CPV_CODES, GROUP_VISIBILITIES, PROCUREMENT_ROUTES } from '@lgx/shared/domain';
import {
  type GraphQLRequestError,
  isEditorOf,
  signInPath,
  StartProcurementGroupDocument,
  useGraphQLMutation,
  useViewer,
} from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  type FormErrors,
  Loading,
  problemsFromError,
  Radios,
  Select,
  Textarea,
  TextInput,
  toFormErrors,
  usePageTitle,
} from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';

import { useGroupsChanged } from '../use-groups-changed';

/** The API's field names, mapped to input ids in the order they appear. */
export const GROUP_FIELD_IDS = {
  title: 'title',
  need: 'need',
  cpvCode: 'cpv-code',
  estimatedValuePerCouncil: 'value-per-council',
  estimatedTotalValue: 'total-value',
  desiredStart: 'desired-start',
  route: 'route',
  frameworkName: 'framework-name',
  frameworkLot: 'framework-lot',
  minimumCouncils: 'minimum-councils',
  visibility: 'visibility',
  interestClosesOn: 'interest-closes-on',
} as const;

const NO_ERRORS: FormErrors = { summary: [], byField: {}, hasErrors: false };
const CPV_OPTIONS = [
  { value: '', label: 'Choose a category' },
  ...CPV_CODES.map((entry) => ({ value: entry.code, label: `${entry.code} ${entry.label}` })),
];

/** Start a procurement group led by the editor's council. */
export function StartGroupPage() {
  const { data } = useViewer();
  const navigate = useNavigate();
  const changed = useGroupsChanged();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const start = useGraphQLMutation(StartProcurementGroupDocument, {
    onSuccess: async ({ startProcurementGroup }) => {
      await changed();
      navigate(`/procurement-groups/${startProcurementGroup.id}`, {
        state: { flash: 'Your group has started. Invite councils, or share its link.' },
      });
    },
  });
  usePageTitle('Start a procurement group', errors.hasErrors);

  if (!data) return <Loading label="Checking you are signed in" />;
  const viewer = data.viewer;
  if (!viewer.account) return <Navigate to={signInPath('/procurement-groups/new')} replace />;
  if (!viewer.council || !isEditorOf(viewer, viewer.council.code))
    return (
      <>
        <h1 className="govuk-heading-l">You cannot start a group</h1>
        <p className="govuk-body">
          Starting a procurement group needs the editor role in your council. Ask your council’s LGX
          admin.
        </p>
      </>
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const minimum = Number.parseInt(text('minimumCouncils'), 10);
    start.mutate(
      {
        input: {
          title: text('title'),
          need: text('need'),
          cpvCode: text('cpvCode'),
          estimatedValuePerCouncil: text('estimatedValuePerCouncil') || null,
          estimatedTotalValue: text('estimatedTotalValue') || null,
          desiredStart: text('desiredStart'),
          route: text('route'),
          frameworkName: text('frameworkName') || null,
          frameworkLot: text('frameworkLot') || null,
          minimumCouncils: Number.isNaN(minimum) ? 0 : minimum,
          visibility: text('visibility'),
          interestClosesOn: text('interestClosesOn'),
        },
      },
      {
        onError: (error: GraphQLRequestError) =>
          setErrors(toFormErrors(problemsFromError(error), GROUP_FIELD_IDS)),
      },
    );
  };
  const e = errors.byField;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.summary} />
        <span className="govuk-caption-l">{viewer.council.name}</span>
        <h1 className="govuk-heading-xl">Start a procurement group</h1>
        <p className="govuk-body">
          Say what your council needs, so councils with the same need can join and buy together.
          Your council leads the group.
        </p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="title"
            name="title"
            label="Title"
            error={e['title']}
            hint="For example, AI digital assistant"
          />
          <Textarea
            id="need"
            name="need"
            label="The need, in plain words"
            rows={5}
            error={e['need']}
          />
          <Select
            id="cpv-code"
            name="cpvCode"
            label="Category (CPV code)"
            options={CPV_OPTIONS}
            error={e['cpv-code']}
          />
          <TextInput
            id="value-per-council"
            name="estimatedValuePerCouncil"
            label="Estimated value per council, in pounds (optional)"
            hint="For example, 250000 or 1.5m"
            inputMode="decimal"
            className="govuk-input--width-10"
            error={e['value-per-council']}
          />
          <TextInput
            id="total-value"
            name="estimatedTotalValue"
            label="Estimated total value, in pounds (optional)"
            inputMode="decimal"
            className="govuk-input--width-10"
            error={e['total-value']}
          />
          <TextInput
            id="desired-start"
            name="desiredStart"
            type="date"
            label="Desired contract start"
            hint="For example, 2027-04-01"
            className="govuk-input--width-10"
            error={e['desired-start']}
          />
          <Radios
            id="route"
            name="route"
            legend="Preferred route to market"
            error={e['route']}
            defaultValue="OPEN_PROCEDURE"
            items={Object.entries(PROCUREMENT_ROUTES).map(([value, label]) => ({ value, label }))}
          />
          <TextInput
            id="framework-name"
            name="frameworkName"
            label="Framework (for an existing framework only)"
            hint="For example, G-Cloud 14"
            error={e['framework-name']}
          />
          <TextInput
            id="framework-lot"
            name="frameworkLot"
            label="Lot (for an existing framework only)"
            error={e['framework-lot']}
          />
          <TextInput
            id="minimum-councils"
            name="minimumCouncils"
            label="Minimum number of councils for the bid to go ahead"
            inputMode="numeric"
            className="govuk-input--width-3"
            defaultValue="2"
            error={e['minimum-councils']}
          />
          <Radios
            id="visibility"
            name="visibility"
            legend="Who can join"
            error={e['visibility']}
            defaultValue="OPEN"
            items={Object.entries(GROUP_VISIBILITIES).map(([value, label]) => ({
              value,
              label,
              hint:
                value === 'OPEN'
                  ? 'Any council finds it in search and can join'
                  : 'Only councils you invite or accept; others cannot find it',
            }))}
          />
          <TextInput
            id="interest-closes-on"
            name="interestClosesOn"
            type="date"
            label="Closing date for expressions of interest"
            className="govuk-input--width-10"
            error={e['interest-closes-on']}
          />
          <div className="govuk-button-group">
            <Button busy={start.isPending}>Start the group</Button>
            <Link className="govuk-link" to="/procurement-groups">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
