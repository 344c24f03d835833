#!/usr/bin/env -S node --max-semi-space-size=1 --heap-growing-percent=50 --no-lazy-feedback-allocation
// The small young generation and slower old-space growth keep a market-wide run's memory bounded:
// V8's defaults let the semi-spaces alone grow to ~48 MB and the old space to 4x its live data
// before a full collection, at no gain in speed for this workload (see README, Performance).
// --no-lazy-feedback-allocation: V8 records type feedback from a function's first call, so the
// optimised row loop already knows the paths a file's first rows take (a new index, its first
// session) and is not thrown away when the next index starts; a 1 M-row run warms up in ~50,000
// rows instead of ~400,000.
// CommonJS (bin/package.json), like the bundle `npm run build` makes of dist/cli/main.js and all it
// loads (scripts/bundleCli.mjs): no ES module loader at start-up.
'use strict';

require('../dist/bundle/milestones.cjs').main();
