/**
 * Public entry of modules/audit: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * The audit log: `recordAuditBy` for something an actor did, `recordAudit` for the system, and
 * the `Actor` every service takes.
 */
export { AuditEvent } from './audit-event.entity.js';
export { type Actor, recordAudit, recordAuditBy, recordAuditTo } from './audit.service.js';
