/**
 * Public entry of modules/signin: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * Signing in end to end: the provider callback, creating an account or accepting an invitation
 * at first sign-in, resolving a request's auth state, and support's two-factor reset.
 */
export { type AuthState, resolveAuthState } from './auth-state.js';
