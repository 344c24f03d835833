// Bundles the compiled CLI (dist/, from tsc) into dist/bundle/: one module for what every run loads,
// plus one chunk per lazily loaded part (each command, each renderer). Node's ES module loader
// resolves, reads and links each file on its own, which for the ~50 files of a `compute` run was a
// fifth of the start-up time. Dependencies stay external: they load from node_modules as before.
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist/`;
const OUT = `${DIST}bundle/`;

/**
 * A bundled module's `import.meta.url` would be its chunk's: every one is rewritten to the URL of
 * the compiled file it came from (still in dist/), so relative URLs (package.json, the sample data,
 * a worker script) resolve as they do unbundled.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  transform(code, id) {
    if (!id.startsWith(DIST) || !code.includes('import.meta.url')) return null;
    const fromOut = relative(OUT, id).split('\\').join('/');
    return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromOut)}, import.meta.url).href`) };
  },
};

rmSync(OUT, { recursive: true, force: true }); // no stale chunks from an earlier build
await build({
  input: { milestones: `${DIST}cli/main.js` },
  platform: 'node',
  external: [/^node:/, /^[^./]/],
  plugins: [keepModuleUrls],
  logLevel: 'warn',
  output: { dir: OUT, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});
