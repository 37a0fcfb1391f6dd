import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors.js';
import type { Logger } from '../logging.js';

/** Codes produced by Apollo/GraphQL itself that are safe to pass through as they are. */
const passThroughCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/**
 * The one place errors are mapped for clients: AppErrors keep their code, message and field;
 * GraphQL's own request errors pass through; everything else becomes a generic
 * INTERNAL_SERVER_ERROR, with the real error (and stack) in the log only.
 */
export function formatErrorFor(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: original.code,
          ...(original.field !== undefined ? { field: original.field } : {}),
          ...(original.details ?? {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && passThroughCodes.has(code)) {
      return {
        message: formatted.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code },
      };
    }
    if (
      original instanceof GraphQLError &&
      original.extensions.code === undefined &&
      !original.originalError
    ) {
      // Validation errors from graphql-js itself (e.g. abuse limits) carry no code.
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Something went wrong on our side. Please try again.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
