import { inspect } from 'node:util';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, isError } from '../db/pool-health.js';
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
    const original = originalErrorOf(error);
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
        if (errors?.some((e) => isDatabaseUnavailable(originalErrorOf(e)))) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        }
        return Promise.resolve();
      },
    });
  },
};

/**
 * What the GraphQL context function throws when building a request's context failed: a database
 * outage becomes the 503 Apollo reports as it is; anything else stays (or, when it is not an Error
 * of this realm, becomes) an Error, which Apollo and `formatErrorFor` answer as a 500
 * INTERNAL_SERVER_ERROR with the cause in the log. (Apollo would turn a value that is not
 * `instanceof Error` into a bare "Unexpected error value" and lose it.)
 */
export function contextErrorFor(error: unknown): Error {
  if (isDatabaseUnavailable(error)) {
    return new GraphQLError(serviceUnavailableMessage, {
      originalError: asError(error),
      extensions: {
        code: serviceUnavailableCode,
        http: { status: 503, headers: new Map([['retry-after', '5']]) },
      },
    });
  }
  return asError(error);
}

/** `error` itself when it is an Error of this realm, else an Error that carries it as its cause. */
function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  const what = isError(error) ? `${error.name}: ${error.message}` : inspect(error, { depth: 2 });
  return new Error(`Unexpected error value: ${what}`, { cause: error });
}

/**
 * The error a resolver threw, behind Apollo's and graphql-js's wrappers. graphql-js wraps a thrown value that is not `instanceof Error` — a string, or an Error
 * from another realm such as Node's own socket errors under Jest — in a `NonErrorThrown` that
 * keeps it as `thrownValue`.
 */
function originalErrorOf(error: unknown): unknown {
  const original = unwrapResolverError(error);
  if (
    original instanceof Error &&
    original.name === 'NonErrorThrown' &&
    'thrownValue' in original
  ) {
    return original.thrownValue;
  }
  return original;
}
