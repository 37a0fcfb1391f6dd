/**
 * Public entry of modules/identity: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * People signing in: providers, linked identities, sessions, two-factor sign-in, the viewer.
 */
export {
  isOperatorUser,
  type OperatorAccess,
  operatorAccessOf,
  type SessionAuthState,
  type SignInStage,
} from './auth-state.js';
export {
  clearCookie,
  readCookie,
  sessionCookieName,
  signInCookieName,
  writeCookie,
} from './cookies.js';
export { createDevSignIn, devIssuerPath } from './dev-provider.js';
export { githubProvider } from './github-provider.js';
export { linkIdentity } from './identities.service.js';
export {
  callbackUrl,
  googleProvider,
  microsoftProvider,
  providerName,
  SignInProviders,
  type VerifiedIdentity,
} from './providers.js';
export { Session, SignInAttempt } from './session.entity.js';
export {
  createSession,
  findLiveSession,
  hashToken,
  isLiveSession,
  newToken,
  revokeAllSessions,
  revokeSession,
  touchSession,
} from './session.service.js';
export { type SignInFailure, SignInRefused } from './sign-in-refused.js';
export { loadTwoFactorKeys, TwoFactorKeys } from './two-factor/two-factor-crypto.js';
export {
  rotateTwoFactorSecrets,
  type TwoFactorKeyRotationReport,
} from './two-factor/two-factor-key-rotation.js';
export { secondFactorLimits } from './two-factor/two-factor-limiter.js';
export { removeConfirmedTwoFactor } from './two-factor/two-factor-removal.js';
export {
  hasConfirmedTwoFactor,
  mustEnrolTwoFactor,
  mustEnrolTwoFactorSql,
} from './two-factor/two-factor.service.js';
export { ResetTwoFactorInput, ResetTwoFactorPayload } from './two-factor/two-factor.types.js';
export { PermissionEnum, RoleEnum, Viewer } from './viewer.types.js';
