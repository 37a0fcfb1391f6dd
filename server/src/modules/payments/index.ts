/**
 * Public entry of modules/payments: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * Payments against invoices: bank transfers recorded by operators, and the collectors that
 * implement billing's collection port (`deploymentCollector`).
 */
export { deploymentCollector } from './collectors.js';
