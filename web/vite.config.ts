import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { routeManifest } from './src/app/routes';

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

export default defineConfig({
  plugins: [react(), routesJson],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Vendor code changes far less often than ours; separate chunks keep browser caches warm.
        manualChunks(id) {
          if (!id.includes('/node_modules/')) return undefined;
          if (/\/node_modules\/(@mui|@emotion)\//.test(id)) return 'mui';
          if (/\/node_modules\/(@apollo|graphql|@wry|optimism|zen-observable)/.test(id)) {
            return 'apollo';
          }
          return 'vendor';
        },
      },
    },
  },
  server: { port: 5173, proxy: serverRoutes },
  preview: { port: 4173, proxy: serverRoutes },
});
