import { describe, expect, it } from 'vitest';
import { loadRowParser } from '../../src/ingest/fast/loadRowParser.js';

describe('loadRowParser', () => {
  it('loads the built WebAssembly row parser (npm run build makes it), so the tests run it', () => {
    expect(loadRowParser()).not.toBeNull();
  });
});
