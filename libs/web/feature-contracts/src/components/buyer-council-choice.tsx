import { Autocomplete, Button } from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';

import type { BuyerDecisionRequest } from '../hooks/use-buyer-decision';
import { searchBuyerCouncils } from '../model/buyer-council-options';

interface Candidate {
  code: string;
  officialName: string;
  current: boolean;
}

/** The id of a buyer's council field: name keys are lower-case words and digits. */
export const councilFieldId = (nameKey: string) => `council-${nameKey.replace(/[^a-z0-9]+/g, '-')}`;

/**
 * How an admin decides one buyer name: one of its candidate councils at a
 * press, any council of the register by its name, or not a council at all.
 */
export function BuyerCouncilChoice({
  nameKey,
  buyerName,
  candidates,
  busy,
  error,
  onDecide,
}: {
  nameKey: string;
  buyerName: string;
  candidates: Candidate[];
  busy: boolean;
  /** The API's problem with the council chosen. */
  error?: string;
  onDecide: (request: BuyerDecisionRequest) => void;
}) {
  const [unchosen, setUnchosen] = useState(false);
  const fieldId = councilFieldId(nameKey);
  // A decision sent another way leaves no "choose a council" behind.
  const send = (request: BuyerDecisionRequest) => {
    setUnchosen(false);
    onDecide(request);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const councilCode = String(new FormData(event.currentTarget).get('councilCode') ?? '');
    if (councilCode) send({ kind: 'match', nameKey, councilCode });
    else setUnchosen(true);
  };
  const forBuyer = <span className="govuk-visually-hidden"> for {buyerName}</span>;

  return (
    <form noValidate onSubmit={onSubmit}>
      {candidates.length > 0 && (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Councils it might be
          </legend>
          <div className="govuk-button-group">
            {candidates.map((council) => (
              <Button
                key={council.code}
                type="button"
                variant="secondary"
                busy={busy}
                onClick={() => send({ kind: 'match', nameKey, councilCode: council.code })}
              >
                {`Match to ${council.officialName}${council.current ? '' : ' (former council)'}`}
                {forBuyer}
              </Button>
            ))}
          </div>
        </fieldset>
      )}
      <Autocomplete
        id={fieldId}
        name="councilCode"
        label={candidates.length > 0 ? 'Another council' : 'Which council is it?'}
        labelClassName="govuk-label--s"
        hint="Start typing its name and choose it from the list. Former councils are listed too."
        search={searchBuyerCouncils}
        noResults="No council in the register matches"
        error={unchosen ? 'Choose a council from the list' : error}
      />
      <div className="govuk-button-group">
        <Button busy={busy}>Match to the chosen council{forBuyer}</Button>
        <Button
          type="button"
          variant="warning"
          busy={busy}
          onClick={() => send({ kind: 'reject', nameKey })}
        >
          Not a council{forBuyer}
        </Button>
      </div>
    </form>
  );
}
