import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, stringifyAt } from '../../src/render/jsonPieces.js';

// The reference is JSON.stringify of the whole value, its lines after the first indented by
// inserting `indent` after every newline (JSON text holds no raw newline): how a value nested
// `indent` deep in a document stringified whole is written.
const reference = (value: unknown, step: string, indent: string): string => {
  const text = JSON.stringify(value, null, step);
  return step === '' ? text : text.replace(/\n/g, `\n${indent}`);
};

/** Any JSON value, with arrays long enough (up to 600) to be written a slice at a time. */
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant(null), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), tie('array'), tie('object')),
  array: fc.oneof(fc.array(tie('value'), { maxLength: 4 }), fc.array(fc.integer(), { minLength: 250, maxLength: 600 })),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
})).value;

const layout = fc.constantFrom<[string, string]>(['', ''], ['  ', ''], ['  ', '  '], ['  ', '    '], ['  ', '      '], ['\t', '\t\t']);

describe('jsonPieces', () => {
  it('writes the bytes of JSON.stringify, at any indentation, in pieces', () => {
    fc.assert(
      fc.property(json, layout, (value, [step, indent]) => {
        expect([...jsonPieces(value, step, indent)].join('')).toBe(reference(value, step, indent));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a long array in slices and never the whole of it as one piece', () => {
    const levels = Array.from({ length: 1000 }, (_, k) => ({ level: k * 100, status: 'confirmed' }));
    const pieces = [...jsonPieces({ symbol: 'X', milestones: levels }, '  ', '    ')];
    expect(pieces.join('')).toBe(reference({ symbol: 'X', milestones: levels }, '  ', '    '));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(levels, null, 2).length / 2);
  });
});

describe('stringifyAt', () => {
  it('indents the lines after the first as a value nested that deep', () => {
    expect(stringifyAt({ a: [1, 2] }, '  ', '    ')).toBe('{\n      "a": [\n        1,\n        2\n      ]\n    }');
    expect(stringifyAt([], '  ', '  ')).toBe('[]');
    expect(stringifyAt('x', '  ', '  ')).toBe('"x"');
  });
});
