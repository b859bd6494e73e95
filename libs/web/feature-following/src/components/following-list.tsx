import type { DigestFrequency } from '@lgx/web/data-access';
import { Button, ScrollBox } from '@lgx/web/ui';
import { Link } from 'react-router';

import type { FollowItem } from '../hooks/use-following';
import { DIGEST_LABELS, FOLLOW_KIND_LABELS } from '../model/follow-labels';

interface FollowingListProps {
  follows: readonly FollowItem[];
  pending: boolean;
  onUnfollow: (item: FollowItem) => void;
  onDigest: (item: FollowItem, frequency: DigestFrequency) => void;
}

/** Everything followed, each with its digest frequency, a switch and an unfollow button. */
export function FollowingList({ follows, pending, onUnfollow, onDigest }: FollowingListProps) {
  // On a phone the table scrolls by itself, so the page never scrolls sideways.
  return (
    <ScrollBox label="What you follow">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {follows.length === 1 ? 'You follow 1 thing' : `You follow ${follows.length} things`}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              What
            </th>
            <th scope="col" className="govuk-table__header">
              Kind
            </th>
            <th scope="col" className="govuk-table__header">
              Digest email
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {follows.map((item) => {
            const other: DigestFrequency = item.digest === 'DAILY' ? 'WEEKLY' : 'DAILY';
            return (
              <tr className="govuk-table__row" key={item.id}>
                <th scope="row" className="govuk-table__header">
                  {item.url ? (
                    <Link className="govuk-link" to={item.url}>
                      {item.name}
                    </Link>
                  ) : (
                    item.name
                  )}
                </th>
                <td className="govuk-table__cell">{FOLLOW_KIND_LABELS[item.kind]}</td>
                <td className="govuk-table__cell">
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
                </td>
                <td className="govuk-table__cell">
                  <Button
                    type="button"
                    variant="warning"
                    className="govuk-!-margin-bottom-0"
                    busy={pending}
                    onClick={() => onUnfollow(item)}
                  >
                    Unfollow<span className="govuk-visually-hidden"> {item.name}</span>
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
