/**
 * Where a command writes. Each call is one line or block; the implementation adds the newline.
 * Commands take this instead of touching process streams, so tests run them in-process.
 */
export interface Io {
  stdout(text: string): void
  stderr(text: string): void
}

/** A CLI command: its arguments (after the command name) in, an exit code out. Never throws. */
export type Command = (args: string[], io: Io) => Promise<number>

/** Exit code for every failure, usage mistakes included (the CLI issue asks for 1, not 2). */
export const EXIT_FAILURE = 1
