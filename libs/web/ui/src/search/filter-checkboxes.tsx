import { startTransition, useOptimistic, useState } from 'react';

import { Fieldset } from '../components/fieldset';

export interface FilterCheckboxOption {
  value: string;
  label: string;
  /** Results with this value; left out when not known. */
  count?: number;
  checked: boolean;
}

interface FilterCheckboxesProps {
  /** Prefix of each checkbox's id. */
  id: string;
  legend: string;
  hint?: string;
  options: FilterCheckboxOption[];
  /** Applies a change; while its promise is pending the box shows the change already. */
  onChange: (value: string, checked: boolean) => void | Promise<void>;
  /** Past this many options, the rest wait behind a "Show all" button (ticked ones always show). */
  collapseAfter?: number;
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** An id-safe form of a value: HTML ids may hold anything but white space. */
const idPart = (value: string) => value.trim().replace(/\s+/g, '-');

/**
 * Small GOV.UK checkboxes in a fieldset with a legend, for filtering results
 * as they are ticked: "East Midlands (45)". Controlled, so the address can
 * drive them (back and forward).
 */
export function FilterCheckboxes({
  id,
  legend,
  hint,
  options,
  onChange,
  collapseAfter = 10,
}: FilterCheckboxesProps) {
  const [expanded, setExpanded] = useState(false);
  // Shown ticked at once, while the page moves to the filtered address (a transition).
  const [shownOptions, tick] = useOptimistic(
    options,
    (current, change: { value: string; checked: boolean }) =>
      current.map((option) =>
        option.value === change.value ? { ...option, checked: change.checked } : option,
      ),
  );
  const change = (value: string, checked: boolean) =>
    startTransition(async () => {
      tick({ value, checked });
      await onChange(value, checked);
    });
  const collapsible = options.length > collapseAfter + 2;
  const shown =
    collapsible && !expanded
      ? shownOptions.filter((option, index) => index < collapseAfter || option.checked)
      : shownOptions;
  const listId = `${id}-options`;
  return (
    <Fieldset
      id={id}
      legend={legend}
      legendClassName="govuk-fieldset__legend--s"
      hint={hint}
      groupClassName="lgx-filter"
    >
      <div
        className="govuk-checkboxes govuk-checkboxes--small"
        data-module="govuk-checkboxes"
        id={listId}
      >
        {shown.map((option) => {
          const itemId = `${id}-${idPart(option.value)}`;
          return (
            <div className="govuk-checkboxes__item" key={option.value}>
              <input
                className="govuk-checkboxes__input"
                id={itemId}
                type="checkbox"
                value={option.value}
                checked={option.checked}
                onChange={(event) => change(option.value, event.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                {option.count === undefined
                  ? option.label
                  : `${option.label} (${numberFormat.format(option.count)})`}
              </label>
            </div>
          );
        })}
      </div>
      {collapsible && (
        <button
          type="button"
          className="lgx-link-button lgx-filter__toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show all ${options.length}`}
          <span className="govuk-visually-hidden"> {legend.toLowerCase()} options</span>
        </button>
      )}
    </Fieldset>
  );
}
