/**
 * Public entry of modules/users: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * A person (User) and the identities that vouch for them, as other modules refer to them.
 */
export { Identity, User } from './user.entity.js';
export { UserType } from './user.types.js';
