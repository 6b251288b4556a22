/**
 * The shape of src/, checked in `npm run lint`: no file or folder imports one that imports it,
 * and the layers import downwards only. domain is at the bottom and pure; data (the shipped
 * catalogue), io (import, export, storage) and graph (the cytoscape adapter) stand on it side
 * by side; ui is on top. The coder (text in, suggestions out) stands on domain only, beside them. Dynamic imports count: a lazy import is still a dependency.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-file-circle',
      comment: 'A file must not import, directly or through others, a file that imports it.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-circle',
      comment: 'Two folders must not import each other, directly or through others.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment: 'The domain imports nothing above it, and no React or cytoscape.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: ['^src/(data|io|graph|ui)/', '^node_modules/(react|react-dom|cytoscape)/'] },
    },
    {
      name: 'coder-is-pure',
      comment: 'The coder reads text and proposes; it runs in a worker and on the command line.',
      severity: 'error',
      from: { path: '^src/coder/' },
      to: { path: ['^src/(data|io|graph|ui)/', '^node_modules/(react|react-dom|cytoscape)/'] },
    },
    {
      name: 'data-stands-on-domain',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/(io|graph|ui)/' },
    },
    {
      name: 'io-not-graph',
      comment: 'Importers and exporters know nothing of cytoscape or the page.',
      severity: 'error',
      from: { path: '^src/io/' },
      to: { path: ['^src/(graph|ui)/', '^node_modules/(react|react-dom|cytoscape)/'] },
    },
    {
      name: 'graph-not-io',
      severity: 'error',
      from: { path: '^src/graph/' },
      to: { path: '^src/(io|ui)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
