// Types for GOV.UK's accessible-autocomplete (3.0.1), which ships none: the React build's props LGX uses.
declare module 'accessible-autocomplete/react' {
  import type { ReactElement } from 'react';

  export interface AccessibleAutocompleteProps<Option> {
    id: string;
    source: (query: string, populateResults: (results: Option[]) => void) => void;
    name?: string;
    defaultValue?: string;
    minLength?: number;
    confirmOnBlur?: boolean;
    showNoOptionsFound?: boolean;
    displayMenu?: 'inline' | 'overlay';
    onConfirm?: (confirmed: Option | undefined) => void;
    templates?: {
      inputValue?: (option: Option | undefined) => string;
      suggestion?: (option: Option | string) => string;
    };
    inputClasses?: string | null;
    menuClasses?: string | null;
    menuAttributes?: Record<string, string>;
    tNoResults?: () => string;
    tStatusQueryTooShort?: (minQueryLength: number) => string;
    tStatusNoResults?: () => string;
    tStatusSelectedOption?: (selectedOption: string, length: number, index: number) => string;
    tAssistiveHint?: () => string;
  }

  /** A class component at run time; typed as a function so JSX infers the option type. */
  export default function Autocomplete<Option>(
    props: AccessibleAutocompleteProps<Option>,
  ): ReactElement;
}
