import type { Io } from '../../src/cli/output/io'

/** An Io that records what a command printed, one entry per call, as the terminal shows it. */
export function recordingIo() {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text) }
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') }
}
