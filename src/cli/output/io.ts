/**
 * Where a command writes. Each call is one line or block; the implementation adds the newline.
 * Commands take this instead of touching process streams, so tests run them in-process.
 */
export interface Io {
  stdout(text: string): void
  stderr(text: string): void
}

/** Exit code for every failure, usage mistakes included (the CLI issue asks for 1, not 2). */
export const EXIT_FAILURE = 1

/**
 * Control characters a terminal would act on rather than show: C0 except tab and newline (ESC
 * starts the sequences that retitle a window, clear the screen or rewrite the clipboard; CR
 * overwrites a line; BEL rings), DEL, and C1 (U+009B is CSI to some terminals).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu

/**
 * `text` with every control character written as a `\u001b`-style escape, so names from a
 * catalog, paths and arguments show what they hold instead of acting on the terminal. The escape
 * is JSON's own: a string inside JSON output keeps its value and the output stays valid JSON
 * (JSON.stringify escapes C0 already; DEL and C1 it leaves raw).
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** `io` with everything written through it escaped: the CLI's one way to the terminal. */
export function terminalIo(io: Io): Io {
  return {
    stdout: (text) => io.stdout(escapeControlCharacters(text)),
    stderr: (text) => io.stderr(escapeControlCharacters(text))
  }
}
