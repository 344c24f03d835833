import type { Io } from './Io.type.js';

/** What every command's registration gets: the process edges and a way to set the exit status. */
export interface CommandContext {
  readonly io: Io;
  /** Sets the exit status the process ends with (see `exitCodes.ts`). */
  readonly setExit: (code: number) => void;
}
