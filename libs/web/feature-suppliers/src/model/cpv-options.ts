import { CPV_CODES } from '@lgx/shared/domain';

/** The CPV categories as select options, with a prompt first. */
export const CPV_OPTIONS = [
  { value: '', label: 'Choose a category' },
  ...CPV_CODES.map((entry) => ({ value: entry.code, label: `${entry.code} ${entry.label}` })),
];
