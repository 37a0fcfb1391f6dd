import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Router } from 'express';

/** Where `npm run build -w web` writes the app. */
export const webDistDir = resolve(import.meta.dirname, '../../../web/dist');

const apiPrefixes = ['/graphql', '/auth/', '/dev-oidc', '/healthz', '/readyz', '/webhooks/'];

/**
 * Serves the built React app from the API's origin: hashed assets with long caching, and
 * index.html for every other GET so client-side routes work on reload.
 */
export function staticWeb(dir: string = webDistDir): Router | undefined {
  const index = resolve(dir, 'index.html');
  if (!existsSync(index)) return undefined;
  const router = express.Router();
  router.use(
    '/assets',
    express.static(resolve(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.get(/.*/, (req, res, next) => {
    if (apiPrefixes.some((p) => req.path.startsWith(p))) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
