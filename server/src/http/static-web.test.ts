import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { pino } from 'pino';
import { appPathMatcher, staticWeb } from './static-web.js';

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

/** A built web app in miniature: index.html, an asset and routes.json, served by staticWeb. */
describe('staticWeb', () => {
  let dir: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Ledgerline</title>');
    writeFileSync(join(dir, 'assets', 'index-abc.js'), 'export {};');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(
      join(dir, 'routes.json'),
      JSON.stringify({ patterns: ['/', '/members', '/billing/invoices/*'] }),
    );
    const app = express();
    app.use(staticWeb(pino({ level: 'silent' }), dir)!);
    app.use((_req, res) => {
      res.status(404).json({ error: { code: 'NOT_FOUND' } });
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true });
  });

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
      ['/robots.txt', 'text/html'],
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
});
