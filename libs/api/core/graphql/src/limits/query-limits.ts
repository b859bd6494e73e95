import type { ValidationRule } from 'graphql';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination.args';
import { maxAliasesRule } from './max-aliases.rule';
import { type CostLimit, maxCostRule } from './max-cost.rule';
import { maxDepthRule } from './max-depth.rule';

export interface QueryLimits extends CostLimit {
  /** The deepest nesting of fields an operation may have. */
  maxDepth: number;
  /** The most aliases an operation may use. */
  maxAliases: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 10_000,
  defaultListSize: DEFAULT_PAGE_SIZE,
  maxListSize: MAX_PAGE_SIZE,
  plainListSize: 10,
};

/** The validation rules that refuse too deep, too aliased or too costly operations before they run. */
export function queryLimitRules(limits: Partial<QueryLimits> = {}): ValidationRule[] {
  const { maxDepth, maxAliases, ...cost } = { ...DEFAULT_QUERY_LIMITS, ...limits };
  return [maxDepthRule(maxDepth), maxAliasesRule(maxAliases), maxCostRule(cost)];
}
