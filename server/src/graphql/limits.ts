import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Abuse limits, enforced while validating each operation: depth, aliases and a cost estimate.
 * Batched HTTP requests are off (Apollo's default), so one request carries one operation.
 */
export const abuseLimits = { maxDepth: 8, maxAliases: 10, maxCost: 5000 } as const;

/** Report a rejection as an ordinary validation error (armor would otherwise throw it). */
const report = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'ABUSE_LIMIT' },
    }),
  );
const common = { propagateOnRejection: false, exposeLimits: true, onReject: [report] };

export const abuseLimitRules: ValidationRule[] = [
  maxDepthRule({ n: abuseLimits.maxDepth, flattenFragments: true, ...common }),
  maxAliasesRule({ n: abuseLimits.maxAliases, ...common }),
  costLimitRule({
    maxCost: abuseLimits.maxCost,
    objectCost: 2,
    scalarCost: 1,
    depthCostFactor: 1.5,
    ...common,
  }),
];
