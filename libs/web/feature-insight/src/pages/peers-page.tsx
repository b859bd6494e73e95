import { Breadcrumbs, Loading, ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { QueryFailure, routerLink } from '@lgx/web/util';
import { Link, useParams } from 'react-router';

import { PeerCaseStudies } from '../components/peer-case-studies';
import { PeerTable } from '../components/peer-table';
import { useCouncilPeers } from '../hooks/use-council-peers';
import { likenessInWords, peerRows } from '../model/peers-view';
import { HELD_BACK } from '../model/sector-map-view';

type Peers = NonNullable<ReturnType<typeof useCouncilPeers>['data']>['councilPeers'];

/** What the page says instead of the comparison, when it cannot be shown. */
function Unavailable({ heading, text }: { heading: string; text: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{text}</p>
    </>
  );
}

/** The comparison: how the peers were chosen, then one table per objective, then case studies. */
function Comparison({ peers }: { peers: Peers }) {
  const held = peers.peers.suppressedReason;
  return (
    <>
      <span className="govuk-caption-l">{peers.councilName}</span>
      <h1 className="govuk-heading-l">Councils like mine</h1>
      <p className="govuk-body">
        Your council&apos;s digital ambition map beside the answers of similar councils. Your
        council: {likenessInWords(peers.likeness)}.
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">How similar councils are chosen</span>
        </summary>
        <div className="govuk-details__text">{peers.method}</div>
      </details>
      {held ? (
        <div className="govuk-inset-text" role="status">
          Peer figures held back: {held}. The similar councils&apos; column says &ldquo;{HELD_BACK}
          &rdquo;.
        </div>
      ) : (
        <p className="govuk-body" role="status">
          Compared with {peers.peers.councilsAnswered} similar councils; your own answers are not
          counted among them. Shares are of those councils.
        </p>
      )}
      <h2 className="govuk-heading-m">Your answers and your peers&apos;, by objective</h2>
      {peers.ownMap.objectives.map((objective) => (
        <PeerTable
          key={objective.objective}
          caption={objective.label}
          rows={peerRows(objective.objective, objective.cells, peers.peers.cells)}
        />
      ))}
      <h2 className="govuk-heading-m">Case studies peers rated live</h2>
      <p className="govuk-body">
        Published case studies that similar councils give, in their published maps, as evidence that
        they run it.
      </p>
      <PeerCaseStudies caseStudies={peers.liveCaseStudies} held={Boolean(held)} />
      <p className="govuk-body">
        <Link className="govuk-link" to={`/digital-ambition/${peers.councilCode}`}>
          Your council&apos;s digital ambition map
        </Link>
      </p>
    </>
  );
}

/**
 * Councils like mine (decision 0064): a council's own map beside the figures
 * of similar councils, for its own officers; no figure of fewer than five
 * other councils.
 */
export function PeersPage() {
  const { code = '' } = useParams();
  const councilCode = code.toUpperCase();
  const { data, error, isPending } = useCouncilPeers(councilCode);
  const peers = data?.councilPeers;
  usePageTitle(
    peers ? `${peers.councilName}: councils like mine` : 'Councils like mine',
    Boolean(error),
  );
  const breadcrumbs = (
    <Breadcrumbs
      renderLink={routerLink}
      items={[
        { label: 'Home', href: '/' },
        { label: peers?.councilName ?? councilCode, href: `/councils/${councilCode}` },
        { label: 'Digital ambition', href: `/digital-ambition/${councilCode}` },
      ]}
    />
  );
  if (error)
    return (
      <>
        {breadcrumbs}
        <QueryFailure
          error={error}
          otherwise={<ServiceProblem message={error.message} />}
          pages={{
            FORBIDDEN: (
              <Unavailable
                heading="Councils like mine"
                text="Only the council's own officers can compare its map with similar councils. Sign in with an account of this council, or look at the sector map."
              />
            ),
            NOT_FOUND: (
              <Unavailable
                heading="Council not found"
                text={`There is no council with the code "${councilCode.slice(0, 20)}". Check the code on the council's page.`}
              />
            ),
          }}
        />
      </>
    );
  if (isPending || !peers) return <Loading label="Loading councils like mine" />;
  return (
    <>
      {breadcrumbs}
      <Comparison peers={peers} />
    </>
  );
}
