import type { ComponentQuery } from '@lgx/web/data-access';
import { Button, ErrorSummary, NotificationBanner } from '@lgx/web/ui';

import { useAdoptionRecord } from '../hooks/use-adoption-record';
import { AdoptionFields } from './adoption-fields';

type Component = NonNullable<ComponentQuery['component']>;

/** "We use this": an officer records how their own council uses the component. */
export function WeUseThis({
  component,
  council,
}: {
  component: Component;
  council: { code: string; name: string };
}) {
  const councilName = council.name;
  const mine = component.myAdoption;
  const { studies, errors, saved, submit, removeRecord, record, remove } = useAdoptionRecord(
    component,
    council,
  );
  return (
    <div className="lgx-no-print">
      <h3 className="govuk-heading-m" id="we-use-this">
        Does {councilName} use this?
      </h3>
      {saved && <NotificationBanner success heading={saved} />}
      <ErrorSummary errors={errors.summary} />
      <form noValidate onSubmit={submit} aria-labelledby="we-use-this">
        <AdoptionFields councilName={councilName} mine={mine} studies={studies} errors={errors} />
        <div className="govuk-button-group">
          <Button busy={record.isPending}>{mine ? 'Update our record' : 'We use this'}</Button>
          {mine && (
            <Button
              type="button"
              variant="secondary"
              busy={remove.isPending}
              onClick={removeRecord}
            >
              Remove our record
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
