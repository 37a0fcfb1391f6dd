import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Logger } from '../logging.js';
import { allowInlineScripts } from './security-headers.js';

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

/** Skips the web app for this request: it ends in the API's JSON 404. */
function notServed(next: (route?: 'router') => void): void {
  next('router');
}

/** Whether a request is a browser navigating to a page (not a script, image or API call). */
const isPageNavigation = (req: Request) =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  !/\.[A-Za-z0-9]+$/.test(req.path) &&
  req.accepts(['html', 'json']) === 'html';

/**
 * The `'sha256-…'` source of every inline script in `html` (the build's index.html starts the
 * page's first GraphQL requests from one: web/build-plugins.ts), for the Content-Security-Policy.
 */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    ([, body]) =>
      `sha256-${createHash('sha256')
        .update(body ?? '', 'utf8')
        .digest('base64')}`,
  );
}

/**
 * index.html for a page path, naming the scripts of that page (`preloads.json`, written by the
 * web build: web/build-plugins.ts, `routePreloads`) as `<link rel="modulepreload">`: the browser
 * fetches them alongside the first script instead of after it has run. Paths without a page of
 * their own get index.html as it is. Built once per route pattern.
 */
export function pagePreloads(
  dir: string,
  indexHtml: string,
  log: Logger,
): (path: string) => string {
  const file = resolve(dir, 'preloads.json');
  if (!existsSync(file)) {
    log.warn('web/dist/preloads.json not found (an older build): pages are sent without preloads');
    return () => indexHtml;
  }
  const { preloads } = JSON.parse(readFileSync(file, 'utf8')) as {
    preloads: Record<string, string[]>;
  };
  const pages = Object.entries(preloads).map(([pattern, scripts]) => {
    const links = scripts
      // Only the build's own hashed scripts: nothing else can end up in the page.
      .filter((script) => /^\/assets\/[\w.-]+\.js$/.test(script))
      .map((script) => `<link rel="modulepreload" crossorigin href="${script}">`)
      .join('');
    return {
      matches: appPathMatcher([pattern]),
      html: links === '' ? indexHtml : indexHtml.replace('</head>', `${links}</head>`),
    };
  });
  return (path) => pages.find((page) => page.matches(path))?.html ?? indexHtml;
}

/** Hashed file names never change content: cached for a year, never revalidated. */
const assetCaching = { maxAge: '1y', immutable: true } as const;

/**
 * Serves `/assets/<file>` from the `.br` or `.gz` file the web build wrote beside it (vite.config.ts,
 * `precompress`) when the browser accepts that encoding, with `Content-Encoding` and
 * `Vary: Accept-Encoding`; other files, and browsers that accept neither, fall through to the
 * plain file. Which variants exist is read once, at start-up (the build does not change under a
 * running server).
 */
function precompressedAssets(assetsDir: string): RequestHandler {
  const files = existsSync(assetsDir) ? new Set(readdirSync(assetsDir)) : new Set<string>();
  const encodings = [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const;
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    if (name.includes('/') || !files.has(name)) return next();
    const available = encodings.filter(([, suffix]) => files.has(name + suffix));
    if (available.length === 0) return next();
    // A shared cache must keep the variants apart, whichever this answer is.
    res.vary('Accept-Encoding');
    // Ours, not the browser's, order of preference: Chrome lists "gzip, deflate, br, zstd" with
    // equal weight, and brotli is the smaller.
    const variant = available.find(([encoding]) => req.acceptsEncodings(encoding) === encoding);
    if (variant === undefined) return next();
    const [encoding, suffix] = variant;
    res.type(extname(name));
    res.setHeader('Content-Encoding', encoding);
    res.sendFile(resolve(assetsDir, name + suffix), assetCaching, (error) => {
      if (error !== undefined && !res.headersSent) next(error);
    });
  };
}

/**
 * Serves the built React app from the API's origin: hashed assets with long caching (the
 * precompressed variant when the browser takes it), and
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
  // index.html is read once (the build does not change under a running server) and sent with
  // a policy that lets its own inline script run, and no other.
  const indexHtml = readFileSync(index, 'utf8');
  const scriptHashes = inlineScriptHashes(indexHtml);
  const pageHtml = pagePreloads(dir, indexHtml, log);
  const sendIndex = (res: Response, status: number, path?: string) => {
    const policy = res.getHeader('Content-Security-Policy');
    if (typeof policy === 'string') {
      res.setHeader('Content-Security-Policy', allowInlineScripts(policy, scriptHashes));
    }
    // It names the current build's scripts and may carry nothing but them: always asked again.
    res.setHeader('Cache-Control', 'no-cache');
    res
      .status(status)
      .type('html')
      .send(path === undefined ? indexHtml : pageHtml(path));
  };
  const router = express.Router();
  router.get('/index.html', (_req, res) => sendIndex(res, 200));
  // Source maps stay on the server (the build writes them for debugging): they would publish
  // the app's source. The build leaves no reference to them in the scripts either.
  router.use((req, _res, next) => (req.path.endsWith('.map') ? notServed(next) : next()));
  const assets = resolve(dir, 'assets');
  router.use('/assets', precompressedAssets(assets));
  router.use('/assets', express.static(assets, { ...assetCaching, fallthrough: false }));
  // robots.txt, the favicon: fixed names, so short caching.
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.get(/.*/, (req, res, next) => {
    if (!isPageNavigation(req)) return next();
    sendIndex(res, isAppPath(req.path) ? 200 : 404, req.path);
  });
  return router;
}
