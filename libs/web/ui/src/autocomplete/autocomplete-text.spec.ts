import { confirmedOption, describedByIds, escapeHtml, suggestionHtml } from './autocomplete-text';

const capita = { value: 'c1', label: 'Capita plc', detail: '02081330' };

describe('autocomplete text', () => {
  it('shows a suggestion with its detail, and never as markup', () => {
    expect(suggestionHtml(capita)).toBe(
      'Capita plc <span class="lgx-autocomplete__detail">02081330</span>',
    );
    expect(suggestionHtml({ value: 'x', label: '<img src=x onerror=alert(1)> & "Co"' })).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;',
    );
    expect(escapeHtml("O'Neill")).toBe('O&#39;Neill');
    expect(suggestionHtml('No results')).toBe('No results');
  });

  it('describes the input by its hint and error as well as the autocomplete’s instructions', () => {
    const both = { hint: true, error: true };
    expect(describedByIds('supplierId__assistiveHint', 'supplierId', both)).toBe(
      'supplierId-hint supplierId-error supplierId__assistiveHint',
    );
    expect(describedByIds(null, 'supplierId', { hint: true, error: false })).toBe(
      'supplierId-hint',
    );
    // An error put right leaves; ids already there are not repeated.
    expect(
      describedByIds('supplierId-hint supplierId-error supplierId__assistiveHint', 'supplierId', {
        hint: true,
        error: false,
      }),
    ).toBe('supplierId-hint supplierId__assistiveHint');
  });

  it('keeps a choice while the text names it, and drops it once the text is changed', () => {
    const other = { value: 'n1', label: 'Northgate' };
    expect(confirmedOption(other, capita, 'Capita plc')).toBe(other);
    expect(confirmedOption(undefined, capita, 'Capita plc ')).toBe(capita);
    expect(confirmedOption(undefined, capita, 'Capita')).toBeNull();
    expect(confirmedOption(undefined, null, 'Capita plc')).toBeNull();
  });
});
