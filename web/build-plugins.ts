import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type DefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'vite';

/** The codegen output (codegen.ts): every enum, document and hook of the app in one module. */
const generatedModule = resolve(import.meta.dirname, 'src/graphql/generated.ts');
const partPrefix = '\0ledgerline-generated:';

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** The names a statement declares at the top level of the module. */
function declaredNames(statement: Node): string[] {
  if (statement.type === 'FunctionDeclaration') return [(statement.id as { name: string }).name];
  if (statement.type === 'VariableDeclaration') {
    return (statement.declarations as { id: Node & { name?: string } }[]).map(({ id }) => {
      if (id.type !== 'Identifier' || id.name === undefined) {
        throw new Error(`split-generated: unexpected ${id.type} declaration in generated.ts`);
      }
      return id.name;
    });
  }
  throw new Error(`split-generated: unexpected top-level ${statement.type} in generated.ts`);
}

/** Every identifier a statement reads (property names and keys left out). */
function referencedNames(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) referencedNames(child, into);
  } else if (node !== null && typeof node === 'object' && 'type' in node) {
    const n = node as Node;
    if (n.type === 'Identifier') into.add(n.name as string);
    for (const [key, child] of Object.entries(n)) {
      if ((n.type === 'Property' || n.type === 'MethodDefinition') && key === 'key' && !n.computed)
        continue;
      if (n.type === 'MemberExpression' && key === 'property' && !n.computed) continue;
      referencedNames(child, into);
    }
  }
  return into;
}

/**
 * Splits `src/graphql/generated.ts` into a module per top-level declaration, behind a
 * side-effect-free module that re-exports them all. Rollup assigns whole modules to chunks, so as
 * one module the generated file went, with every document any page uses, into the first script
 * every page loads (about 190 kB of syntax trees for documents the page being opened never
 * sends). Split, each document and hook travels with the page chunk that uses it, and the first
 * script keeps only what the app's frame needs (the viewer's query). Imports of generated.ts stay
 * as they are; only the build sees the parts (tests and `vite dev` use the file itself).
 */
export function splitGeneratedModule(): Plugin {
  const parts = new Map<string, string>();
  return {
    name: 'ledgerline-split-generated',
    apply: 'build',
    // After TypeScript is compiled away: the parts are plain JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (id !== generatedModule) return null;
      const program = this.parse(code) as unknown as { body: Node[] };
      const imports: string[] = [];
      const importedNames = new Set<string>();
      const statements: { names: string[]; text: string; node: Node }[] = [];
      const exported: { local: string; exported: string }[] = [];
      for (const statement of program.body) {
        if (statement.type === 'ImportDeclaration') {
          imports.push(code.slice(statement.start, statement.end));
          for (const specifier of statement.specifiers as { local: { name: string } }[]) {
            importedNames.add(specifier.local.name);
          }
        } else if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
          const declaration = statement.declaration as Node;
          const names = declaredNames(declaration);
          statements.push({
            names,
            text: code.slice(declaration.start, declaration.end),
            node: declaration,
          });
          for (const name of names) exported.push({ local: name, exported: name });
        } else if (statement.type === 'ExportNamedDeclaration') {
          if (statement.source) {
            throw new Error('split-generated: unexpected `export … from` in generated.ts');
          }
          for (const specifier of statement.specifiers as {
            local: { name: string };
            exported: { name: string };
          }[]) {
            exported.push({ local: specifier.local.name, exported: specifier.exported.name });
          }
        } else {
          statements.push({
            names: declaredNames(statement),
            text: code.slice(statement.start, statement.end),
            node: statement,
          });
        }
      }
      // A part is named after the names its statement declares.
      const partOf = new Map<string, string>();
      for (const { names } of statements) for (const name of names) partOf.set(name, names.join());
      parts.clear();
      for (const { names, text, node } of statements) {
        const uses = [...referencedNames(node, new Set())];
        const ownImports = imports.filter((line) =>
          uses.some((name) => importedNames.has(name) && line.includes(name)),
        );
        const siblings = new Map<string, string[]>();
        for (const name of uses) {
          const part = partOf.get(name);
          if (part === undefined || names.includes(name)) continue;
          siblings.set(part, [...(siblings.get(part) ?? []), name]);
        }
        const siblingImports = [...siblings].map(
          ([part, used]) =>
            `import { ${used.join(', ')} } from ${JSON.stringify(partPrefix + part)};`,
        );
        parts.set(
          names.join(),
          [...ownImports, ...siblingImports, text, `export { ${names.join(', ')} };`].join('\n'),
        );
      }
      const facade = exported.map(({ local, exported: name }) => {
        const part = partOf.get(local);
        if (part === undefined) throw new Error(`split-generated: ${local} is not declared`);
        return `export { ${local === name ? name : `${local} as ${name}`} } from ${JSON.stringify(partPrefix + part)};`;
      });
      return { code: facade.join('\n'), map: { mappings: '' }, moduleSideEffects: false };
    },
    resolveId(id) {
      return id.startsWith(partPrefix) ? id : null;
    },
    load(id) {
      if (!id.startsWith(partPrefix)) return null;
      const code = parts.get(id.slice(partPrefix.length));
      if (code === undefined) throw new Error(`split-generated: no part ${id}`);
      return { code, moduleSideEffects: false };
    },
  };
}

/**
 * Which GraphQL operations a page navigation starts fetching from index.html, before any script
 * has downloaded: the signed-in frame needs `Viewer` on every page behind sign-in, the Overview
 * its own query. The app (src/app/prefetch.ts) hands these answers to its first matching request
 * instead of sending it again. Operations without variables only.
 */
export const prefetchedOperations = {
  everyPage: ['Viewer'],
  byPath: { '/': ['Overview'] } as Record<string, string[]>,
  // Pages outside sign-in (AuthGuard): nothing is asked for there.
  skip: '^/(sign-in|invite)(/|$)',
};

/** JSON that cannot end the script it is written into (`</script>`, `<!--`) or a line in it. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The operation with the fragments it spreads, as Apollo Client sends it (with __typename). */
function operationText(name: string, files: readonly string[]): string {
  const definitions = files.flatMap(
    (file) => parse(readFileSync(file, 'utf8')).definitions as DefinitionNode[],
  );
  const operation = definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
  );
  if (operation === undefined) throw new Error(`prefetch: no operation ${name} in web/src`);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: ASTNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (fragment === undefined) throw new Error(`prefetch: no fragment ${name}`);
        if (!needed.has(name)) {
          needed.set(name, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
  // Apollo Client's addTypenameToDocument: every selection set but an operation's own.
  const withTypename = (node: DefinitionNode) =>
    visit(node, {
      SelectionSet(set, _key, parent) {
        if (
          parent &&
          !Array.isArray(parent) &&
          (parent as ASTNode).kind === Kind.OPERATION_DEFINITION
        )
          return undefined;
        const has = set.selections.some(
          (s) => s.kind === Kind.FIELD && s.name.value === '__typename',
        );
        return has ? undefined : { ...set, selections: [...set.selections, typename] };
      },
    });
  return [operation, ...needed.values()].map((d) => print(withTypename(d))).join('\n');
}

/**
 * Puts a small inline script at the top of index.html that starts the page's first GraphQL
 * requests (prefetchedOperations) while the scripts download, and keeps the promises in
 * `window.__ledgerlinePrefetch` for the app. It runs under the server's Content-Security-Policy
 * by its hash (server/src/http/static-web.ts adds it for index.html). Same origin and
 * credentials as the app's own requests, so the answer is exactly what the app would have got.
 */
export function prefetchFirstRequests(): Plugin {
  return {
    name: 'ledgerline-prefetch-first-requests',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler() {
        const walk = (dir: string): string[] =>
          readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
            entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
          );
        const files = walk(resolve(import.meta.dirname, 'src')).filter((f) =>
          f.endsWith('.graphql'),
        );
        const names = new Set([
          ...prefetchedOperations.everyPage,
          ...Object.values(prefetchedOperations.byPath).flat(),
        ]);
        const queries = Object.fromEntries(
          [...names].map((name) => [name, operationText(name, files)]),
        );
        const script = `(function () {
  var queries = ${inlineJson(queries)};
  var everyPage = ${inlineJson(prefetchedOperations.everyPage)};
  var byPath = ${inlineJson(prefetchedOperations.byPath)};
  var path = location.pathname;
  if (new RegExp(${inlineJson(prefetchedOperations.skip)}).test(path) || !window.fetch) return;
  var store = (window.__ledgerlinePrefetch = {});
  everyPage.concat(byPath[path] || []).forEach(function (name) {
    var entry = { path: path };
    entry.promise = fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json,application/json;q=0.9',
      },
      body: JSON.stringify({ operationName: name, variables: {}, query: queries[name] }),
    }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    }).then(function (result) {
      entry.result = result;
      return result;
    });
    entry.promise.catch(function () {});
    store[name] = entry;
  });
})();`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}

/**
 * Writes `preloads.json`: for each route pattern (src/app/routes.ts), the scripts its page needs
 * beyond the first script (the page's chunk and the chunks it imports). The server names them in
 * index.html as `<link rel="modulepreload">` for the page being opened
 * (server/src/http/static-web.ts), so they download alongside the first script instead of after
 * it has run. The page of each route is read from AppRoutes.tsx (`name: lazyPage(() =>
 * import('…'))`); a route without one (a redirect) preloads nothing.
 */
export function routePreloads(routes: Readonly<Record<string, string>>): Plugin {
  const appRoutesFile = resolve(import.meta.dirname, 'src/app/AppRoutes.tsx');
  return {
    name: 'ledgerline-route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const source = readFileSync(appRoutesFile, 'utf8');
      const pageOf = new Map(
        [...source.matchAll(/(\w+): lazyPage\(\s*\(\) => import\('([^']+)'\)/g)].map(
          ([, name, path]) => [name, resolve(import.meta.dirname, 'src/app', path ?? '')],
        ),
      );
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (file: string, into = new Set<string>()): Set<string> => {
        if (into.has(file)) return into;
        into.add(file);
        for (const imported of byFile.get(file)?.imports ?? []) closure(imported, into);
        return into;
      };
      const first = new Set<string>();
      for (const chunk of chunks) if (chunk.isEntry) closure(chunk.fileName, first);
      const preloads: Record<string, string[]> = {};
      for (const [name, pattern] of Object.entries(routes)) {
        const page = pageOf.get(name);
        if (page === undefined) continue;
        const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\.tsx?$/, '') === page);
        if (chunk === undefined) throw new Error(`route-preloads: no chunk for ${name} (${page})`);
        preloads[pattern] = [...closure(chunk.fileName)]
          .filter((file) => !first.has(file))
          .map((file) => `/${file}`);
      }
      if (Object.keys(preloads).length === 0) {
        throw new Error('route-preloads: no lazyPage(() => import(…)) found in AppRoutes.tsx');
      }
      this.emitFile({
        type: 'asset',
        fileName: 'preloads.json',
        source: JSON.stringify({ preloads }, null, 2) + '\n',
      });
    },
  };
}
