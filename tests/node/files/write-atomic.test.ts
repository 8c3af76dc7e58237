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
      const result = await writeFileAtomic(target, Buffer.from('x'.repeat(10_000)), {
        fs: failing(step, error)
      })
      expect(result.ok).toBe(false)
      expect(!result.ok && result.errors[0].message).toMatch(message)
      expect(await fs.readFile(target, 'utf8')).toBe(ORIGINAL)
      expect(await filesIn(dir)).toEqual(['chart.png'])
    }
  )

  it('says which folder is not writable and how to fix it', async () => {
    const result = await writeFileAtomic(target, 'x', {
      fs: failing(
        'open',
        errno('EACCES', `EACCES: permission denied, open '${dir}/.chart.png.tmp'`)
      )
    })
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

describe('writeFileAtomic: names, folders and links (issue 18)', () => {
  it('writes a legal 240-character file name: the temporary name is short whatever the target', async () => {
    const long = join(dir, `${'a'.repeat(236)}.svg`)
    expect(await writeFileAtomic(long, '<svg/>')).toEqual({ ok: true, path: long })
    expect(await fs.readFile(long, 'utf8')).toBe('<svg/>')
    expect(await filesIn(dir)).toEqual([`${'a'.repeat(236)}.svg`, 'chart.png'])
  })

  it('says a name too long for the file system is too long, naming it, not a temporary file', async () => {
    const name = `${'b'.repeat(296)}.png`
    const result = await writeFileAtomic(join(dir, name), 'x')
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: join(dir, name),
          line: 0,
          column: 0,
          message: `the file name ${name} is too long (300 bytes; the limit is 255)`,
          hint: 'choose a shorter name'
        }
      ]
    })
    expect(await filesIn(dir)).toEqual(['chart.png'])
  })

  it('reports a parent that is a file as a file, not as a missing folder', async () => {
    const result = await writeFileAtomic(join(target, 'inside.png'), 'x')
    expect(!result.ok && result.errors[0]).toMatchObject({
      message: `${target} is a file, not a folder, so nothing can be saved inside it`,
      hint: 'choose a folder that exists'
    })
    const deeper = await writeFileAtomic(join(target, 'a', 'b', 'inside.png'), 'x')
    expect(!deeper.ok && deeper.errors[0].message).toBe(
      `${target} is a file, not a folder, so nothing can be saved inside it`
    )
    expect(await fs.readFile(target, 'utf8')).toBe(ORIGINAL)
  })

  it('keeps a symbolic link: writes through to the file it points at, atomically', async () => {
    const realDir = await fs.mkdtemp(join(tmpdir(), 'orgscope-atomic-real-'))
    try {
      const real = join(realDir, 'settings.json')
      await fs.writeFile(real, '{"old":true}')
      await fs.chmod(real, 0o600)
      const link = join(dir, 'settings.json')
      await fs.symlink(real, link)

      expect(await writeFileAtomic(link, '{"new":true}')).toEqual({ ok: true, path: link })
      expect((await fs.lstat(link)).isSymbolicLink()).toBe(true)
      expect(await fs.readlink(link)).toBe(real)
      expect(await fs.readFile(real, 'utf8')).toBe('{"new":true}')
      expect((await fs.stat(real)).mode & 0o777).toBe(0o600)
      // The temporary file was made beside the real file and renamed onto it: nothing is left.
      expect(await filesIn(realDir)).toEqual(['settings.json'])
      expect(await filesIn(dir)).toEqual(['chart.png', 'settings.json'])
    } finally {
      await fs.rm(realDir, { recursive: true, force: true })
    }
  })

  it('follows a chain of relative links, and creates the file a dangling link names', async () => {
    await fs.mkdir(join(dir, 'real'))
    await fs.symlink('real/views.json', join(dir, 'second'))
    await fs.symlink('second', join(dir, 'first'))
    expect((await writeFileAtomic(join(dir, 'first'), '[]')).ok).toBe(true)
    expect(await fs.readFile(join(dir, 'real', 'views.json'), 'utf8')).toBe('[]')
    expect((await fs.lstat(join(dir, 'first'))).isSymbolicLink()).toBe(true)
    expect((await fs.lstat(join(dir, 'second'))).isSymbolicLink()).toBe(true)
  })

  it('reports a loop of links clearly', async () => {
    await fs.symlink('loop-b', join(dir, 'loop-a'))
    await fs.symlink('loop-a', join(dir, 'loop-b'))
    const result = await writeFileAtomic(join(dir, 'loop-a'), 'x')
    expect(!result.ok && result.errors[0].message).toBe(
      `too many symbolic links on the way to ${join(dir, 'loop-a')} (is there a loop?)`
    )
  })
})

describe('writeFileAtomic without replace (the CLI without --force)', () => {
  it('refuses an existing file, leaving it as it was', async () => {
    const result = await writeFileAtomic(target, 'new', { replace: false })
    expect(result).toMatchObject({
      ok: false,
      exists: true,
      errors: [{ file: target, message: 'the file already exists' }]
    })
    expect(await fs.readFile(target, 'utf8')).toBe(ORIGINAL)
    expect(await filesIn(dir)).toEqual(['chart.png'])
  })

  it('writes a new file', async () => {
    const fresh = join(dir, 'fresh.yaml')
    expect(await writeFileAtomic(fresh, 'a: 1\n', { replace: false })).toEqual({
      ok: true,
      path: fresh
    })
    expect(await fs.readFile(fresh, 'utf8')).toBe('a: 1\n')
    expect(await filesIn(dir)).toEqual(['chart.png', 'fresh.yaml'])
  })

  it('never replaces a file that appears while it writes', async () => {
    const racing = join(dir, 'race.yaml')
    const real = fs as unknown as AtomicWriteFs
    const result = await writeFileAtomic(racing, 'mine', {
      replace: false,
      fs: {
        ...real,
        link: async (from, to) => {
          await fs.writeFile(racing, 'theirs')
          return real.link(from, to)
        }
      }
    })
    expect(result).toMatchObject({ ok: false, exists: true })
    expect(await fs.readFile(racing, 'utf8')).toBe('theirs')
    expect(await filesIn(dir)).toEqual(['chart.png', 'race.yaml'])
  })
})

describe('writeFileAtomic: the temporary file', () => {
  it('is created exclusively: a symbolic link planted at its name is not followed', async () => {
    const victim = join(dir, 'victim.txt')
    await fs.writeFile(victim, 'precious')
    const real = fs as unknown as AtomicWriteFs
    const planted: string[] = []
    const flags: string[] = []
    const result = await writeFileAtomic(target, 'new chart', {
      fs: {
        ...real,
        open: async (path, flag, mode) => {
          // An attacker wins the race for the first name the writer picks.
          if (planted.length === 0) {
            await fs.symlink(victim, path)
            planted.push(path)
          }
          flags.push(flag)
          return real.open(path, flag, mode)
        }
      }
    })
    expect(result).toEqual({ ok: true, path: target })
    expect(flags).toEqual(['wx', 'wx'])
    expect(await fs.readFile(victim, 'utf8')).toBe('precious')
    expect(await fs.readFile(target, 'utf8')).toBe('new chart')
    // The planted link is not ours to remove; our own temporary file is gone.
    expect(await filesIn(dir)).toEqual(
      ['chart.png', planted[0].slice(dir.length + 1), 'victim.txt'].sort()
    )
  })
})
