import { SupplierModerationQueueDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { Loading, NotificationBanner, usePageTitle } from '@lgx/web/ui';
import { useState } from 'react';

import { ConcernCard } from '../components/concern-card';
import { OfficerGate, QueryProblem } from '../components/officer-gate';
import { SubmittedCard } from '../components/submitted-card';

/** The moderators' queue: new experiences to publish, and concerns and complaints to resolve. */
export function ModerationPage() {
  return <OfficerGate moderatorsOnly>{() => <Queue />}</OfficerGate>;
}

function Queue() {
  usePageTitle('Moderation queue');
  const [done, setDone] = useState<string | undefined>();
  const { data, error } = useGraphQLQuery(SupplierModerationQueueDocument, {});
  if (error) return <QueryProblem error={error} />;
  if (!data) return <Loading label="Loading the queue" />;
  const { submitted, concerns } = data.supplierModerationQueue;
  return (
    <>
      {done && <NotificationBanner success heading={done} />}
      <h1 className="govuk-heading-xl">Moderation queue</h1>
      <h2 className="govuk-heading-l">Concerns and complaints ({concerns.length})</h2>
      {concerns.length === 0 ? (
        <p className="govuk-body">No open concerns.</p>
      ) : (
        concerns.map((concern) => (
          <ConcernCard key={concern.id} concern={concern} onDone={setDone} />
        ))
      )}
      <h2 className="govuk-heading-l">New experiences ({submitted.length})</h2>
      {submitted.length === 0 ? (
        <p className="govuk-body">Nothing waiting for moderation.</p>
      ) : (
        submitted.map((experience) => (
          <SubmittedCard key={experience.id} experience={experience} onDone={setDone} />
        ))
      )}
    </>
  );
}
