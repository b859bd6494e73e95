import type { AmbitionMapPartsFragment } from '@lgx/web/data-access';
import { Button, Tag } from '@lgx/web/ui';

import { usePublishAmbitionMap } from '../hooks/use-ambition-map';

type Map = Pick<AmbitionMapPartsFragment, 'councilCode' | 'published' | 'canPublish' | 'version'>;

/** Who can read the map, and, for the council's admins, the button to change that. */
export function PublishPanel({ map }: { map: Map }) {
  const { publish, unpublish, busy, error } = usePublishAmbitionMap(map.councilCode);
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        {map.published ? (
          <>
            <Tag colour="green">Published</Tag> Anyone can read this map.
          </>
        ) : (
          <>
            <Tag colour="grey">Private</Tag> Only your council&apos;s officers can read this map.
          </>
        )}
      </p>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {map.canPublish &&
        (map.published ? (
          <Button type="button" variant="secondary" busy={busy} onClick={unpublish}>
            Make the map private
          </Button>
        ) : (
          map.version > 0 && (
            <Button type="button" busy={busy} onClick={publish}>
              Publish the map
            </Button>
          )
        ))}
    </div>
  );
}
