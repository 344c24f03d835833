#!/usr/bin/env -S node --max-semi-space-size=8 --heap-growing-percent=50
// Memory: V8's defaults let the young generation grow to 32 MB and the old space to several times its
// live data before a full collection; a market-wide run then peaks above 160 MB where these keep it
// under 150 MB (docs/performance.md). A smaller young generation (1 MB) saves a little more memory
// but costs a fifth more time in collections.
// CommonJS (bin/package.json), like the bundle `npm run build` makes of dist/cli/main.js and all it
// loads (scripts/bundleCli.mjs): no ES module loader at start-up.
'use strict';

require('../dist/bundle/milestones.cjs').main();
