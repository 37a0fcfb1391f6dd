/**
 * Public entry of modules/backoffice: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * The operators' back office: every account (search, detail), suspension, credit adjustments,
 * failed jobs. The top layer: it uses the modules below through their entries.
 */
export { findOperatorAccounts, operatorAccountView } from './operator-accounts.service.js';
