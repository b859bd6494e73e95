import type { ReactNode } from 'react';

import { ScrollBox } from './scroll-box';

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

export interface TableRow {
  key: string;
  cells: ReactNode[];
}

/**
 * A GOV.UK table with a caption (visible, or for screen readers only) and a
 * header row, in a box of its own that scrolls sideways on a narrow screen.
 */
export function Table({
  caption,
  captionHidden = false,
  columns,
  rows,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: TableColumn[];
  rows: TableRow[];
}) {
  const numeric = (index: number) => columns[index]?.numeric;
  return (
    <ScrollBox label={caption}>
      <table className="govuk-table">
        <caption
          className={`govuk-table__caption ${captionHidden ? 'govuk-visually-hidden' : 'govuk-table__caption--m'}`}
        >
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th
                scope="col"
                key={column.label}
                className={`govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              {row.cells.map((cell, index) => (
                <td
                  // A cell's identity is its column.
                  key={index}
                  className={`govuk-table__cell${numeric(index) ? ' govuk-table__cell--numeric' : ''}`}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
