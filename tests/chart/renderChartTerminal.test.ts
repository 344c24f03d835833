import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderChartTerminal } from '../../src/chart/renderChartTerminal.js';
import { smallModel } from './smallFixture.js';

const plain = new Chalk({ level: 0 });

describe('renderChartTerminal', () => {
  const text = renderChartTerminal(smallModel(), { columns: 60, rows: 14 }, plain);
  const lines = text.trimEnd().split('\n');

  it('returns exactly the requested number of rows, none wider than requested', () => {
    expect(lines).toHaveLength(14);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('puts each level rule on the row worked out by hand', () => {
    // 14 rows − 3 = 11 plot rows = 44 dot rows; the extent 85 … 305 maps onto dot rows 43 … 0.
    // 300: 43 × (305 − 300)/220 = 0.98 → dot 1 → plot row 0 (line 1, after the title);
    // 200: 43 × 105/220 = 20.5 → 21 → row 5 (line 6); 100: 43 × 205/220 = 40.07 → 40 → row 10 (line 11).
    expect(lines[1].startsWith('300 ┤')).toBe(true);
    expect(lines[6].startsWith('200 ┤')).toBe(true);
    expect(lines[11].startsWith('100 ┤')).toBe(true);
    for (const i of [2, 3, 4, 5, 7, 8, 9, 10]) expect(lines[i].startsWith('    │'), `line ${i} has no level`).toBe(true);
  });

  it('puts the first-close marker in the cell worked out by hand', () => {
    // Gutter: "200" + " ┤" = 5 columns; right: "250.00" + 2 = 8; plot = 60 − 5 − 8 = 47 columns = 94 dots.
    // 2024-01-07 is day 6 of 10: dot x = round(6/10 × 93) = 56 → column 28; close 205: dot y =
    // round(43 × 100/220) = round(19.5) = 20 → row 5. On line 6 at 5 + 28 = 33.
    expect(lines[6][33]).toBe('●');
    // The last close is written right of the plot on its row: 250 → round(43 × 55/220) = 11 → row 2.
    expect(lines[3].endsWith(' 250.00')).toBe(true);
  });

  it('draws the fixture as in the snapshot', () => {
    expect('\n' + text).toMatchInlineSnapshot(`
      "
      SMALL  daily close 2024-01-01 to 2024-01-11  last 250.00
      300 ┤ touched 2024-01-11 (305.00), no close above ┄○
          │
          │                                             ⢀▲ 250.00
          │                                         ⡠⠒⠊⠉⠁
          │                              ⢀⣀⣀⡀    ⢀⠔⠊
      200 ┤┄┄┄┄┄┄┄┄┄┄┄┄┄┄ 2024-01-07 ⢀⠔●⠉⠁┄┄⠈⠉⠒⠢⠔⠁┄┄┄┄┄┄┄┄
          │                         ⡠⠃
          │                      ⢀⡠⠊
          │                   ⣀⠤⠊⠁
          │        ⢀●⣀⣀⠤⠤⠤⠔⠒⠊⠉
      100 ┤⠤⠤⠔⠒⠒⠒⠉⠉⠁┄┄ first close 2024-01-03 ┄┄┄┄┄┄┄┄┄┄┄┄
           2024-01-01                           2024-01-11
      ┄ level  ● first close above  ○ touched only  ▲ record close
      "
    `);
  });

  it('colours only when given a colouring chalk', () => {
    expect(text).not.toMatch(/\u001b\[/);
    const coloured = renderChartTerminal(smallModel(), { columns: 60, rows: 14 }, new Chalk({ level: 1 }));
    expect(coloured).toMatch(/\u001b\[/);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(text);
  });
});
