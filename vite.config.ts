import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy of the built app. It is added at build time only: the dev server
 * needs inline scripts for hot reloading, which this policy forbids. `frame-ancestors` cannot be
 * set from a meta tag, so embedding is governed by the host's headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Open from a web address: the browser fetches any http(s) file whose host allows it (CORS).
  "connect-src 'self' https: http:",
  // The import worker, started from a file of this site.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'actor-graph-csp',
    apply: 'build',
    // Replaces the marker right after <meta charset>, so the policy governs every script tag.
    transformIndexHtml: (html) =>
      html.replace(
        '<!-- content-security-policy -->',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  // Relative asset paths, so dist/ works from any static host and any sub-folder.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    // cytoscape alone is ~430 kB minified and is needed to draw anything, so a larger entry
    // chunk is expected; fcose is split off and loaded on demand.
    chunkSizeWarningLimit: 1000,
  },
  test: {
    css: false,
    // Worker threads start faster than child processes: about 10 s less on two cores.
    pool: 'threads',
    // Pure modules run in plain Node: a DOM per file was a third of the unit tests' time.
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
