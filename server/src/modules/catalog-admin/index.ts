/**
 * Public entry of modules/catalog-admin: what other modules and the wiring may use; everything
 * else in this folder is internal. The allowed direction between modules is drawn in
 * CONTRIBUTING.md ("Modules and layers") and checked by `npm run boundaries`.
 *
 * The operators' plan catalog editor: saves and archives plans through the catalog, audited,
 * with the live subscriptions of each price version from billing.
 */
export { archivePlan, planCatalog, savePlan } from './catalog-admin.service.js';
