import { contractsText, decisionText, outcomeMessage } from './buyer-decision-text';

describe('buyer decision text', () => {
  it('counts contracts', () => {
    expect(contractsText(1)).toBe('1 contract');
    expect(contractsText(1200)).toBe('1,200 contracts');
  });

  it('names the decision, saying when the council is a former one', () => {
    expect(decisionText({ council: null })).toBe('Not a council');
    expect(decisionText({ council: { officialName: 'Derby City Council', current: true } })).toBe(
      'Derby City Council',
    );
    expect(
      decisionText({ council: { officialName: 'Forest Heath District Council', current: false } }),
    ).toBe('Forest Heath District Council (former council)');
  });

  it('tells the admin what a decision did, and what an identifier kept', () => {
    const base = { buyerName: 'Derby CC', processesChanged: 3, processesMatchedByIdentifier: 0 };
    expect(
      outcomeMessage({
        ...base,
        decision: { council: { officialName: 'Derby City Council' }, notACouncil: false },
      }),
    ).toBe('“Derby CC” is now matched to Derby City Council: 3 contracts updated.');
    expect(
      outcomeMessage({
        ...base,
        processesMatchedByIdentifier: 1,
        decision: { council: null, notACouncil: true },
      }),
    ).toBe(
      '“Derby CC” is now recorded as not a council: 3 contracts updated. 1 contract kept the council their buyer identifier names.',
    );
    expect(outcomeMessage({ ...base, processesChanged: 1, decision: null })).toBe(
      'The decision for “Derby CC” was undone: 1 contract updated.',
    );
  });
});
