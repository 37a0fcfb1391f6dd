/**
 * Lighthouse 12.2.3 (`npx -y lighthouse@12.2.3`, with Debian's Chromium) on the sign-in page and
 * the signed-in Overview: performance, accessibility, best practices and SEO, mobile (Lighthouse's
 * default: a mid-range phone on a slow 4G line, simulated) and desktop (`--preset=desktop`).
 * The Overview gets the session cookie of a returning person through `--extra-headers`.
 *
 * Goals (issue 13): mobile performance ≥ 90, accessibility 100, best practices 100, SEO ≥ 95.
 *
 * Environment (all optional):
 *   BENCH_LABEL      what is measured, printed with the results (e.g. "before: 0fd3f82")
 *   BENCH_URL        a running Ledgerline to measure instead of starting one from the build
 *   CHROME_PATH      the browser (/usr/bin/chromium)
 *   LIGHTHOUSE       the command (npx -y lighthouse@12.2.3)
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';
import { benchmark, requireNode24 } from './lib/harness.mjs';
import { signInReturningPerson, startPortal } from './lib/portal.mjs';

requireNode24();
const run = promisify(execFile);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const lighthouse = (process.env.LIGHTHOUSE ?? 'npx -y lighthouse@12.2.3').split(' ');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const goals = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 95 };

const children = [];
const bench = benchmark('lighthouse', {
  onInterrupt: () => children.forEach((child) => child.kill('SIGTERM')),
});

const report = bench.report({
  settings: {
    label: process.env.BENCH_LABEL ?? null,
    url: process.env.BENCH_URL ?? null,
    chrome: chromePath,
    lighthouse,
  },
  loadAverage: os.loadavg(),
  goals,
  results: [],
});

/** One Lighthouse run; its scores (0–100) and the audits that cost points. */
async function audit(url, formFactor, headers) {
  const output = bench.resultPath(
    `-${formFactor}-${new URL(url).pathname.replace(/\W+/g, '_')}.json`,
  );
  const args = [
    ...lighthouse.slice(1),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${categories.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  if (headers !== undefined) {
    const file = bench.resultPath('-headers.json');
    writeFileSync(file, JSON.stringify(headers));
    args.push(`--extra-headers=${file}`);
  }
  await run(lighthouse[0], args, {
    env: { ...process.env, CHROME_PATH: chromePath },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  const result = JSON.parse(readFileSync(output, 'utf8'));
  if (
    result.finalDisplayedUrl &&
    new URL(result.finalDisplayedUrl).pathname !== new URL(url).pathname
  ) {
    throw new Error(`${url} ended at ${result.finalDisplayedUrl} (signed out?)`);
  }
  const scores = Object.fromEntries(
    categories.map((id) => [id, Math.round((result.categories[id]?.score ?? NaN) * 100)]),
  );
  const lost = categories.flatMap((id) =>
    result.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && (result.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}: ${ref.id}`),
  );
  const metrics = result.audits.metrics?.details?.items?.[0] ?? {};
  return {
    scores,
    lost,
    fcpMs: Math.round(metrics.firstContentfulPaint ?? NaN),
    lcpMs: Math.round(metrics.largestContentfulPaint ?? NaN),
    tbtMs: Math.round(metrics.totalBlockingTime ?? NaN),
    cls: metrics.cumulativeLayoutShift ?? null,
    runWarnings: result.runWarnings ?? [],
  };
}

function markdown(r) {
  const rows = r.results.map(
    (x) =>
      `| ${x.page} | ${x.formFactor} | ${categories.map((id) => x.scores[id]).join(' | ')} | ${x.fcpMs} | ${x.lcpMs} | ${x.tbtMs} | ${x.cls === null ? '' : x.cls.toFixed(3)} |`,
  );
  const lost = r.results
    .filter((x) => x.lost.length > 0)
    .map((x) => `- ${x.page}, ${x.formFactor}: ${x.lost.join(', ')}`);
  return `# Lighthouse (${r.status})

${r.settings.label ? `${r.settings.label}. ` : ''}Commit ${r.git.commit}${r.git.dirty ? ' (uncommitted changes)' : ''}, ${r.machine.cpuModel ?? ''}, ${r.machine.nproc} CPUs, load average ${r.loadAverage.map((l) => l.toFixed(1)).join(' ')} at the start.

| Page | Form factor | Performance | Accessibility | Best practices | SEO | FCP (ms) | LCP (ms) | TBT (ms) | CLS |
| ---- | ----------- | ----------: | ------------: | -------------: | --: | -------: | -------: | -------: | --: |
${rows.join('\n')}

Goals: mobile performance ≥ ${goals.performance}, accessibility ${goals.accessibility}, best practices ${goals['best-practices']}, SEO ≥ ${goals.seo}.
${lost.length > 0 ? `\nAudits below full marks:\n${lost.join('\n')}\n` : ''}`;
}

await bench.run({
  report,
  markdown,
  latest: 'lighthouse-latest',
  async body() {
    const url = process.env.BENCH_URL ?? (await startPortal(bench, children));
    const cookie = await signInReturningPerson(url, 'lighthouse@example.com', 'Lighthouse Person');
    for (const formFactor of ['mobile', 'desktop']) {
      for (const [page, path, headers] of [
        ['Sign-in', '/sign-in', undefined],
        ['Overview', '/', { Cookie: cookie }],
      ]) {
        bench.checkInterrupted();
        console.log(`lighthouse: ${page}, ${formFactor}…`);
        report.results.push({
          page,
          formFactor,
          ...(await audit(`${url}${path}`, formFactor, headers)),
        });
      }
    }
    report.status = 'ok';
  },
});
