import { EXIT_FAILURE, type Io } from './io'

/** Reports a command-line mistake with the usage that fixes it. */
export function usageError(io: Io, command: string, reason: string, usage: string): number {
  io.stderr(
    `orgscope ${command}: ${reason}\nUsage: orgscope ${usage}\nRun "orgscope --help" for more.`
  )
  return EXIT_FAILURE
}
