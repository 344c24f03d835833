/** C0 controls, DEL and C1 controls: a terminal acts on them (ESC and CSI begin escape sequences). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text from a file or the command line made safe to print where a terminal may show it: each control
 * character is written visibly as `\xHH` (`\x1b` for ESC), so a symbol can neither colour, move nor
 * clear the screen. Tables, Markdown, the terminal chart and every message on stderr go through
 * this; CSV, JSON and NDJSON keep the exact value (JSON escapes controls itself).
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
