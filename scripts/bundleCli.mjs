// Bundles the compiled CLI (dist/, from tsc) into CommonJS in dist/bundle/: one file for what every
// run loads, plus one chunk per lazily loaded part (each command, each renderer), which
// bin/milestones.js requires. Node's ES module loader resolves, reads and links each of a `compute`
// run's ~50 files on its own, and a CommonJS entry skips the loader altogether: together a fifth of
// the start-up time. Dependencies stay external, loaded from node_modules as before (chalk, which
// is ES-only, by a dynamic `import()`, which CommonJS keeps).
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist/`;
const OUT = `${DIST}bundle/`;

/**
 * A bundled module's `import.meta.url` would be its chunk's: every one is rewritten to the URL of
 * the compiled file it came from (still in dist/), so relative URLs (package.json, the sample data)
 * resolve as they do unbundled. Any other `import.meta` (`dirname`, `resolve`)
 * stops the build rather than point somewhere else.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  transform(code, id) {
    if (!id.startsWith(DIST) || !code.includes('import.meta')) return null;
    const fromOut = relative(OUT, id).split('\\').join('/');
    const rewritten = code.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromOut)}, import_meta_url).href`);
    if (rewritten.includes('import.meta')) this.error(`${id}: only import.meta.url can be bundled (scripts/bundleCli.mjs)`);
    return { code: rewritten.replaceAll('import_meta_url', 'import.meta.url') };
  },
};

rmSync(OUT, { recursive: true, force: true }); // no stale chunks from an earlier build
await build({
  input: { milestones: `${DIST}cli/main.js` },
  platform: 'node',
  external: [/^node:/, /^[^./]/],
  plugins: [keepModuleUrls],
  logLevel: 'warn',
  output: { dir: OUT, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
});
