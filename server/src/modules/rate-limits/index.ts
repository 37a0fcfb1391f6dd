/**
 * Public entry of modules/rate-limits: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * Counters that slow down guessing: per address, per person, per token.
 */
export { perIpRateLimit } from './rate-limit.routes.js';
export {
  consumeRateLimit,
  countRateLimitFailure,
  type RateLimit,
  rateLimitBlockedUntil,
  rateLimited,
  retryAfterSeconds,
} from './rate-limit.service.js';
export { longestRateLimitWindowMs, rateLimitsOf } from './rate-limits.js';
