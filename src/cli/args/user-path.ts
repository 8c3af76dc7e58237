import { isAbsolute, resolve } from 'node:path'

/**
 * The directory the user ran the command from. `npm run` starts scripts in the package root and
 * leaves the caller's directory in INIT_CWD, so `npm run orgscope -- init` run in a subfolder
 * must write there, not at the repository root.
 */
export function userCwd(): string {
  return process.env.INIT_CWD ?? process.cwd()
}

/**
 * A path as the user meant it: a relative one is taken from where they ran the command. Kept as
 * given when that is the working directory anyway, so messages show it as typed.
 */
export function userPath(given: string): string {
  return isAbsolute(given) || userCwd() === process.cwd() ? given : resolve(userCwd(), given)
}
