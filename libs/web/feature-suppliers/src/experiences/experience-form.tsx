import { CONTRACT_VALUE_BANDS, RATING_DIMENSIONS, ROUTES_TO_MARKET } from '@lgx/shared/domain';
import {
  type ExperienceDetailsFragment,
  type SupplierExperienceInput,
  SupplierNameDocument,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import {
  Autocomplete,
  Button,
  DateInput,
  type DateParts,
  ErrorSummary,
  type FormErrors,
  Loading,
  Radios,
  Select,
  Textarea,
  TextInput,
} from '@lgx/web/ui';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';

import { CPV_OPTIONS } from '../directory/new-supplier-page';
import {
  EXPERIENCE_FIELD_IDS as IDS,
  readExperienceForm,
  type ReadProblem,
} from './experience-form-values';
import { searchSuppliers } from './supplier-options';

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

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const yesNo = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? 'yes' : 'no';

function dateParts(iso: string | undefined): DateParts | undefined {
  if (!iso) return undefined;
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year ?? '' };
}

interface ExperienceFormProps {
  councilName: string;
  /** An experience being changed; a new one starts empty. */
  experience?: ExperienceDetailsFragment;
  supplierId?: string;
  errors: FormErrors;
  busy: boolean;
  submitLabel: string;
  onSubmit: (read: { input: SupplierExperienceInput; problems: ReadProblem[] }) => void;
  children?: ReactNode;
}

/** Every question of a supplier experience on one page, with the error summary at the top. */
export function ExperienceForm({
  councilName,
  experience,
  supplierId,
  errors,
  busy,
  submitLabel,
  onSubmit,
  children,
}: ExperienceFormProps) {
  // A supplier chosen on its page comes preselected.
  const chosen = useGraphQLQuery(
    SupplierNameDocument,
    { id: supplierId ?? '' },
    { enabled: Boolean(supplierId) && !experience },
  );
  if (supplierId && !experience && chosen.isPending && !chosen.error)
    return <Loading label="Loading the supplier" />;
  const picked = chosen.data?.supplier;
  const supplier = experience
    ? { value: experience.supplierId, label: experience.supplierName }
    : picked
      ? { value: picked.id, label: picked.name }
      : null;
  const error = (field: string) => errors.byField[IDS[field]!];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(readExperienceForm(new FormData(event.currentTarget)));
  };
  const ratings = experience?.ratings as Record<string, number> | undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.summary} />
        {children}
        <form onSubmit={submit} noValidate>
          <h2 className="govuk-heading-m">What you bought</h2>
          <Autocomplete
            id={IDS['supplierId']!}
            name="supplierId"
            label="Supplier"
            search={searchSuppliers}
            defaultOption={supplier}
            error={error('supplierId')}
            noResults="No suppliers match"
            hint={
              <>
                Start typing its name and choose it from the list. Not listed?{' '}
                <Link className="govuk-link" to="/suppliers/new?then=experience">
                  Add the supplier
                </Link>
              </>
            }
          />
          <TextInput
            id="product"
            label="Product or service"
            defaultValue={experience?.product}
            error={error('product')}
          />
          <Select
            id="cpvCode"
            name="cpvCode"
            label="Category"
            hint="From the Common Procurement Vocabulary (CPV)"
            options={CPV_OPTIONS}
            defaultValue={experience?.category.code ?? ''}
            error={error('cpvCode')}
          />
          <DateInput
            id="contractStart"
            legend="When did the contract start?"
            hint="For example, 1 4 2021"
            defaultValue={dateParts(experience?.contractStart)}
            error={error('contractStart')}
          />
          <DateInput
            id="contractEnd"
            legend="When does (or did) the contract end?"
            hint="Without extensions. For example, 31 3 2026"
            defaultValue={dateParts(experience?.contractEnd)}
            error={error('contractEnd')}
          />
          <Radios
            id="isCurrent"
            name="isCurrent"
            legend="Is the contract current?"
            items={YES_NO}
            defaultValue={yesNo(experience?.isCurrent)}
            error={error('isCurrent')}
          />
          <TextInput
            id="extensionOptions"
            label="Extension options (optional)"
            hint="For example, two one-year extensions"
            defaultValue={experience?.extensionOptions}
            error={error('extensionOptions')}
          />
          <Select
            id="valueBand"
            name="valueBand"
            label="Whole-life contract value"
            options={options(CONTRACT_VALUE_BANDS, 'Choose a value band')}
            defaultValue={experience?.valueBand.key ?? ''}
            error={error('valueBand')}
          />
          <Select
            id="routeToMarket"
            name="routeToMarket"
            label="Route to market"
            options={options(ROUTES_TO_MARKET, 'Choose a route')}
            defaultValue={experience?.routeToMarket.key ?? ''}
            error={error('routeToMarket')}
          />
          <TextInput
            id="frameworkName"
            label="Framework (for framework routes)"
            hint="For example, G-Cloud 14"
            defaultValue={experience?.frameworkName ?? undefined}
            error={error('frameworkName')}
          />
          <TextInput
            id="frameworkLot"
            label="Lot (optional)"
            hint="For example, Lot 2: cloud software"
            defaultValue={experience?.frameworkLot ?? undefined}
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
              defaultValue={ratings ? String(ratings[dimension]) : undefined}
              error={error(field)}
            />
          ))}
          <Radios
            id="wouldBuyAgain"
            name="wouldBuyAgain"
            legend="Would you buy it again?"
            items={YES_NO}
            defaultValue={yesNo(experience?.wouldBuyAgain)}
            error={error('wouldBuyAgain')}
          />
          <Textarea
            id="whatWorked"
            label="What worked"
            rows={4}
            defaultValue={experience?.whatWorked}
            error={error('whatWorked')}
          />
          <Textarea
            id="whatDidNotWork"
            label="What did not work"
            rows={4}
            defaultValue={experience?.whatDidNotWork}
            error={error('whatDidNotWork')}
          />
          <Textarea
            id="advice"
            label="Advice to other councils"
            rows={4}
            defaultValue={experience?.advice}
            error={error('advice')}
          />
          <Radios
            id="attribution"
            name="attribution"
            legend="How should other councils see who wrote it?"
            items={[
              { value: 'NAMED', label: `Name ${councilName}` },
              {
                value: 'ANONYMISED',
                label: 'Do not name us: describe us only as at least 5 councils could be',
                hint: 'By type of council and region where at least 5 councils share them (“a district council in the East Midlands”), otherwise more broadly (“a county council”, “a council in Wales”)',
              },
            ]}
            defaultValue={experience?.attribution}
            error={error('attribution')}
          />
          <Button busy={busy}>{submitLabel}</Button>
        </form>
      </div>
    </div>
  );
}
