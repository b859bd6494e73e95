import { Select } from '@lgx/web/ui';

import { evidenceValue } from '../model/ambition-form';

interface EvidenceChooserProps {
  id: string;
  name: string;
  technologyLabel: string;
  /** The chosen evidence's value, or '' for none. */
  value: string;
  options: readonly { kind: string; id: string | number; title: string }[];
  error?: string;
}

/** The council's own published case studies and component adoptions, to point a cell to one. */
export function EvidenceChooser({
  id,
  name,
  technologyLabel,
  value,
  options,
  error,
}: EvidenceChooserProps) {
  return (
    <Select
      id={id}
      name={name}
      label={`Evidence for ${technologyLabel}`}
      hint="One of your council's published case studies or component adoptions."
      defaultValue={value}
      error={error}
      options={[
        { value: '', label: 'None chosen' },
        ...options.map((option) => ({
          value: evidenceValue(option),
          label: `${option.kind === 'CASE_STUDY' ? 'Case study' : 'Component'}: ${option.title}`,
        })),
      ]}
    />
  );
}
