import { runInNewContext } from 'node:vm';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { pino } from 'pino';
import { DatabaseUnavailableError } from '../db/pool-health.js';
import { AppError } from '../errors.js';
import { contextErrorFor, formatErrorFor, serviceUnavailablePlugin } from './errors.js';

/**
 * How failures reach clients: the real Apollo Server with the app's `formatError` and 503 plugin,
 * and a context function wired as in http/app.ts (`throw contextErrorFor(error)`). "Foreign"
 * errors are made in another realm, as Node's own errors (sockets) are under Jest: they are not
 * `instanceof Error` here, which once made a context failure a `500 GRAPHQL_VALIDATION_FAILED`.
 */
const foreign = (source: string): unknown => runInNewContext(source);
const foreignRefused = () =>
  foreign(
    'Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })',
  );

describe('GraphQL error answers (graphql/errors.ts)', () => {
  const logged: { level: number; msg: string; err?: { message?: string } }[] = [];
  const log = pino(
    { level: 'warn' },
    { write: (line: string) => void logged.push(JSON.parse(line) as (typeof logged)[number]) },
  );
  let failure: unknown;
  const apollo = new ApolloServer<{ ok: true }>({
    typeDefs: 'type Query { fails: String, fine: String }',
    resolvers: {
      Query: {
        fails: () => {
          throw failure;
        },
        fine: () => 'fine',
      },
    },
    formatError: formatErrorFor(log),
    plugins: [serviceUnavailablePlugin],
    includeStacktraceInErrorResponses: false,
  });
  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());
  beforeEach(() => {
    logged.length = 0;
  });

  const post = async (query: string, contextFailure?: unknown) => {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query },
      },
      context: async () => {
        try {
          if (contextFailure !== undefined) throw contextFailure;
          return { ok: true as const };
        } catch (error) {
          throw contextErrorFor(error);
        }
      },
    });
    const text = response.body.kind === 'complete' ? response.body.string : '';
    const body = JSON.parse(text) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return {
      status: response.status ?? 200,
      retryAfter: response.headers.get('retry-after'),
      code: body.errors?.[0]?.extensions?.code,
      message: body.errors?.[0]?.message,
      data: body.data,
    };
  };

  it.each([
    ['an Error', new Error('a bug while reading the session')],
    ['an Error from another realm', foreign('new TypeError("a bug from elsewhere")')],
    ['a thrown string', 'not an error at all'],
  ])(
    'answers a context failure that is not an outage (%s) with 500 INTERNAL_SERVER_ERROR',
    async (_kind, thrown) => {
      const answer = await post('{ fine }', thrown);
      expect(answer).toMatchObject({
        status: 500,
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Something went wrong on our side. Please try again.',
        retryAfter: undefined,
      });
      // The cause is in the log, not in the answer.
      expect(logged.map((l) => l.msg)).toContain('unexpected error in GraphQL request');
    },
  );

  it.each([
    ['the pool', new DatabaseUnavailableError('No connection free', 'pool_exhausted')],
    ['a refused connection from another realm', foreignRefused()],
    ['a terminated session', new Error('Connection terminated unexpectedly')],
  ])('answers a database outage during context creation (%s) with 503', async (_kind, thrown) => {
    expect(await post('{ fine }', thrown)).toMatchObject({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      retryAfter: '5',
    });
  });

  it.each([
    ['an outage from another realm', 503, 'SERVICE_UNAVAILABLE', foreignRefused()],
    ['an outage', 503, 'SERVICE_UNAVAILABLE', new DatabaseUnavailableError('down', 'unreachable')],
    ['a bug from another realm', 200, 'INTERNAL_SERVER_ERROR', foreign('new Error("x")')],
    ['a thrown string', 200, 'INTERNAL_SERVER_ERROR', 'oops'],
    ['an AppError', 200, 'NOT_FOUND', new AppError('NOT_FOUND', 'Invoice not found')],
  ])('answers a resolver that throws %s: %d %s', async (_kind, status, code, thrown) => {
    failure = thrown;
    const answer = await post('{ fails }');
    expect(answer).toMatchObject({ status, code, data: { fails: null } });
  });

  it('keeps validation errors as GRAPHQL_VALIDATION_FAILED', async () => {
    expect(await post('{ nope }')).toMatchObject({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });
});
