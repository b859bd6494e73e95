import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContext,
  GraphQLRequestListener,
  GraphQLResponse,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';

import { AuditService } from '../audit.service';
import type { IdempotencyClaim } from '../mutation-ledger';
import { currentRequest } from '../request-context';
import { findKey, type RecordedKey, storeAnswer } from './idempotency.store';
import {
  idempotencyError,
  idempotencyErrorResponse,
  replayResponse,
  type StoredAnswer,
} from './idempotency-answers';
import {
  IDEMPOTENCY_HEADER,
  idempotencyScope,
  isIdempotencyKey,
  keyDigest,
  openAnswer,
  requestDigest,
  sealAnswer,
} from './idempotency-key';

/** How long a request that lost the race for its key waits for the winner's stored answer. */
const WAIT_FOR_ANSWER_MS = 2_000;
const POLL_MS = 50;

type Context = GraphQLRequestContext<BaseContext>;

/**
 * Idempotency keys for mutations (decision 0074). A mutation sent with an
 * `Idempotency-Key` header (a UUID) by a signed-in caller claims the key; the
 * key is recorded in the transaction of the change (MutationCommitSubscriber)
 * and the answer stored after it, sealed. The same request sent again with
 * the same key gets the stored answer, or ALREADY_APPLIED when the first
 * process died before storing it; a different request with that key is
 * refused (IDEMPOTENCY_KEY_REUSED). Mutations without the header run as ever.
 */
@Plugin()
export class IdempotencyPlugin implements ApolloServerPlugin {
  private readonly logger = new Logger(IdempotencyPlugin.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async requestDidStart({ request }: Context): Promise<GraphQLRequestListener<BaseContext>> {
    const header = request.http?.headers.get(IDEMPOTENCY_HEADER);
    if (header === undefined) return {};
    return {
      didResolveOperation: async ({ operation, operationName }) => {
        if (operation?.operation !== 'mutation') return;
        const key = header.trim();
        if (!isIdempotencyKey(key)) throw idempotencyError('BAD_IDEMPOTENCY_KEY');
        const context = currentRequest();
        const scope = idempotencyScope(context?.actor);
        if (!context || !scope) return;
        context.idempotency = {
          scope,
          key,
          keyDigest: keyDigest(key),
          operationName: operationName ?? '',
          action: `mutation:${firstField(operation)}`,
          requestDigest: requestDigest(request),
          state: 'open',
        };
      },
      responseForOperation: async () => {
        const claim = currentRequest()?.idempotency;
        if (!claim) return null;
        const recorded = await findKey(this.dataSource, claim);
        return recorded ? this.answerRetry(claim, recorded) : null;
      },
      willSendResponse: async (requestContext) => {
        const claim = currentRequest()?.idempotency;
        if (claim?.state === 'conflict') await this.answerLoser(claim, requestContext);
        else if (claim?.state === 'recorded') await this.store(claim, requestContext);
      },
    };
  }

  /** A request whose key is recorded: the stored answer, or a refusal of a different request. */
  private async answerRetry(
    claim: IdempotencyClaim,
    recorded: RecordedKey,
  ): Promise<GraphQLResponse> {
    if (
      recorded.operationName !== claim.operationName ||
      recorded.requestDigest !== claim.requestDigest
    ) {
      await this.audit
        .record({
          action: claim.action,
          outcome: 'failure',
          details: { code: 'IDEMPOTENCY_KEY_REUSED', stage: 'refused before running' },
        })
        .catch(() => undefined);
      return idempotencyErrorResponse('IDEMPOTENCY_KEY_REUSED');
    }
    const answer = recorded.answer
      ? openAnswer<StoredAnswer>(recorded.answer, claim.key, claim.scope)
      : undefined;
    return answer ? replayResponse(answer) : idempotencyErrorResponse('ALREADY_APPLIED');
  }

  /**
   * A request that ran at the same time as another with its key and lost at
   * commit (its change rolled back): it answers as a retry would, waiting a
   * moment for the winner to store its answer.
   */
  private async answerLoser(claim: IdempotencyClaim, requestContext: Context): Promise<void> {
    let recorded = await findKey(this.dataSource, claim);
    for (let waited = 0; recorded && !recorded.answer && waited < WAIT_FOR_ANSWER_MS;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      waited += POLL_MS;
      recorded = await findKey(this.dataSource, claim);
    }
    const answer = recorded
      ? await this.answerRetry(claim, recorded)
      : idempotencyErrorResponse('ALREADY_APPLIED');
    requestContext.response.body = answer.body;
    requestContext.response.http.status = answer.http?.status;
    for (const [name, value] of answer.http?.headers ?? [])
      requestContext.response.http.headers.set(name, value);
  }

  /**
   * Stores the answer of the request that recorded the key, for its retries.
   * An answer that set a cookie (a session changed) is not stored: replayed
   * without its cookie it would mislead, so a retry is told ALREADY_APPLIED.
   */
  private async store(claim: IdempotencyClaim, requestContext: Context): Promise<void> {
    const { response } = requestContext;
    const res = (requestContext.contextValue as { res?: Response }).res;
    if (response.body?.kind !== 'single' || res?.getHeader('set-cookie')) return;
    const answer: StoredAnswer = {
      status: response.http.status ?? 200,
      body: response.body.singleResult as Record<string, unknown>,
    };
    try {
      await storeAnswer(this.dataSource, claim, sealAnswer(answer, claim.key, claim.scope));
    } catch (error) {
      // A retry then hears ALREADY_APPLIED: the change itself is saved.
      this.logger.warn(`Could not store an idempotent answer: ${(error as Error).message}`);
    }
  }
}

function firstField(operation: OperationDefinitionNode): string {
  const field = operation.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD,
  );
  return field?.kind === Kind.FIELD ? field.name.value : 'unknown';
}
