/**
 * Import rules for the server, checked by `npm run boundaries` (part of `npm test`). The layering
 * they enforce is drawn in CONTRIBUTING.md ("Modules and layers"). Each rule's `comment` is printed
 * with a violation: it says which rule broke and why the rule exists.
 *
 * Type-only imports (`import type`) count like any other import: a type from another module's
 * internals couples the two modules as much as a value does (`tsPreCompilationDeps: true`).
 */

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
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
