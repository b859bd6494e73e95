import { CONTRACT_VALUE_BANDS, RATING_DIMENSIONS, ROUTES_TO_MARKET } from '@lgx/shared/domain';
import {
  CreateSupplierExperienceDocument,
  SuppliersDocument,
  useGraphQLMutation,
  useGraphQLQuery,
  type Viewer,
} from '@lgx/web/data-access';
import {
  Button,
  DateInput,
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
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ForOfficersOnly, OfficerGate } from '../common/officer-gate';
import { CPV_OPTIONS } from '../directory/new-supplier-page';
import { EXPERIENCE_FIELD_IDS as IDS, readExperienceForm } from './experience-form-values';

const NO_ERRORS: FormErrors = { summary: [], byField: {}, hasErrors: false };

const options = (labels: Record<string, string>, prompt: string) => [
  { value: '', label: prompt },
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

const RATING_ITEMS = [
  { value: '1', label: '1 (poor)' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5 (excellent)' },
];

const RATING_FIELDS: [keyof typeof RATING_DIMENSIONS, string][] = [
  ['delivery', 'ratingDelivery'],
  ['valueForMoney', 'ratingValueForMoney'],
  ['support', 'ratingSupport'],
  ['interoperability', 'ratingInteroperability'],
  ['exitAndDataPortability', 'ratingExitAndDataPortability'],
];

/** Write about a supplier your council uses: one form, checked before and after it is sent. */
export function NewExperiencePage() {
  return (
    <OfficerGate>
      {(viewer) => (viewer.council ? <ExperienceForm viewer={viewer} /> : <ForOfficersOnly />)}
    </OfficerGate>
  );
}

function ExperienceForm({ viewer }: { viewer: Viewer }) {
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const navigate = useNavigate();
  const suppliers = useGraphQLQuery(SuppliersDocument, { query: null, first: 100, after: null });
  usePageTitle('Write about a supplier', errors.hasErrors);
  const create = useGraphQLMutation(CreateSupplierExperienceDocument, {
    onSuccess: ({ createSupplierExperience }) =>
      navigate(`/supplier-experiences/${createSupplierExperience.id}`, {
        state: {
          flash: 'Thank you. A moderator will check your experience before other councils see it.',
        },
      }),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { input, problems } = readExperienceForm(new FormData(event.currentTarget));
    if (problems.length > 0) {
      setErrors(toFormErrors(problems, IDS));
      return;
    }
    setErrors(NO_ERRORS);
    create.mutate(
      { input },
      { onError: (error) => setErrors(toFormErrors(problemsFromError(error), IDS)) },
    );
  };
  if (!suppliers.data) return <Loading label="Loading suppliers" />;
  const supplierOptions = [
    { value: '', label: 'Choose a supplier' },
    ...suppliers.data.suppliers.edges.map(({ node }) => ({ value: node.id, label: node.name })),
  ];
  const error = (field: string) => errors.byField[IDS[field]!];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.summary} />
        <span className="govuk-caption-l">{viewer.council?.name}</span>
        <h1 className="govuk-heading-xl">Write about a supplier</h1>
        <p className="govuk-body">
          Tell other councils what you bought and how it went. Only verified council officers can
          read it, and a moderator checks it first. Do not name members of staff.
        </p>
        <form onSubmit={onSubmit} noValidate>
          <h2 className="govuk-heading-m">What you bought</h2>
          <Select
            id="supplierId"
            name="supplierId"
            label="Supplier"
            options={supplierOptions}
            defaultValue={params.get('supplier') ?? ''}
            error={error('supplierId')}
            hint={
              <>
                Not listed?{' '}
                <Link className="govuk-link" to="/suppliers/new?then=experience">
                  Add the supplier
                </Link>
              </>
            }
          />
          <TextInput id="product" label="Product or service" error={error('product')} />
          <Select
            id="cpvCode"
            name="cpvCode"
            label="Category"
            hint="From the Common Procurement Vocabulary (CPV)"
            options={CPV_OPTIONS}
            error={error('cpvCode')}
          />
          <DateInput
            id="contractStart"
            legend="When did the contract start?"
            hint="For example, 1 4 2021"
            error={error('contractStart')}
          />
          <DateInput
            id="contractEnd"
            legend="When does (or did) the contract end?"
            hint="Without extensions. For example, 31 3 2026"
            error={error('contractEnd')}
          />
          <Radios
            id="isCurrent"
            name="isCurrent"
            legend="Is the contract current?"
            items={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            error={error('isCurrent')}
          />
          <TextInput
            id="extensionOptions"
            label="Extension options (optional)"
            hint="For example, two one-year extensions"
            error={error('extensionOptions')}
          />
          <Select
            id="valueBand"
            name="valueBand"
            label="Whole-life contract value"
            options={options(CONTRACT_VALUE_BANDS, 'Choose a value band')}
            error={error('valueBand')}
          />
          <Select
            id="routeToMarket"
            name="routeToMarket"
            label="Route to market"
            options={options(ROUTES_TO_MARKET, 'Choose a route')}
            error={error('routeToMarket')}
          />
          <TextInput
            id="frameworkName"
            label="Framework (for framework routes)"
            hint="For example, G-Cloud 14"
            error={error('frameworkName')}
          />
          <TextInput
            id="frameworkLot"
            label="Lot (optional)"
            hint="For example, Lot 2: cloud software"
            error={error('frameworkLot')}
          />
          <h2 className="govuk-heading-m">How it went</h2>
          {RATING_FIELDS.map(([dimension, field]) => (
            <Radios
              key={field}
              id={field}
              name={field}
              legend={`${RATING_DIMENSIONS[dimension]}: your rating`}
              items={RATING_ITEMS}
              error={error(field)}
            />
          ))}
          <Radios
            id="wouldBuyAgain"
            name="wouldBuyAgain"
            legend="Would you buy it again?"
            items={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            error={error('wouldBuyAgain')}
          />
          <Textarea id="whatWorked" label="What worked" rows={4} error={error('whatWorked')} />
          <Textarea
            id="whatDidNotWork"
            label="What did not work"
            rows={4}
            error={error('whatDidNotWork')}
          />
          <Textarea id="advice" label="Advice to other councils" rows={4} error={error('advice')} />
          <Radios
            id="attribution"
            name="attribution"
            legend="How should other councils see who wrote it?"
            items={[
              { value: 'NAMED', label: `Name ${viewer.council?.name ?? 'my council'}` },
              {
                value: 'ANONYMISED',
                label: 'Show only the type of council and region',
                hint: 'For example, “a district council in the East Midlands”',
              },
            ]}
            error={error('attribution')}
          />
          <Button busy={create.isPending}>Send for moderation</Button>
        </form>
      </div>
    </div>
  );
}
