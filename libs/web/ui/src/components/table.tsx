import type { ReactNode } from 'react';

import { ScrollBox } from './scroll-box';

export interface TableColumn {
  label: string;
  numeric?: boolean;
  /** Read out but not shown: a column of buttons, or the corner above the row headers. */
  labelHidden?: boolean;
}

export interface TableRow {
  key: string;
  cells: ReactNode[];
}

const numericClass = (base: string, numeric: boolean | undefined) =>
  `${base}${numeric ? ` ${base}--numeric` : ''}`;

function HeaderRow({ columns }: { columns: TableColumn[] }) {
  return (
    <tr className="govuk-table__row">
      {columns.map((column) => (
        <th
          scope="col"
          key={column.label}
          className={numericClass('govuk-table__header', column.numeric)}
        >
          {column.labelHidden ? (
            <span className="govuk-visually-hidden">{column.label}</span>
          ) : (
            column.label
          )}
        </th>
      ))}
    </tr>
  );
}

function BodyRow({
  row,
  columns,
  rowHeaders,
}: {
  row: TableRow;
  columns: TableColumn[];
  rowHeaders: boolean;
}) {
  return (
    <tr className="govuk-table__row">
      {row.cells.map((cell, index) => {
        const numeric = columns[index]?.numeric;
        // A cell's identity is its column.
        return rowHeaders && index === 0 ? (
          <th scope="row" key={index} className={numericClass('govuk-table__header', numeric)}>
            {cell}
          </th>
        ) : (
          <td key={index} className={numericClass('govuk-table__cell', numeric)}>
            {cell}
          </td>
        );
      })}
    </tr>
  );
}

/**
 * A GOV.UK table with a caption (visible, or for screen readers only) and a
 * header row, in a box of its own that scrolls sideways on a narrow screen.
 * With `rowHeaders`, each row's first cell heads its row (`<th scope="row">`),
 * so a screen reader names the row with it as it reads each cell.
 */
export function Table({
  caption,
  captionHidden = false,
  captionSize = 'm',
  columns,
  rows,
  rowHeaders = false,
}: {
  caption: string;
  captionHidden?: boolean;
  /** How large a shown caption is: `m` for a table of its own, `s` for one inside a section. */
  captionSize?: 's' | 'm' | 'l';
  columns: TableColumn[];
  rows: TableRow[];
  rowHeaders?: boolean;
}) {
  return (
    <ScrollBox label={caption}>
      <table className="govuk-table">
        <caption
          className={`govuk-table__caption ${captionHidden ? 'govuk-visually-hidden' : `govuk-table__caption--${captionSize}`}`}
        >
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <HeaderRow columns={columns} />
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <BodyRow key={row.key} row={row} columns={columns} rowHeaders={rowHeaders} />
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
