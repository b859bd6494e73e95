import type { ChangedLine } from '../model/describe-change';

/** One line of a changed field: removed, added or kept, said in words for screen readers. */
export function ChangedLineItem({ line }: { line: ChangedLine }) {
  if (line.kind === 'removed')
    return (
      <li className="lgx-diff__line lgx-diff__line--removed">
        <del>
          <span className="govuk-visually-hidden">removed: </span>
          {line.text || ' '}
        </del>
      </li>
    );
  if (line.kind === 'added')
    return (
      <li className="lgx-diff__line lgx-diff__line--added">
        <ins>
          <span className="govuk-visually-hidden">added: </span>
          {line.text || ' '}
        </ins>
      </li>
    );
  return <li className="lgx-diff__line">{line.text || ' '}</li>;
}
