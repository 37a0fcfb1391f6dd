/**
 * First load: how long a signed-in person waits for the Overview's content on a slow line, in
 * Debian's Chromium (driven by Playwright), with the network throttled through the DevTools
 * protocol (Network.emulateNetworkConditions) — cold (empty browser cache) and warm (the same
 * browser loading the page again).
 *
 * "Content" is the moment the Overview shows its data: a heading, the cards' titles, and no
 * skeleton or "Loading…" status left in the main region (timed inside the page, from the start
 * of the navigation, by a MutationObserver). Also reported: when the app's frame first appeared
 * (the app bar: index.html draws it before any script runs, the app then its own), and the bytes
 * that came over the network.
 *
 * Subject: `server/dist/main.js` with the web build (`bench/run.sh first-load` builds both when
 * stale) on the embedded database in a fresh DATA_DIR, or an already running server
 * (BENCH_URL). The benchmark signs in once through the development provider and gives every
 * browser context that session.
 *
 * Environment (all optional):
 *   BENCH_LABEL      what is measured, printed with the results (e.g. "before: 0fd3f82")
 *   BENCH_URL        a running Ledgerline to measure instead of starting one (development
 *                    sign-in on), e.g. an older build for the "before" figures
 *   BENCH_RUNS       loads per profile and cache state (5); the median is reported
 *   CHROMIUM_PATH    the browser (/usr/bin/chromium)
 */
/* global document, window, MutationObserver */
import os from 'node:os';
import { chromium } from '@playwright/test';
import { benchmark, integerSetting, requireNode24 } from './lib/harness.mjs';
import { signInReturningPerson, startPortal } from './lib/portal.mjs';

/** The two lines of the issue: a good mobile or modest office line, and a slow mobile one. */
const profiles = [
  {
    name: '10 Mbit/s, 40 ms',
    downloadKbps: 10_000,
    uploadKbps: 10_000,
    latencyMs: 40,
    goalMs: 1000,
  },
  {
    name: '1.6 Mbit/s, 150 ms',
    downloadKbps: 1_600,
    uploadKbps: 750,
    latencyMs: 150,
    goalMs: 4000,
  },
];

requireNode24();
const runs = integerSetting('BENCH_RUNS', 5);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const children = [];
const bench = benchmark('first-load', {
  onInterrupt: () => children.forEach((child) => child.kill('SIGTERM')),
});

/** In the page, before any script: when the frame and the Overview's content first show. */
function watchForContent() {
  const marks = {};
  const check = () => {
    const now = performance.now();
    // The app bar: index.html's own (on a page in the signed-in frame), or the app's.
    if (
      marks.frame === undefined &&
      document.querySelector('header, html[data-boot-frame] .boot-bar')
    ) {
      marks.frame = now;
    }
    const main = document.querySelector('main');
    if (
      marks.content === undefined &&
      main?.querySelector('h1') &&
      main.querySelector('h2') &&
      !main.querySelector('.MuiSkeleton-root, [role="status"]')
    ) {
      marks.content = now;
      window.__firstLoad = marks;
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

async function measure(context, url, profile) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: (profile.downloadKbps * 1000) / 8,
    uploadThroughput: (profile.uploadKbps * 1000) / 8,
  });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    requests += 1;
  });
  await page.addInitScript(watchForContent);
  await page.goto(`${url}/`, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => window.__firstLoad !== undefined, undefined, {
    timeout: 120_000,
    polling: 100,
  });
  const marks = await page.evaluate(() => window.__firstLoad);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.close();
  return {
    contentMs: Math.round(marks.content),
    frameMs: Math.round(marks.frame ?? NaN),
    bytes,
    requests,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};

const report = bench.report({
  settings: {
    label: process.env.BENCH_LABEL ?? null,
    runs,
    url: process.env.BENCH_URL ?? null,
    chromium: chromiumPath,
  },
  profiles,
  // A shared machine's figures are read with its load in mind.
  loadAverage: os.loadavg(),
  results: [],
});

function markdown(r) {
  const rows = r.results.map(
    (x) =>
      `| ${x.profile} | ${x.cache} | **${x.contentMs}** | ${x.frameMs} | ${(x.bytes / 1000).toFixed(0)} | ${x.requests} | ${x.goalMs} | ${x.contentMs < x.goalMs ? 'met' : 'not met'} | ${x.runsMs.join(', ')} |`,
  );
  return `# First load: time to the Overview's content (${r.status})

${r.settings.label ? `${r.settings.label}. ` : ''}Commit ${r.git.commit}${r.git.dirty ? ' (uncommitted changes)' : ''}, ${r.machine.cpuModel ?? ''}, ${r.machine.nproc} CPUs, load average ${r.loadAverage.map((l) => l.toFixed(1)).join(' ')} at the start; median of ${r.settings.runs} loads each, phone viewport (390 × 844).

| Line | Cache | Content (ms) | Frame (ms) | Transferred (kB) | Requests | Goal (ms) | Goal | Each load (ms) |
| ---- | ----- | -----------: | ---------: | ---------------: | -------: | --------: | ---- | -------------- |
${rows.join('\n')}
`;
}

await bench.run({
  report,
  markdown,
  latest: 'first-load-latest',
  async body() {
    const url = process.env.BENCH_URL ?? (await startPortal(bench, children));
    const cookie = await signInReturningPerson(url, 'first-load@example.com', 'First Load');
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    bench.cleanups.push(() => browser.close());
    const cookies = cookie.split('; ').map((pair) => {
      const index = pair.indexOf('=');
      return { name: pair.slice(0, index), value: pair.slice(index + 1), url };
    });
    for (const profile of profiles) {
      const cold = [];
      const warm = [];
      for (let run = 0; run < runs; run += 1) {
        bench.checkInterrupted();
        // A fresh context has an empty cache: the cold load. The same context again: warm.
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
        await context.addCookies(cookies);
        cold.push(await measure(context, url, profile));
        warm.push(await measure(context, url, profile));
        await context.close();
        console.log(
          `${profile.name} run ${run + 1}: cold ${cold.at(-1).contentMs} ms, warm ${warm.at(-1).contentMs} ms`,
        );
      }
      for (const [cache, loads] of [
        ['cold', cold],
        ['warm', warm],
      ]) {
        report.results.push({
          profile: profile.name,
          cache,
          goalMs: profile.goalMs,
          contentMs: median(loads.map((load) => load.contentMs)),
          frameMs: median(loads.map((load) => load.frameMs)),
          bytes: median(loads.map((load) => load.bytes)),
          requests: median(loads.map((load) => load.requests)),
          runsMs: loads.map((load) => load.contentMs),
        });
      }
    }
    report.status = 'ok';
  },
});
