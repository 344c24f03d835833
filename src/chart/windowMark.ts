import type { ChartLevel, ChartPanel } from './ChartModel.type.js';

/** Whether `day` falls within the panel's sessions (its first to its last): a fact there is marked. */
export function inWindow(panel: ChartPanel, day: number): boolean {
  return day >= panel.days[0] && day <= panel.days[panel.days.length - 1];
}

/**
 * What a level's marker in the panel's window is: `close`, a dot where the index first closed
 * above it; `touch`, a ring where a level never closed above was first traded above; `null`
 * when that day is outside the window.
 */
export function windowMark(panel: ChartPanel, level: ChartLevel): { kind: 'close' | 'touch'; day: number; value: number } | null {
  const fact = level.status === 'confirmed' ? level.firstClose : level.status === 'pending' ? level.firstTouch : null;
  if (fact === null || !inWindow(panel, fact.day)) return null;
  return { kind: level.status === 'confirmed' ? 'close' : 'touch', ...fact };
}

/** Which markers a panel's window shows for `levels`: what its legend names. */
export function windowMarks(panel: ChartPanel, levels: readonly ChartLevel[]): { closes: boolean; touches: boolean } {
  const kinds = new Set(levels.map((l) => windowMark(panel, l)?.kind));
  return { closes: kinds.has('close'), touches: kinds.has('touch') };
}
