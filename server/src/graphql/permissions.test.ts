import 'reflect-metadata';
import { graphql, GraphQLError } from 'graphql';
import { allow, rule, shield } from 'graphql-shield';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema } from 'graphql';

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
