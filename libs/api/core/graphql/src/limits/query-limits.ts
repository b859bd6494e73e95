import { GRAPHQL_DOCUMENT_LIMITS } from '@lgx/api/core/http';
import type { ValidationRule } from 'graphql';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination.args';
import { maxAliasesRule } from './max-aliases.rule';
import { type CostLimit, maxCostRule } from './max-cost.rule';
import { maxDepthRule } from './max-depth.rule';
import { type DirectiveLimit, maxDirectivesRule } from './max-directives.rule';
import { noSubscriptionsRule } from './no-subscriptions.rule';

export interface QueryLimits extends CostLimit {
  /** The deepest nesting of fields an operation may have. */
  maxDepth: number;
  /** The most aliases an operation may use. */
  maxAliases: number;
  /** The most directives on one field (or fragment, operation, variable), and in all. */
  maxDirectives: DirectiveLimit;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: { perLocation: 3, total: GRAPHQL_DOCUMENT_LIMITS.maxDirectives },
  maxCost: 10_000,
  defaultListSize: DEFAULT_PAGE_SIZE,
  maxListSize: MAX_PAGE_SIZE,
  plainListSize: 10,
};

/**
 * The validation rules that refuse too deep, too aliased, too costly or
 * too directive-laden operations before they run.
 */
export function queryLimitRules(limits: Partial<QueryLimits> = {}): ValidationRule[] {
  const { maxDepth, maxAliases, maxDirectives, ...cost } = { ...DEFAULT_QUERY_LIMITS, ...limits };
  return [
    noSubscriptionsRule,
    maxDirectivesRule(maxDirectives),
    maxDepthRule(maxDepth),
    maxAliasesRule(maxAliases),
    maxCostRule(cost),
  ];
}
