import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for every state-changing route outside /graphql (which has Apollo's CSRF
 * prevention): the browser's Origin (or, failing that, Referer) must be our own origin.
 * `exempt` lists server-to-server endpoints authenticated otherwise (OIDC token endpoint,
 * signed webhooks).
 */
export function originCheck(config: Pick<Config, 'publicUrl'>, exempt: (path: string) => boolean) {
  const expected = config.publicUrl.origin;
  return (req: Request, res: Response, next: NextFunction) => {
    if (safeMethods.has(req.method) || req.path === '/graphql' || exempt(req.path)) return next();
    const origin = req.get('origin');
    let source = origin;
    if (source === undefined) {
      const referer = req.get('referer');
      try {
        source = referer === undefined ? undefined : new URL(referer).origin;
      } catch {
        source = undefined;
      }
    }
    if (source === expected) return next();
    req.log.warn({ origin: source ?? null, path: req.path }, 'cross-origin request refused');
    res.status(403).json({
      error: { code: 'FORBIDDEN', message: 'Cross-origin request refused.' },
    });
  };
}
