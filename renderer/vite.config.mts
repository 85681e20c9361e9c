import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/*
 * This file is type-checked with the renderer (no Node types), so the
 * directory comes from import.meta.url rather than node:path.
 */
const rendererDir = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(/^\/([A-Za-z]:)/, '$1');

/**
 * The dev server needs an inline React Refresh preamble and a WebSocket;
 * loosen the CSP for `vite serve` only. Built files keep the strict policy.
 */
function devCsp(): Plugin {
  return {
    name: 'letterdesk-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

export default defineConfig({
  root: rendererDir,
  // Relative asset URLs: the desktop app loads index.html from file://.
  base: './',
  plugins: [react(), devCsp()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Electron's Chromium is recent; no legacy transforms needed.
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
});
