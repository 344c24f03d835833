// Worker thread entry: reads the blocks of a plain file it claims (`workerData`) and posts them.
import { parentPort, workerData } from 'node:worker_threads';
import type { BlockRequest } from './Blocks.type.js';
import { scanClaimedBlocks } from './scanClaimedBlocks.js';

parentPort!.postMessage(scanClaimedBlocks(workerData as BlockRequest));
