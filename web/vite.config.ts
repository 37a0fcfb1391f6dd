import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { prefetchFirstRequests, routePreloads, splitGeneratedModule } from './build-plugins';
import { appRoutes, routeManifest } from './src/app/routes';

/** The Ledgerline server; in development the pages come from Vite and everything else from here. */
const serverOrigin = 'http://localhost:3000';
const serverRoutes = {
  '/graphql': serverOrigin,
  '^/auth/': serverOrigin,
  '/dev-oidc': serverOrigin,
  '/healthz': serverOrigin,
};

/** Writes `routes.json`: the paths the server serves the app for (src/app/routes.ts). */
const routesJson: Plugin = {
  name: 'ledgerline-routes-json',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'routes.json',
      source: JSON.stringify(routeManifest, null, 2) + '\n',
    });
  },
};

/** Text files worth compressing; smaller ones fit in a packet as they are. */
const compressible = /\.(js|mjs|css|html|svg|json|txt)$/;
const compressFrom = 1024;

/**
 * Writes `<file>.br` (brotli, best) and `<file>.gz` (gzip, best) beside every compressible file of
 * the build, once, at `npm run build`: the server sends them as they are to a browser that
 * accepts them (server/src/http/static-web.ts) instead of compressing on every request.
 */
const precompress: Plugin = {
  name: 'ledgerline-precompress',
  apply: 'build',
  writeBundle(options) {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    for (const file of walk(options.dir ?? 'dist')) {
      if (!compressible.test(file) || statSync(file).size < compressFrom) continue;
      const content = readFileSync(file);
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(content, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
            [zlib.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
      );
      writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    }
  },
};

export default defineConfig({
  plugins: [
    react(),
    splitGeneratedModule(),
    prefetchFirstRequests(),
    routePreloads(appRoutes),
    routesJson,
    precompress,
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps are written for debugging a build, never served (server/src/http/static-web.ts
    // refuses *.map): 'hidden' leaves out the sourceMappingURL comment that would ask for them.
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: which chunks each page needs (bench/bundle-size.mjs reads it).
    manifest: true,
    rollupOptions: {
      output: {
        // Every page is its own chunk (AppRoutes), and Rollup splits what pages share by use:
        // MUI's data grid and charts travel only with the pages that show them. Only the core
        // that every page needs is kept in named chunks, which change less often than our code
        // (browser caches stay warm across releases).
        manualChunks(id) {
          if (
            /\/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom)\//.test(id)
          ) {
            return 'react';
          }
          if (/\/node_modules\/(@apollo|graphql|@wry|optimism|zen-observable)/.test(id)) {
            return 'apollo';
          }
          return undefined;
        },
      },
    },
  },
  server: { port: 5173, proxy: serverRoutes },
  preview: { port: 4173, proxy: serverRoutes },
});
