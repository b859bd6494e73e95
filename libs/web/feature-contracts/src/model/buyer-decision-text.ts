/** What a decision did, as the API reports it. */
export interface DecisionOutcome {
  buyerName: string;
  processesChanged: number;
  processesMatchedByIdentifier: number;
  decision: { council: { officialName: string } | null; notACouncil: boolean } | null;
}

/** "1 contract", "3 contracts". */
export const contractsText = (count: number) =>
  `${count.toLocaleString('en-GB')} contract${count === 1 ? '' : 's'}`;

/** The decision in a few words, for the decisions list. */
export function decisionText(decision: {
  council: { officialName: string; current: boolean } | null;
}): string {
  if (!decision.council) return 'Not a council';
  return decision.council.current
    ? decision.council.officialName
    : `${decision.council.officialName} (former council)`;
}

/** What the admin is told once a decision (or its undoing) is applied. */
export function outcomeMessage(outcome: DecisionOutcome): string {
  const name = `“${outcome.buyerName}”`;
  const changed = `${contractsText(outcome.processesChanged)} updated`;
  const kept =
    outcome.processesMatchedByIdentifier > 0
      ? ` ${contractsText(outcome.processesMatchedByIdentifier)} kept the council their buyer identifier names.`
      : '';
  if (!outcome.decision) return `The decision for ${name} was undone: ${changed}.${kept}`;
  if (outcome.decision.council)
    return `${name} is now matched to ${outcome.decision.council.officialName}: ${changed}.${kept}`;
  return `${name} is now recorded as not a council: ${changed}.${kept}`;
}
