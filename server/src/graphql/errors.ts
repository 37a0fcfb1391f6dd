import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/pool-health.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logging.js';

/**
 * The code of errors that mean "the database is busy or unreachable; try again" (HTTP 503, see
 * `serviceUnavailablePlugin`).
 */
export const serviceUnavailableCode = 'SERVICE_UNAVAILABLE';
export const serviceUnavailableMessage =
  'The service is temporarily unavailable (its database is busy or unreachable). Please try again shortly.';

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
  serviceUnavailableCode,
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
    if (isDatabaseUnavailable(original)) {
      // The pool or the connection logged the cause already (db/pool-health.ts).
      log.warn({ err: original, path: formatted.path }, 'database unavailable during a request');
      return {
        message: serviceUnavailableMessage,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: serviceUnavailableCode },
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

/**
 * Answers HTTP 503 (with Retry-After) when a GraphQL request failed because the database was
 * unavailable, so clients and proxies retry instead of treating it as a bug.
 */
export const serviceUnavailablePlugin: ApolloServerPlugin<BaseContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response, errors }) {
        if (errors?.some((e) => isDatabaseUnavailable(unwrapResolverError(e)))) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        }
        return Promise.resolve();
      },
    });
  },
};

/** Rethrows a database outage during context creation as the 503 Apollo reports as it is. */
export function contextErrorFor(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  return new GraphQLError(serviceUnavailableMessage, {
    originalError: error instanceof Error ? error : undefined,
    extensions: {
      code: serviceUnavailableCode,
      http: { status: 503, headers: new Map([['retry-after', '5']]) },
    },
  });
}
