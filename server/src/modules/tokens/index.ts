/**
 * Public entry of modules/tokens: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * Partner API tokens: scopes, the Bearer check, request quotas.
 */
export {
  apiRequestsInMonthSql,
  apiRequestsThisMonth,
  monthlyRequestLimitKey,
  monthStartUtc,
  nextMonthStartUtc,
} from './api-request-quota.js';
export type { ApiTokenScope } from './api-token-scopes.js';
export {
  countLiveApiTokens,
  liveApiTokensSql,
  revokeApiTokensCreatedBy,
} from './api-token.service.js';
export { apiTokenAuthentication, apiTokenAuthOf, type TokenAuthState } from './bearer-auth.js';
