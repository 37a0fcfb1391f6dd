import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { pino } from 'pino';
import { allowInlineScripts, securityHeaders } from './security-headers.js';
import { appPathMatcher, inlineScriptHashes, staticWeb } from './static-web.js';

/**
 * Serves the web build in `dir` as the app does (staticWeb, then the API's JSON 404), behind
 * `before` (e.g. the security headers); resolves with its URL and a close that also removes `dir`.
 */
async function serveWebDist(
  dir: string,
  before: express.RequestHandler[] = [],
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  for (const handler of before) app.use(handler);
  app.use(staticWeb(pino({ level: 'silent' }), dir)!);
  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND' } });
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true });
    },
  };
}

describe('appPathMatcher (web/src/app/routes.ts patterns)', () => {
  const isAppPath = appPathMatcher(['/', '/members', '/invite/:token', '/billing/invoices/*']);

  it.each([
    ['/', true],
    ['/members', true],
    ['/members/', true],
    ['/invite/abc123', true],
    ['/billing/invoices', true],
    ['/billing/invoices/inv_1', true],
    ['/billing/invoices/inv_1/anything', true],
    ['/invite', false],
    ['/invite/a/b', false],
    ['/members/x', false],
    ['/membersx', false],
    ['/billing/invoicesx', false],
    ['/nope', false],
  ])('%s: %s', (path, expected) => {
    expect(isAppPath(path)).toBe(expected);
  });
});

const script = `export const text = "${'Ledgerline '.repeat(200)}";`;

/** A built web app in miniature: index.html, an asset and routes.json, served by staticWeb. */
describe('staticWeb', () => {
  let dir: string;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Ledgerline</title>');
    writeFileSync(join(dir, 'assets', 'index-abc.js'), 'export {};');
    // What the web build writes (vite.config.ts, precompress): the script, its variants, its map.
    writeFileSync(join(dir, 'assets', 'page-def.js'), script);
    writeFileSync(join(dir, 'assets', 'page-def.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets', 'page-def.js.gz'), gzipSync(script));
    writeFileSync(join(dir, 'assets', 'page-def.js.map'), '{"version":3}');
    writeFileSync(join(dir, 'assets', 'only-gzip-ghi.css'), 'body{}');
    writeFileSync(join(dir, 'assets', 'only-gzip-ghi.css.gz'), gzipSync('body{}'));
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow:\n');
    writeFileSync(
      join(dir, 'routes.json'),
      JSON.stringify({ patterns: ['/', '/members', '/billing/invoices/*'] }),
    );
    ({ url, close } = await serveWebDist(dir));
  });
  afterAll(() => close());

  const page = (path: string) => fetch(`${url}${path}`, { headers: { accept: 'text/html' } });

  it('serves the app for the paths it has pages for', async () => {
    for (const path of ['/', '/members', '/billing/invoices/inv_1']) {
      const response = await page(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(await response.text()).toContain('<title>Ledgerline</title>');
    }
  });

  it('answers a page navigation to any other path 404, with the app (its "not found" page)', async () => {
    const response = await page('/no-such-page');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<title>Ledgerline</title>');
  });

  it('answers 404 without the app for missing files and non-page requests', async () => {
    for (const [path, accept] of [
      ['/sitemap.xml', 'text/html'],
      ['/assets/missing.js', '*/*'],
      ['/api/v1/invoices', 'application/json'],
    ] as const) {
      const response = await fetch(`${url}${path}`, { headers: { accept } });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.text()).not.toContain('<title>Ledgerline</title>');
    }
  });

  it('serves files that exist', async () => {
    expect((await fetch(`${url}/favicon.svg`)).status).toBe(200);
    expect((await fetch(`${url}/assets/index-abc.js`)).status).toBe(200);
  });

  /** A raw HTTP answer (node:http: fetch would undo the Content-Encoding this is about). */
  function raw(path: string, acceptEncoding?: string) {
    return new Promise<{ response: { status: number; headers: Headers }; body: Buffer }>(
      (resolve, reject) => {
        const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
        get(`${url}${path}`, { headers }, (message) => {
          const chunks: Buffer[] = [];
          message.on('data', (chunk: Buffer) => chunks.push(chunk));
          message.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(message.headers)) {
              if (value !== undefined) responseHeaders.set(name, String(value));
            }
            resolve({
              response: { status: message.statusCode ?? 0, headers: responseHeaders },
              body: Buffer.concat(chunks),
            });
          });
        }).on('error', reject);
      },
    );
  }

  it('sends the brotli or gzip file the build wrote to a browser that accepts it, marked as such', async () => {
    const brotli = await raw('/assets/page-def.js', 'gzip, deflate, br, zstd');
    expect(brotli.response.status).toBe(200);
    expect(brotli.response.headers.get('content-encoding')).toBe('br');
    expect(brotli.response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(brotli.response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(brotli.body.equals(brotliCompressSync(script))).toBe(true);

    const gzip = await raw('/assets/page-def.js', 'gzip');
    expect(gzip.response.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    // Only a gzip variant: a brotli-only browser is not sent it.
    const css = await raw('/assets/only-gzip-ghi.css', 'gzip, br');
    expect(css.response.headers.get('content-encoding')).toBe('gzip');
    expect(css.response.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('sends the plain file to a browser that accepts neither, still varying by encoding', async () => {
    for (const acceptEncoding of ['identity', 'deflate']) {
      const plain = await raw('/assets/page-def.js', acceptEncoding);
      expect(plain.response.status).toBe(200);
      expect(plain.response.headers.get('content-encoding')).toBeNull();
      expect(plain.response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(plain.body.toString()).toBe(script);
    }
    // A file without variants is sent as it is, and does not vary.
    const small = await raw('/assets/index-abc.js', 'br, gzip');
    expect(small.response.headers.get('content-encoding')).toBeNull();
    expect(small.body.toString()).toBe('export {};');
  });

  it('caches hashed assets for a year, immutable, in every encoding; index.html not at all', async () => {
    for (const acceptEncoding of ['br', 'gzip', 'identity']) {
      const { response } = await raw('/assets/page-def.js', acceptEncoding);
      expect({ acceptEncoding, cache: response.headers.get('cache-control') }).toEqual({
        acceptEncoding,
        cache: 'public, max-age=31536000, immutable',
      });
    }
    expect((await page('/members')).headers.get('cache-control')).toBe('no-cache');
    expect((await raw('/index.html')).response.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers HEAD for a precompressed asset with its headers and no body', async () => {
    const response = await fetch(`${url}/assets/page-def.js`, {
      method: 'HEAD',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(Number(response.headers.get('content-length'))).toBe(brotliCompressSync(script).length);
  });

  it('does not serve source maps', async () => {
    for (const path of ['/assets/page-def.js.map', '/assets/missing.js.map', '/page-def.js.map']) {
      const { response, body } = await raw(path, 'br, gzip');
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(body.toString()).not.toContain('version');
    }
  });

  it('serves robots.txt as the file it is, not the app', async () => {
    const response = await fetch(`${url}/robots.txt`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('User-agent: *\nDisallow:\n');
  });
});

/** index.html's inline script (the first requests, web/build-plugins.ts) runs by its hash only. */
describe('staticWeb: index.html with an inline script', () => {
  const inline = "window.__started = '</scr' + 'ipt>';";
  let dir: string;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><head><script>${inline}</script><script type="module" src="/assets/index-abc.js"></script></head>`,
    );
    writeFileSync(join(dir, 'routes.json'), JSON.stringify({ patterns: ['/', '/members'] }));
    writeFileSync(
      join(dir, 'preloads.json'),
      JSON.stringify({
        preloads: { '/members': ['/assets/Page-m1.js', '/assets/Grid-x.js', '"><script>x'] },
      }),
    );
    ({ url, close } = await serveWebDist(dir, [
      securityHeaders({ scriptSrc: [], frameSrc: [], connectSrc: [] }),
    ]));
  });
  afterAll(() => close());

  const scriptSrc = (response: Response) =>
    response.headers
      .get('content-security-policy')
      ?.split('; ')
      .find((directive) => directive.startsWith('script-src '));

  it('hashes only inline scripts, not those with a src', () => {
    const hash = createHash('sha256').update(inline).digest('base64');
    expect(
      inlineScriptHashes(`<script>${inline}</script><script type="module" src="/a.js"></script>`),
    ).toEqual([`sha256-${hash}`]);
  });

  it("allows the page's own inline script, by its hash, on every page answer and nowhere else", async () => {
    const hash = createHash('sha256').update(inline).digest('base64');
    for (const path of ['/', '/index.html', '/no-such-page']) {
      const response = await fetch(`${url}${path}`, { headers: { accept: 'text/html' } });
      expect({ path, scriptSrc: scriptSrc(response) }).toEqual({
        path,
        scriptSrc: `script-src 'self' 'sha256-${hash}'`,
      });
      expect(await response.text()).toContain(inline);
    }
    const api = await fetch(`${url}/api-thing`, { headers: { accept: 'application/json' } });
    expect(scriptSrc(api)).toBe("script-src 'self'");
  });

  it("names the page's own scripts as modulepreload links, and only the build's scripts", async () => {
    const members = await (
      await fetch(`${url}/members`, { headers: { accept: 'text/html' } })
    ).text();
    expect(members).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/Page-m1.js"><link rel="modulepreload" crossorigin href="/assets/Grid-x.js"></head>',
    );
    expect(members).not.toContain('<script>x');
    for (const path of ['/', '/no-such-page', '/index.html']) {
      const html = await (
        await fetch(`${url}${path}`, { headers: { accept: 'text/html' } })
      ).text();
      expect({ path, preloads: html.includes('modulepreload') }).toEqual({ path, preloads: false });
    }
  });

  it('adds hashes to script-src and leaves the other directives alone', () => {
    expect(
      allowInlineScripts(
        "default-src 'self'; script-src 'self' https://js.stripe.com; img-src 'self'",
        ['sha256-x'],
      ),
    ).toBe(
      "default-src 'self'; script-src 'self' https://js.stripe.com 'sha256-x'; img-src 'self'",
    );
    expect(allowInlineScripts("script-src 'self'", [])).toBe("script-src 'self'");
  });
});
