import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLongDecimal } from '../../src/ingest/parseLongDecimal.js';

/** `parseLongDecimal` over the whole of `text`. */
function parse(text: string): number {
  const bytes = Buffer.from(text, 'latin1');
  return parseLongDecimal(bytes, 0, bytes.length);
}

/** 16 to 19 digits, with or without a point somewhere inside. */
const longDecimal = fc
  .tuple(fc.stringMatching(/^[0-9]{16,19}$/), fc.nat())
  .map(([digits, at]) => {
    const point = at % digits.length;
    return point === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
  });

describe('parseLongDecimal', () => {
  it.each([
    // Yahoo's float32 expansions, as in fixtures/spx.csv and SOURCES.md.
    '17.65999984741211',
    '17.760000228881836',
    '31.86000061035156',
    '1005.8900146484376',
    // The exact value of a float32, longer than 15 digits.
    '447.36895751953125',
    '0.0077903904020786285',
    // Just above 2^53, where consecutive integers are no longer all doubles.
    '9007199254740994',
    '9999999999999999999',
  ])('reads %s as Number does', (text) => {
    expect(parse(text)).toBe(Number(text));
  });

  it('gives NaN (ask Number) for a value exactly halfway between two doubles', () => {
    // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2.
    expect(parse('9007199254740993')).toBeNaN();
    expect(parse('9007199254740993.000')).toBeNaN();
  });

  it('reads any 16 to 19 digit decimal as Number does, or gives NaN', () => {
    fc.assert(
      fc.property(longDecimal, (text) => {
        const value = parse(text);
        return Number.isNaN(value) || value === Number(text);
      }),
      { numRuns: 20_000 },
    );
  });

  it('settles every float32 printed in full (shortest form of its double)', () => {
    fc.assert(
      fc.property(fc.float({ min: Math.fround(1e-3), max: 1e6, noNaN: true }), (single) => {
        const text = String(single);
        fc.pre(!text.includes('e') && text.replace('.', '').replace(/^0+/, '').length >= 16);
        return parse(text) === Number(text);
      }),
      { numRuns: 20_000 },
    );
  });
});
