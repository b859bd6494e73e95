import type { DigestFrequency } from '@lgx/web/data-access';
import { Button, Table } from '@lgx/web/ui';
import { Link } from 'react-router';

import type { FollowItem } from '../hooks/use-following';
import { DIGEST_LABELS, FOLLOW_KIND_LABELS } from '../model/follow-labels';

interface FollowingListProps {
  follows: readonly FollowItem[];
  pending: boolean;
  onUnfollow: (item: FollowItem) => void;
  onDigest: (item: FollowItem, frequency: DigestFrequency) => void;
}

const COLUMNS = [
  { label: 'What' },
  { label: 'Kind' },
  { label: 'Digest email' },
  { label: 'Actions', labelHidden: true },
];

/** How often the digest comes, and a button to switch to the other frequency. */
function DigestSwitch({
  item,
  pending,
  onDigest,
}: Pick<FollowingListProps, 'pending' | 'onDigest'> & { item: FollowItem }) {
  const other: DigestFrequency = item.digest === 'DAILY' ? 'WEEKLY' : 'DAILY';
  return (
    <>
      {DIGEST_LABELS[item.digest]}
      <Button
        type="button"
        variant="secondary"
        className="govuk-!-margin-bottom-0 govuk-!-margin-left-2"
        busy={pending}
        onClick={() => onDigest(item, other)}
      >
        Make it {DIGEST_LABELS[other].toLowerCase()}
        <span className="govuk-visually-hidden"> for {item.name}</span>
      </Button>
    </>
  );
}

/**
 * Everything followed, each heading its row, with its digest frequency, a
 * switch and an unfollow button. The table scrolls sideways on a phone.
 */
export function FollowingList({ follows, pending, onUnfollow, onDigest }: FollowingListProps) {
  return (
    <Table
      caption={follows.length === 1 ? 'You follow 1 thing' : `You follow ${follows.length} things`}
      columns={COLUMNS}
      rowHeaders
      rows={follows.map((item) => ({
        key: item.id,
        cells: [
          item.url ? (
            <Link className="govuk-link" to={item.url}>
              {item.name}
            </Link>
          ) : (
            item.name
          ),
          FOLLOW_KIND_LABELS[item.kind],
          <DigestSwitch item={item} pending={pending} onDigest={onDigest} />,
          <Button
            type="button"
            variant="warning"
            className="govuk-!-margin-bottom-0"
            busy={pending}
            onClick={() => onUnfollow(item)}
          >
            Unfollow<span className="govuk-visually-hidden"> {item.name}</span>
          </Button>,
        ],
      }))}
    />
  );
}
