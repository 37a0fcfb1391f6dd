import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Clock } from '../../clock.js';
import type { Orm } from '../../db/handles.js';
import { consumeRateLimit, retryAfterSeconds, type RateLimit } from './rate-limit.service.js';

/** The client address as Express derives it (X-Forwarded-For only with TRUST_PROXY). */
export function clientKey(req: Request): string {
  return req.ip ?? 'unknown';
}

/**
 * Counts each request of the client address against `limit`; beyond it answers 429 with
 * Retry-After: a short page for a browser (these are sign-in navigations), JSON otherwise.
 */
export function perIpRateLimit(deps: { orm: Orm; clock: Clock }, limit: RateLimit): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const now = deps.clock.now();
      const outcome = await consumeRateLimit(deps.orm.em.fork(), limit, clientKey(req), now);
      if (outcome.allowed) {
        next();
        return;
      }
      const retryAfter = retryAfterSeconds(outcome.resetAt, now);
      req.log.warn({ bucket: limit.bucket, resetAt: outcome.resetAt }, 'rate limited');
      const message = `Too many sign-in attempts from your network. Try again in ${Math.ceil(retryAfter / 60)} minute${retryAfter > 60 ? 's' : ''}.`;
      res.status(429).setHeader('Retry-After', String(retryAfter));
      res.format({
        html: () => {
          res.send(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many attempts</title></head>` +
              `<body><h1>Too many attempts</h1><p>${message}</p></body></html>`,
          );
        },
        default: () => {
          res.json({
            error: { code: 'RATE_LIMITED', message, resetAt: outcome.resetAt.toISOString() },
          });
        },
      });
    } catch (error) {
      next(error);
    }
  };
}
