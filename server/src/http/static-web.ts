import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Request, type Router } from 'express';
import type { Logger } from '../logging.js';

/** Where `npm run build -w web` writes the app. */
export const webDistDir = resolve(import.meta.dirname, '../../../web/dist');

/**
 * A matcher for the web app's route patterns (web/src/app/routes.ts, written to
 * `routes.json` by the build): `:name` is one non-empty path segment, a trailing `/*` any rest.
 */
export function appPathMatcher(patterns: readonly string[]): (path: string) => boolean {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const expressions = patterns.map((pattern) => {
    const splat = pattern.endsWith('/*');
    const segments = (splat ? pattern.slice(0, -2) : pattern)
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : escape(segment)));
    return new RegExp(`^${segments.join('/')}${splat ? '(?:/.*)?' : ''}/?$`);
  });
  return (path) => expressions.some((expression) => expression.test(path));
}

/** Whether a request is a browser navigating to a page (not a script, image or API call). */
const isPageNavigation = (req: Request) =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  !/\.[A-Za-z0-9]+$/.test(req.path) &&
  req.accepts(['html', 'json']) === 'html';

/**
 * Serves the built React app from the API's origin: hashed assets with long caching, and
 * index.html for the paths the app has pages for (so client-side routes work on reload). A page
 * navigation to any other path gets index.html with status 404 (the app shows its "not found"
 * page); anything else unknown falls through to the JSON 404.
 */
export function staticWeb(log: Logger, dir: string = webDistDir): Router | undefined {
  const index = resolve(dir, 'index.html');
  if (!existsSync(index)) return undefined;
  const manifest = resolve(dir, 'routes.json');
  let isAppPath: (path: string) => boolean;
  if (existsSync(manifest)) {
    const { patterns } = JSON.parse(readFileSync(manifest, 'utf8')) as { patterns: string[] };
    isAppPath = appPathMatcher(patterns);
  } else {
    log.warn('web/dist/routes.json not found (an older build): unknown paths get the app too');
    isAppPath = () => true;
  }
  const router = express.Router();
  router.use(
    '/assets',
    express.static(resolve(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.get(/.*/, (req, res, next) => {
    if (!isPageNavigation(req)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.status(isAppPath(req.path) ? 200 : 404).sendFile(index);
  });
  return router;
}
