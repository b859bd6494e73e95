import {
  ContractBuyerDecisionsDocument,
  type ContractBuyerDecisionsQuery,
  UnmatchedContractBuyersDocument,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import {
  ErrorSummary,
  type FieldError,
  FormStatus,
  Loading,
  NotificationBanner,
  usePageTitle,
} from '@lgx/web/ui';
import { Link, useSearchParams } from 'react-router';

import {
  type BuyerDecisionFailure,
  type BuyerDecisionRequest,
  useBuyerDecision,
} from '../hooks/use-buyer-decision';
import { councilFieldId } from './buyer-council-choice';
import { BuyerDecisionsTable } from './buyer-decisions-table';
import { ContractBuyersProblem } from './contract-buyers-problem';
import { ListPages } from './list-pages';
import { UnmatchedBuyerCard } from './unmatched-buyer-card';

const PAGE_SIZE = 20;

/** The refusal's problems for the error summary, each linked to its field when it has one. */
function summaryOf(failure: BuyerDecisionFailure | undefined): FieldError[] {
  if (!failure) return [];
  const { error, nameKey } = failure;
  if (error.fields.length === 0) return [{ message: error.message }];
  return error.fields.map((problem) =>
    problem.field === 'councilCode'
      ? { fieldId: councilFieldId(nameKey), message: problem.message }
      : { message: problem.message },
  );
}

/**
 * The platform admins' page for buyer names the matcher was unsure of:
 * match each to a council or say it is not one; undo a decision taken.
 */
export function ContractBuyersAdmin() {
  const [params] = useSearchParams();
  const unmatched = useGraphQLQuery(UnmatchedContractBuyersDocument, {
    first: PAGE_SIZE,
    after: params.get('after'),
  });
  const decisions = useGraphQLQuery(ContractBuyerDecisionsDocument, {
    first: PAGE_SIZE,
    after: params.get('decisionsAfter'),
  });
  const { decide, message, failure, pendingKey } = useBuyerDecision();
  usePageTitle('Contract buyers to match', Boolean(failure));
  const error = unmatched.error ?? decisions.error;
  if (error) return <ContractBuyersProblem error={error} />;
  const councilError = (nameKey: string) =>
    failure?.nameKey === nameKey
      ? failure.error.fields.find((problem) => problem.field === 'councilCode')?.message
      : undefined;
  const queue = unmatched.data?.unmatchedContractBuyers;
  const taken = decisions.data?.contractBuyerDecisions;

  return (
    <>
      <ErrorSummary errors={summaryOf(failure)} />
      {message && <NotificationBanner success heading={message} />}
      <span className="govuk-caption-l">Admin</span>
      <h1 className="govuk-heading-l">Contract buyers to match</h1>
      <p className="govuk-body">
        Public contract notices name their buyer as they like. LGX matches most buyers to a council
        by an identifier or by name; these names it could not match for sure. Match each to its
        council, or say it is not a council (a parish council, a school, a company). Your decision
        applies at once to every contract under the name, and to every later notice with it.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/admin">
          Other admin pages
        </Link>
      </p>
      <FormStatus busy={pendingKey !== undefined} label="Saving the decision" />
      <h2 className="govuk-heading-m">Waiting for a decision</h2>
      {!queue ? (
        <Loading label="Loading the buyers to match" />
      ) : (
        <div aria-busy={unmatched.isPlaceholderData}>
          <p className="govuk-body" role="status">
            {queue.totalCount === 0
              ? 'No buyer names are waiting for a decision.'
              : `${queue.totalCount.toLocaleString('en-GB')} buyer name${queue.totalCount === 1 ? '' : 's'} waiting, most contracts first.`}
          </p>
          {queue.edges.map(({ node }) => (
            <UnmatchedBuyerCard
              key={node.nameKey}
              buyer={node}
              busy={pendingKey !== undefined}
              councilError={councilError(node.nameKey)}
              onDecide={decide}
            />
          ))}
          <ListPages
            label="Pages of buyer names"
            param="after"
            firstTitle="First buyer names"
            endCursor={queue.pageInfo.hasNextPage ? queue.pageInfo.endCursor : null}
          />
        </div>
      )}
      <DecisionsTaken taken={taken} pendingKey={pendingKey} onDecide={decide} />
    </>
  );
}

/** The decisions taken, with undo, paged apart from the queue. */
function DecisionsTaken({
  taken,
  pendingKey,
  onDecide,
}: {
  taken: ContractBuyerDecisionsQuery['contractBuyerDecisions'] | undefined;
  pendingKey: string | undefined;
  onDecide: (request: BuyerDecisionRequest) => void;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">Decisions taken</h2>
      {!taken ? (
        <Loading label="Loading the decisions" />
      ) : taken.totalCount === 0 ? (
        <p className="govuk-body">No decisions yet.</p>
      ) : (
        <>
          <BuyerDecisionsTable
            caption={`${taken.totalCount.toLocaleString('en-GB')} decision${taken.totalCount === 1 ? '' : 's'}, newest first`}
            decisions={taken.edges.map((edge) => edge.node)}
            pendingKey={pendingKey}
            onDecide={onDecide}
          />
          <ListPages
            label="Pages of decisions"
            param="decisionsAfter"
            firstTitle="Newest decisions"
            endCursor={taken.pageInfo.hasNextPage ? taken.pageInfo.endCursor : null}
          />
        </>
      )}
    </>
  );
}
