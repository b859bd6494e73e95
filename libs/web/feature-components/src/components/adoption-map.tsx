import './adoption-map.scss';

import {
  type AdoptionDetailsFragment,
  CouncilMapPointsDocument,
  useGraphQLQuery,
} from '@lgx/web/data-access';

import { MAP_SIZE, project } from '../model/map-projection';

const MARKS: Record<string, { label: string; className: string }> = {
  IN_USE: { label: 'In use', className: 'lgx-map__mark--in-use' },
  EVALUATING: { label: 'Evaluating', className: 'lgx-map__mark--evaluating' },
  STOPPED: { label: 'Stopped using', className: 'lgx-map__mark--stopped' },
};

/** A mark whose shape, not only its colour, says the status. */
function Mark({ status, x, y }: { status: string; x: number; y: number }) {
  const className = `lgx-map__mark ${MARKS[status]?.className ?? ''}`;
  if (status === 'EVALUATING')
    return <rect className={className} x={x - 5} y={y - 5} width={10} height={10} />;
  if (status === 'STOPPED')
    return (
      <path
        className={className}
        d={`M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x + 5} ${y - 5}L${x - 5} ${y + 5}`}
      />
    );
  return <circle className={className} cx={x} cy={y} r={6} />;
}

/**
 * Where the adopting councils are: each grey dot is a council's centre, so
 * the dots draw the UK; the table beside it says the same in words.
 */
export function AdoptionMap({ adoptions }: { adoptions: readonly AdoptionDetailsFragment[] }) {
  const background = useGraphQLQuery(CouncilMapPointsDocument, {}).data?.councilMapPoints ?? [];
  const placed = adoptions.flatMap((adoption) => {
    const point =
      adoption.council.latitude === null || adoption.council.longitude === null
        ? null
        : project(adoption.council.latitude, adoption.council.longitude);
    return point ? [{ adoption, point }] : [];
  });
  if (placed.length === 0) return null;
  const statuses = Object.keys(MARKS).filter((status) =>
    placed.some(({ adoption }) => adoption.status === status),
  );
  return (
    <figure className="lgx-map">
      <svg
        viewBox={`0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`}
        role="img"
        aria-labelledby="adoption-map-title"
        className="lgx-map__svg"
      >
        <title id="adoption-map-title">
          {`Map of the UK: ${placed
            .map(
              ({ adoption }) =>
                `${adoption.council.name} (${MARKS[adoption.status]?.label.toLowerCase() ?? adoption.status})`,
            )
            .join(', ')}`}
        </title>
        {background.map((point, index) => {
          const at = project(point.latitude, point.longitude);
          return at ? (
            <circle key={index} className="lgx-map__council" cx={at.x} cy={at.y} r={1.6} />
          ) : null;
        })}
        {placed.map(({ adoption, point }) => (
          <Mark key={adoption.id} status={adoption.status} x={point.x} y={point.y} />
        ))}
      </svg>
      <figcaption className="govuk-body-s">
        <span className="govuk-visually-hidden">Key: </span>
        {statuses.map((status) => (
          <span key={status} className="lgx-map__key">
            <svg viewBox="-7 -7 14 14" width="14" height="14" aria-hidden="true" focusable="false">
              <Mark status={status} x={0} y={0} />
            </svg>{' '}
            {MARKS[status]!.label}
          </span>
        ))}
        <span className="lgx-map__key">Grey dots are other councils.</span>
      </figcaption>
    </figure>
  );
}
