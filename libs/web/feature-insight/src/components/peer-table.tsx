import { Table } from '@lgx/web/ui';

import type { PeerRow } from '../model/peers-view';

/** One objective: the council's answers beside its peers' shares, one row per technology. */
export function PeerTable({ caption, rows }: { caption: string; rows: PeerRow[] }) {
  return (
    <Table
      caption={caption}
      columns={[{ label: 'Technology' }, { label: 'Your council' }, { label: 'Similar councils' }]}
      rows={rows.map((row) => ({ key: row.key, cells: [row.technology, row.yours, row.peers] }))}
    />
  );
}
