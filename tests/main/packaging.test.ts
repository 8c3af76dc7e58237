import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { FONT_WEIGHTS } from '../../src/shared/export/fonts'

/**
 * The packaging configuration (electron-builder.yml) and what `npm run dist` feeds it. The
 * packages themselves need an Electron runtime to build, which this machine cannot download;
 * these tests hold the configuration to what the README promises.
 */
const root = new URL('../../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')
const config = parse(read('electron-builder.yml'))
const pkg = JSON.parse(read('package.json'))

/** The text of every TypeScript file under `dir`, joined. */
function sourcesUnder(dir: string): string {
  return readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => read(`${dir}/${file}`))
    .join('\n')
}

describe('packaging', () => {
  it('targets AppImage and deb on Linux, dmg on macOS, an nsis installer on Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toBe('dmg')
    expect(config.win.target).toBe('nsis')
  })

  it('packs the built bundles, and puts the bundled catalog beside app.asar', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'])
    )
    expect(pkg.main).toMatch(/^\.\/out\/main\//)
    for (const { from } of config.extraResources) expect(existsSync(new URL(from, root))).toBe(true)
  })

  it('ships as dependencies only the packages main loads at run time', () => {
    // electron-builder copies `dependencies` into app.asar; the renderer's packages (React,
    // React Flow, zustand) are bundled by Vite, so listing them there only made the package
    // bigger (47 MB app.asar before they moved to devDependencies).
    const mainSources =
      sourcesUnder('src/main') + sourcesUnder('src/node') + sourcesUnder('src/shared')
    for (const name of Object.keys(pkg.dependencies)) {
      expect(mainSources, `${name} is in dependencies but main never loads it`).toMatch(
        new RegExp(`['"\`]${name.replace(/[/.]/g, '\\$&')}['"/]`)
      )
    }
    for (const name of ['react', 'react-dom', '@xyflow/react', 'zustand']) {
      expect(pkg.dependencies, name).not.toHaveProperty(name)
    }
  })

  it('keeps the PNG export’s native Skia binary out of app.asar, where it could not load', () => {
    expect(pkg.dependencies).toHaveProperty('@napi-rs/canvas')
    expect(config.asarUnpack).toContain('node_modules/@napi-rs/canvas-*/**')
    // The binary for this machine is one of the packages that pattern covers.
    const binaries = readdirSync(new URL('node_modules/@napi-rs/', root)).filter((name) =>
      name.startsWith('canvas-')
    )
    expect(binaries.length).toBeGreaterThan(0)
  })

  it('ships the technology logos main reads, without the icon package’s index modules', () => {
    expect(pkg.dependencies).toHaveProperty('simple-icons')
    expect(config.files).toContain('!node_modules/simple-icons/index*.{js,mjs}')
    // What main reads is kept: no pattern leaves out the SVG files.
    const dropped = (config.files as string[]).filter((pattern) => pattern.startsWith('!'))
    expect(
      dropped.filter((pattern) => /simple-icons\/(icons|\*\*)|simple-icons\/\*\.svg/u.test(pattern))
    ).toEqual([])
  })

  it('leaves out only font files main never embeds', () => {
    // electron-builder.yml drops the weights outside 400-700 and the italics; a new weight in
    // the export would be missing from the package.
    expect(FONT_WEIGHTS).toEqual([400, 500, 600, 700])
    expect(config.files).toContain('!node_modules/@expo-google-fonts/inter/*_Italic/**')
  })

  it('has what electron-builder asks of package.json: a name, a version, an author', () => {
    expect(pkg.author).toMatch(/<.+@.+>/)
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(config.productName).toBe('OrgScope')
    // `npm run dist` renders the icon before electron-builder runs.
    expect(pkg.scripts.dist).toMatch(/npm run build && npm run icon && electron-builder/)
  })

  it('renders the app icon to a 1024×1024 PNG from build/icon.svg', () => {
    expect(config.directories.buildResources).toBe('build')
    const out = join(mkdtempSync(join(tmpdir(), 'orgscope-icon-')), 'icon.png')
    execFileSync(process.execPath, [new URL('scripts/make-icon.mjs', root).pathname, out])
    const png = PNG.sync.read(readFileSync(out))
    expect([png.width, png.height]).toEqual([1024, 1024])
    // The corners are transparent (a rounded square), the middle is the company colour.
    expect(png.data[3]).toBe(0)
    const middle = (512 * 1024 + 140) * 4
    expect([...png.data.subarray(middle, middle + 3)]).toEqual([0x5b, 0x4d, 0xe0])
  })
})
