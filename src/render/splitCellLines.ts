// A table cell's lines as cli-table3 0.6 draws them (its `colorizeLines`): every line closes the
// colours and styles still open at its end, and the next line re-opens them, so a style never bleeds
// into the borders. Ported rule for rule, odd ones included, because the bytes must stay the same:
// - only these SGR codes are tracked: foreground 30-39 / 90-97 and background 40-49 / 100-107 (by
//   their first parameter; the last one seen wins), reset (0 or empty), and the exact on/off codes of
//   bold, italics, underline, inverse and strikethrough (`\e[1m`, not `\e[01m` or `\e[1;31m`);
// - open styles close in the order they were first seen, then the background, then the foreground;
//   they re-open in the reverse order of that (foreground first), which flips the style order from
//   one line to the next.

/** cli-table3's `codeRegex(true)`: an SGR escape (up to six parameters), its parameters captured. */
const SGR_WITH_PARAMETERS = /\u001b\[((?:\d*;){0,5}\d*)m/g;

/** The styles tracked by name: [on code, off code]. */
const STYLES: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['bold', ['\u001b[1m', '\u001b[22m']],
  ['italics', ['\u001b[3m', '\u001b[23m']],
  ['underline', ['\u001b[4m', '\u001b[24m']],
  ['inverse', ['\u001b[7m', '\u001b[27m']],
  ['strikethrough', ['\u001b[9m', '\u001b[29m']],
]);
/** Exact escape → the style it turns on or off. */
const TOGGLES = new Map<string, { style: string; on: boolean }>();
for (const [style, [on, off]] of STYLES) {
  TOGGLES.set(on, { style, on: true });
  TOGGLES.set(off, { style, on: false });
}
const DEFAULT_FOREGROUND = '\u001b[39m';
const DEFAULT_BACKGROUND = '\u001b[49m';

interface AnsiState {
  /** Style → on, in the order first seen (a style turned off keeps its place); made on first use. */
  styles?: Map<string, boolean>;
  foreground?: string;
  background?: string;
}

function readState(line: string): AnsiState {
  const state: AnsiState = {};
  SGR_WITH_PARAMETERS.lastIndex = 0;
  // exec, not matchAll: matchAll copies the regex on every call, a cost per coloured cell.
  for (let match = SGR_WITH_PARAMETERS.exec(line); match; match = SGR_WITH_PARAMETERS.exec(line)) {
    const [code, parameters] = match;
    const first = parameters ? parseInt(parameters.split(';')[0], 10) : 0; // NaN for `\e[;1m`: no rule
    if ((first >= 30 && first <= 39) || (first >= 90 && first <= 97)) state.foreground = code;
    else if ((first >= 40 && first <= 49) || (first >= 100 && first <= 107)) state.background = code;
    else if (first === 0) {
      state.styles = state.foreground = state.background = undefined;
    } else {
      const toggle = TOGGLES.get(code);
      if (toggle) (state.styles ??= new Map()).set(toggle.style, toggle.on);
    }
  }
  return state;
}

function appendClosers(state: AnsiState, line: string): string {
  let closed = line;
  for (const [style, on] of state.styles ?? []) if (on) closed += STYLES.get(style)![1];
  if (state.background && state.background !== DEFAULT_BACKGROUND) closed += DEFAULT_BACKGROUND;
  if (state.foreground && state.foreground !== DEFAULT_FOREGROUND) closed += DEFAULT_FOREGROUND;
  return closed;
}

function prependOpeners(state: AnsiState, line: string): string {
  let reopened = line;
  for (const [style, on] of state.styles ?? []) if (on) reopened = STYLES.get(style)![0] + reopened;
  if (state.background && state.background !== DEFAULT_BACKGROUND) reopened = state.background + reopened;
  if (state.foreground && state.foreground !== DEFAULT_FOREGROUND) reopened = state.foreground + reopened;
  return reopened;
}

/**
 * A one-line cell's text as drawn: closing what is still open at its end (nothing, for text coloured
 * by chalk, which closes what it opens). Equal to `splitCellLines(line)[0]`, without the arrays.
 */
export function closeOpenStyles(line: string): string {
  return line.includes('\u001b') ? appendClosers(readState(line), line) : line;
}

/** The lines of a cell's text (split at `\n`), each closing and re-opening the colours it spans. */
export function splitCellLines(text: string): string[] {
  const lines = text.split('\n');
  if (!text.includes('\u001b')) return lines; // nothing to carry: every step below leaves lines as they are
  let state: AnsiState = {};
  return lines.map((line) => {
    const reopened = prependOpeners(state, line);
    state = readState(reopened); // read again from the line's start, re-opened codes included
    return appendClosers(state, reopened);
  });
}
