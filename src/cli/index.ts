/**
 * Entry point of `npm run orgscope -- <command>`: binds the CLI to the process. Everything that
 * reaches the user is a message, never a stack trace.
 */
import { escapeControlCharacters, type Io } from './output/io'
import { runCli } from './run'

const io: Io = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`)
}

// `orgscope dump --json | head` closes the pipe early; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
})

runCli(process.argv.slice(2), io).then(
  // exitCode rather than process.exit(): let large outputs finish flushing to a pipe.
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`orgscope: ${escapeControlCharacters(message)}\n`)
    process.exitCode = 1
  }
)
