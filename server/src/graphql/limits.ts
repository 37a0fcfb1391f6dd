import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';

/**
 * Abuse limits, enforced while validating each operation: depth, aliases and a cost estimate.
 * Batched HTTP requests are off (Apollo's default), so one request carries one operation.
 */
export const abuseLimits = { maxDepth: 8, maxAliases: 10, maxCost: 5000 } as const;

export const abuseLimitRules: ValidationRule[] = [
  maxDepthRule({ n: abuseLimits.maxDepth, flattenFragments: true, propagateOnRejection: false }),
  maxAliasesRule({ n: abuseLimits.maxAliases, propagateOnRejection: false }),
  costLimitRule({
    maxCost: abuseLimits.maxCost,
    objectCost: 2,
    scalarCost: 1,
    depthCostFactor: 1.5,
    propagateOnRejection: false,
  }),
];
