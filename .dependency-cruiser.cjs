/**
 * Import rules for the server, checked by `npm run boundaries` (part of `npm test`). The layering
 * they enforce is drawn in CONTRIBUTING.md ("Modules and layers"). Each rule's `comment` is printed
 * with a violation: it says which rule broke and why the rule exists.
 *
 * Type-only imports (`import type`) count like any other import: a type from another module's
 * internals couples the two modules as much as a value does (`tsPreCompilationDeps: true`).
 */

/**
 * The domain modules under server/src/modules, bottom layer first. A module may import modules of
 * lower layers only (never its own layer's siblings, never a higher layer), so they form a directed
 * acyclic graph. `billing/rules` (pure arithmetic) sits below all of them: any module may use it
 * through `modules/billing/rules/index.ts`. Keep this list and the diagram in CONTRIBUTING.md the
 * same.
 */
const layers = [
  ['catalog', 'notifications', 'rate-limits', 'users'],
  ['audit'],
  ['accounts', 'clock', 'operators'],
  ['billing'],
  ['payments', 'catalog-admin', 'revenue'],
  ['identity'],
  ['tokens'],
  ['members'],
  ['entitlements'],
  ['signin'],
  ['backoffice'],
];

/** The path of a module's files; billing's pure rules are not part of "billing" for layering. */
const modulePath = (name) =>
  name === 'billing' ? '^server/src/modules/billing/(?!rules/)' : `^server/src/modules/${name}/`;

const testFiles = ['\\.test\\.ts$', '\\.fixture\\.ts$', '^server/src/test/'];

const layerRules = layers.flatMap((layer, index) =>
  layer
    .filter(() => index < layers.length - 1 || layer.length > 1)
    .map((name) => {
      const notBelow = layers
        .slice(index)
        .flat()
        .filter((other) => other !== name);
      const below = layers.slice(0, index).flat();
      return {
        name: `layer-${name}`,
        severity: 'error',
        comment:
          `layer-${name}: modules/${name} may import only modules of lower layers ` +
          `(${below.length > 0 ? below.join(', ') : 'none'}; and billing/rules). Modules form layers so ` +
          'that each can be understood and tested with only what is below it (see "Modules and layers" ' +
          'in CONTRIBUTING.md). To use something from a higher module, move it down, or let the ' +
          'higher module pass it in (a function argument, or a port like billing/collection.ts).',
        from: { path: modulePath(name), pathNot: testFiles },
        to: { path: notBelow.map(modulePath) },
      };
    }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'module-public-entry',
      severity: 'error',
      comment:
        "module-public-entry: another module's files are internal; import what it offers from its " +
        'public entry `modules/<name>/index.ts` (billing rules: `modules/billing/rules/index.ts`). ' +
        "Reaching into another module's entities, queries or helpers couples the two so that " +
        'neither can change alone. If what you need is not exported, ask the owning module for an ' +
        'operation (add it to its index.ts) rather than using its internals. Tests (*.test.ts), ' +
        'fixtures and server/src/test/ are exempt: they may use internals to set up and inspect state.',
      from: { path: '^server/src/modules/([^/]+)/', pathNot: testFiles },
      to: {
        path: '^server/src/modules/',
        pathNot: [
          '^server/src/modules/$1/',
          '^server/src/modules/[^/]+/index\\.ts$',
          '^server/src/modules/billing/rules/index\\.ts$',
        ],
      },
    },
    {
      name: 'wiring-public-entry',
      severity: 'error',
      comment:
        'wiring-public-entry: code outside server/src/modules (the shared wiring: db/entities.ts, ' +
        'graphql/schema.ts, graphql/permissions.ts, jobs/workers.ts, main.ts, http/app.ts, …) uses a ' +
        'module through its public entry `modules/<name>/index.ts`. Only the registration points ' +
        'import files directly: entity classes (`*.entity.ts`, for db/entities.ts), resolver ' +
        'classes (`*.resolver.ts`, for graphql/schema.ts) and HTTP routes (`*.routes.ts`, for ' +
        'http/app.ts). See "Adding a server module" in CONTRIBUTING.md.',
      from: { path: '^server/src/', pathNot: ['^server/src/modules/', ...testFiles] },
      to: {
        path: '^server/src/modules/',
        pathNot: [
          '^server/src/modules/[^/]+/index\\.ts$',
          '^server/src/modules/billing/rules/index\\.ts$',
          '\\.(entity|resolver|routes)\\.ts$',
        ],
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'no-circular: this import closes a cycle. Files that import each other cannot be understood, ' +
        'tested or loaded one without the other (and ESM loads one half uninitialised). Move what both ' +
        'need down a layer, or pass it in (see "Modules and layers" in CONTRIBUTING.md).',
      from: { path: '^server/src/' },
      to: { circular: true },
    },
    {
      name: 'billing-rules-pure',
      severity: 'error',
      comment:
        'billing-rules-pure: modules/billing/rules/ is pure money arithmetic (no database, no ORM, no ' +
        'clock, no node I/O, no other module), so it can be tested exhaustively and reused by any ' +
        'service. Pass what it needs in as plain values from the calling service.',
      from: {
        path: '^server/src/modules/billing/rules/',
        pathNot: '\\.(test|fixture)\\.ts$',
      },
      to: {
        pathNot: '^server/src/modules/billing/rules/',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'server/tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
