#!/usr/bin/env -S node --max-semi-space-size=1
// The small young generation keeps a market-wide run's memory bounded: V8's default lets the
// semi-spaces alone grow to ~48 MB, at no gain in speed for this workload (see README, Performance).
import { main } from '../dist/cli/main.js';

await main();
