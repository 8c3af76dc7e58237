// @vitest-environment node
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs } from '../../../src/node/files/write-atomic'

let dir: string
let target: string
const ORIGINAL = 'the chart exported yesterday'

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'orgscope-atomic-'))
  target = join(dir, 'chart.png')
  await fs.writeFile(target, ORIGINAL)
})

afterEach(async () => {
  await fs.chmod(dir, 0o755).catch(() => undefined)
  await fs.rm(dir, { recursive: true, force: true })
})

function errno(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code })
}

/** The real file system with one step replaced. */
function failing(step: 'open' | 'write' | 'sync' | 'rename', error: Error): AtomicWriteFs {
  const real = fs as unknown as AtomicWriteFs
  return {
    ...real,
    stat: (path) => real.stat(path),
    unlink: (path) => real.unlink(path),
    rename: step === 'rename' ? () => Promise.reject(error) : (a, b) => real.rename(a, b),
    open: async (path, flags, mode) => {
      if (step === 'open') throw error
      const handle = await real.open(path, flags, mode)
      return {
        close: () => handle.close(),
        sync: step === 'sync' ? () => Promise.reject(error) : () => handle.sync(),
        writeFile:
          step === 'write'
            ? async (data) => {
                // Half the bytes reach the temporary file, then the disk fills up.
                await handle.writeFile(Buffer.from(data).subarray(0, Buffer.from(data).length / 2))
                throw error
              }
            : (data) => handle.writeFile(data)
      }
    }
  }
}

async function filesIn(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).sort()
}

describe('writeFileAtomic', () => {
  it('replaces the target with the complete new content and leaves nothing else behind', async () => {
    const result = await writeFileAtomic(target, Buffer.from('new chart'))
    expect(result).toEqual({ ok: true, path: target })
    expect(await fs.readFile(target, 'utf8')).toBe('new chart')
    expect(await filesIn(dir)).toEqual(['chart.png'])
  })

  it('creates a new file with ordinary permissions and keeps those of a file it replaces', async () => {
    const fresh = join(dir, 'new.svg')
    expect((await writeFileAtomic(fresh, '<svg/>')).ok).toBe(true)
    expect((await fs.stat(fresh)).mode & 0o777).toBe(0o644 & ~process.umask())
    await fs.chmod(target, 0o600)
    await writeFileAtomic(target, 'again')
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600)
  })

  it.each([
    ['write', errno('ENOSPC'), /not enough disk space to write chart\.png in/],
    ['sync', errno('EIO', 'EIO: i/o error, fsync'), /could not write .*chart\.png: EIO/],
    ['rename', errno('EXDEV', 'EXDEV: cross-device link'), /could not write .*EXDEV/]
  ] as const)(
    'keeps the original file untouched and removes the temporary file when %s fails',
    async (step, error, message) => {
      const result = await writeFileAtomic(
        target,
        Buffer.from('x'.repeat(10_000)),
        failing(step, error)
      )
      expect(result.ok).toBe(false)
      expect(!result.ok && result.errors[0].message).toMatch(message)
      expect(await fs.readFile(target, 'utf8')).toBe(ORIGINAL)
      expect(await filesIn(dir)).toEqual(['chart.png'])
    }
  )

  it('says which folder is not writable and how to fix it', async () => {
    const result = await writeFileAtomic(
      target,
      'x',
      failing('open', errno('EACCES', `EACCES: permission denied, open '${dir}/.chart.png.tmp'`))
    )
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: target,
          line: 0,
          column: 0,
          message: `cannot write to the folder ${dir}: permission denied`,
          hint: 'choose another folder, or make this one writable (for example: chmod u+w on the folder)'
        }
      ]
    })
    expect(await fs.readFile(target, 'utf8')).toBe(ORIGINAL)
  })

  // Root ignores file permissions (CI runs as root), so this one needs an ordinary user; the
  // injected EACCES above covers the same path everywhere.
  it('fails cleanly in a real read-only folder', async (context) => {
    if (process.getuid?.() === 0) {
      console.info('skipped: running as root, which can write into a folder after chmod 555')
      context.skip()
    }
    await fs.chmod(dir, 0o555)
    const result = await writeFileAtomic(target, 'new')
    expect(!result.ok && result.errors[0].message).toContain('permission denied')
    expect(await fs.readFile(target, 'utf8')).toBe(ORIGINAL)
  })

  it('reports a missing folder and a target that is a folder', async () => {
    const missing = await writeFileAtomic(join(dir, 'nope', 'chart.png'), 'x')
    expect(!missing.ok && missing.errors[0].message).toBe(
      `the folder ${join(dir, 'nope')} does not exist`
    )
    const folder = await writeFileAtomic(dir, 'x')
    expect(!folder.ok && folder.errors[0].message).toBe(`${dir} is a folder`)
  })
})
