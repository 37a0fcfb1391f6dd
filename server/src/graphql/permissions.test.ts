import 'reflect-metadata';
import { graphql, GraphQLError } from 'graphql';
import { allow, rule, shield } from 'graphql-shield';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema } from 'graphql';
import { runInNewContext } from 'node:vm';
import { shieldOptions } from './permissions.js';

// graphql-shield 7.6.5 imports `isUndefined` from node:util, which Node 23 removed; the patch in
// patches/ replaces it. This proves the patched package loads and behaves on this Node.
describe('graphql-shield (patched for Node 24)', () => {
  const schema = buildSchema('type Query { open: String, closed: String, unlisted: String }');
  const root = { open: () => 'o', closed: () => 'c', unlisted: () => 'u' };
  const permissions = shield(
    {
      Query: {
        open: allow,
        closed: rule()(() => new GraphQLError('nope', { extensions: { code: 'FORBIDDEN' } })),
      },
    },
    { fallbackRule: rule()(() => false), fallbackError: 'denied by fallback' },
  );
  const guarded = applyMiddleware(schema, permissions);

  it("allows, denies with the rule's error, and falls back to deny", async () => {
    const result = await graphql({
      schema: guarded,
      source: '{ open closed unlisted }',
      rootValue: root,
    });
    expect(result.data).toEqual({ open: 'o', closed: null, unlisted: null });
    const messages = result.errors?.map((e) => [e.path?.[0], e.message, e.extensions.code]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['closed', 'nope', 'FORBIDDEN'],
        ['unlisted', 'denied by fallback', undefined],
      ]),
    );
  });
});

/**
 * What a resolver or rule throws stays an error (graphql/permissions.ts `shieldOptions`). Shield's
 * `allowExternalErrors` would *return* a resolver's exception as the field's value, and graphql-js
 * serves a value that is not `instanceof Error` of its realm as data: Node's own errors under Jest
 * (another realm), a thrown string or object anywhere.
 */
describe('shield options of the app: thrown stays thrown', () => {
  const schema = buildSchema(`
    type Account { name: String }
    type Query { fine: Account, foreign: Account, text: Account, shaped: Account, ruleThrows: Account,
      denied: Account, unlisted: Account }
  `);
  const throwing = (value: unknown) => () => {
    throw value;
  };
  const root = {
    fine: () => ({ name: 'Acme' }),
    // An ECONNREFUSED made in another realm, as Node's socket errors are under Jest.
    foreign: throwing(
      runInNewContext('Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })'),
    ),
    text: throwing('plain string'),
    shaped: throwing({ name: 'Error', message: 'an object shaped like an error' }),
    ruleThrows: () => ({ name: 'never reached' }),
    denied: () => ({ name: 'never reached' }),
    unlisted: () => ({ name: 'never reached' }),
  };
  const rules = () => ({
    Query: {
      fine: allow,
      foreign: allow,
      text: allow,
      shaped: allow,
      ruleThrows: rule()(() => {
        throw new Error('the database went away while checking');
      }),
      denied: rule()(() => new GraphQLError('nope', { extensions: { code: 'FORBIDDEN' } })),
    },
    Account: allow,
  });
  const source =
    '{ fine { name } foreign { name } text { name } shaped { name } ruleThrows { name } denied { name } unlisted { name } }';

  it('answers every thrown value as an error, never as data; denials keep their error', async () => {
    const guarded = applyMiddleware(
      schema,
      shield(rules(), shieldOptions({ fallbackRule: rule()(() => false) })),
    );
    const result = await graphql({ schema: guarded, source, rootValue: root });
    expect(result.data).toEqual({
      fine: { name: 'Acme' },
      foreign: null,
      text: null,
      shaped: null,
      ruleThrows: null,
      denied: null,
      unlisted: null,
    });
    const byField = Object.fromEntries(
      (result.errors ?? []).map((e) => [e.path?.[0], [e.message, e.extensions.code]]),
    );
    expect(byField).toEqual({
      // graphql-js wraps what is not `instanceof Error` (graphql/errors.ts unwraps it again).
      foreign: [expect.stringMatching(/^Unexpected error value: .*ECONNREFUSED/), undefined],
      text: ['Unexpected error value: "plain string"', undefined],
      shaped: [expect.stringContaining('Unexpected error value'), undefined],
      // A rule that cannot decide is an error (a 503 or a 500 in the app), not a FORBIDDEN.
      ruleThrows: ['the database went away while checking', undefined],
      denied: ['nope', 'FORBIDDEN'],
      unlisted: ['You do not have permission to do this.', 'FORBIDDEN'],
    });
  });

  it('(why: with allowExternalErrors alone, shield serves a foreign error as the data)', async () => {
    const guarded = applyMiddleware(
      schema,
      shield(rules(), { fallbackRule: rule()(() => false), allowExternalErrors: true }),
    );
    const result = await graphql({
      schema: guarded,
      source: '{ foreign { name } }',
      rootValue: root,
    });
    expect(result).toEqual({ data: { foreign: { name: 'Error' } } });
  });
});
