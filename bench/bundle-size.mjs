/**
 * Bundle size per page: the JavaScript a first visit to a page downloads, compressed as the
 * server sends it (gzip and brotli, the files `npm run build -w web` writes beside each asset),
 * from the build's manifest (web/dist/.vite/manifest.json): the entry and its static imports,
 * plus the page's own chunk (a dynamic import, AppRoutes) and its static imports.
 *
 *   node bench/bundle-size.mjs            (after `npm run build -w web`)
 *
 * Prints a Markdown table and exits 1 when the sign-in page or the Overview (the pages people land
 * on) needs more than BUNDLE_BUDGET_KB (250) of gzip (docs/BENCHMARKS.md, first load).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { rootDir } from './lib/machine.mjs';

const dist = path.join(rootDir, 'web', 'dist');
const manifestFile = path.join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.error(
    `bundle-size: ${path.relative(rootDir, manifestFile)} not found; run npm run build -w web`,
  );
  process.exit(1);
}
/** @type {Record<string, { file: string; imports?: string[]; isEntry?: boolean }>} */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const budget = Number(process.env.BUNDLE_BUDGET_KB ?? 250) * 1000;
const budgeted = new Set(['Sign-in', 'Overview']);

const pages = {
  'Sign-in': 'src/pages/sign-in/Page.tsx',
  Overview: 'src/pages/overview/Page.tsx',
  Plans: 'src/pages/billing/plans/Page.tsx',
  Invoices: 'src/pages/billing/invoices/Routes.tsx',
  Members: 'src/pages/members/Page.tsx',
  Security: 'src/pages/security/Page.tsx',
};
/** The signed-in frame (AppLayout), fetched with every page behind sign-in. */
const signedInPages = new Set(Object.keys(pages).filter((name) => name !== 'Sign-in'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const frameKey = Object.keys(manifest).find((key) => /src\/app\/SignedIn/.test(key));

/** Every chunk `key` needs before it runs: itself and its static imports, recursively. */
function closure(key, into = new Set()) {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, into);
  return into;
}

const size = (file) => (existsSync(file) ? statSync(file).size : NaN);
const kb = (bytes) => (bytes / 1000).toFixed(1);

const rows = [];
let over = false;
for (const [name, source] of Object.entries(pages)) {
  if (!(source in manifest)) throw new Error(`${source} is not a chunk of its own in the build`);
  const keys = closure(entryKey);
  if (signedInPages.has(name) && frameKey !== undefined) closure(frameKey, keys);
  closure(source, keys);
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const key of keys) {
    const file = path.join(dist, manifest[key].file);
    raw += size(file);
    // Files under 1 kB are not compressed (vite.config.ts): sent as they are.
    gzip += existsSync(`${file}.gz`) ? size(`${file}.gz`) : size(file);
    brotli += existsSync(`${file}.br`) ? size(`${file}.br`) : size(file);
  }
  if (budgeted.has(name) && gzip > budget) over = true;
  rows.push(`| ${name} | ${keys.size} | ${kb(raw)} | ${kb(gzip)} | ${kb(brotli)} |`);
}
console.log(`| Page | Scripts | JS (kB) | gzip (kB) | brotli (kB) |
| ---- | ------: | ------: | --------: | ----------: |
${rows.join('\n')}

Budget: ${kb(budget)} kB of gzip for the sign-in page and the Overview${over ? ' — EXCEEDED' : ''}.`);
process.exit(over ? 1 : 0);
