// @vitest-environment node
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../src/shared/ipc/channels'
import type { CatalogResult, OrgscopeApi } from '../../../src/shared/ipc/contract'
import { createBrowserApi } from '../../../src/renderer/src/web/browser-api'
import type { ContractApi } from '../../fixtures/contract-api'

type BrowserApi = ReturnType<typeof createBrowserApi>

const SERVED = `schemaVersion: 1
company: { name: Served }
divisions:
  - id: product
    name: Product
    teams: [{ id: api, name: API, summary: Serves. }]
`

/**
 * The browser build's API (what the page gets where there is no preload), in Node with the few
 * window parts it touches stubbed. The expectTypeOf lines are checked by `npm run typecheck`
 * (tsc), not when vitest runs them; the @ts-expect-error lines show those checks fail on an API
 * that differs.
 */
describe('the browser build’s API', () => {
  function stubPage(search = '') {
    const stored = new Map<string, string>()
    vi.stubGlobal('window', {
      location: { search },
      localStorage: {
        getItem: (key: string) => stored.get(key) ?? null,
        setItem: (key: string, value: string) => void stored.set(key, value),
        removeItem: (key: string) => void stored.delete(key),
        key: (index: number) => [...stored.keys()][index] ?? null,
        get length() {
          return stored.size
        }
      },
      open: vi.fn()
    })
  }
  beforeEach(() => stubPage())
  afterEach(() => vi.unstubAllGlobals())

  it('has one function per contract method', () => {
    const api = createBrowserApi() as unknown as Record<string, unknown>
    const methods = [...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)]
    expect(Object.keys(api).sort()).toEqual(methods.sort())
    for (const method of methods) expect(typeof api[method], method).toBe('function')
  })

  it('loads the bundled catalog, or the one the local server serves when the URL names it', async () => {
    expect(await createBrowserApi().loadCatalog()).toMatchObject({
      ok: true,
      source: { name: 'teleport.yaml', bundled: true }
    })

    stubPage('?catalog=team.yaml')
    const fetch = vi.fn(async (_url: string) => new Response(SERVED))
    vi.stubGlobal('fetch', fetch)
    expect(await createBrowserApi().loadCatalog()).toMatchObject({
      ok: true,
      catalog: { company: { name: 'Served' } },
      source: { name: 'team.yaml', bundled: false }
    })
    expect(fetch.mock.calls[0][0]).toBe('catalog/team.yaml')

    // Read as a picked file is: parsed by its name, errors at their file:line:column.
    fetch.mockResolvedValueOnce(new Response(SERVED.replace('Serves.', '[Serves.')))
    const broken = await createBrowserApi().loadCatalog()
    if (broken.ok) throw new Error('expected the broken catalog to fail')
    expect(broken.errors[0]).toMatchObject({ file: 'team.yaml', line: 6 })

    fetch.mockResolvedValueOnce(new Response('/x/team.yaml does not exist', { status: 404 }))
    expect(await createBrowserApi().loadCatalog()).toMatchObject({
      ok: false,
      errors: [
        { file: 'team.yaml', message: 'could not be read (404: /x/team.yaml does not exist)' }
      ]
    })
  })

  it('opens on the bundled catalog as the pipeline loads its file, frozen, without the pipeline', async () => {
    const result = await createBrowserApi().loadCatalog()
    if (!result.ok) throw new Error('the bundled catalog did not load')
    const loaded = loadCatalogText(readFileSync('data/teleport.yaml', 'utf8'), 'teleport.yaml')
    if (!loaded.ok) throw new Error(loaded.errors[0].message)
    // Normalized when the page is built (scripts/bundled-catalog-plugin.ts): the same data.
    expect(result.catalog).toStrictEqual(loaded.value)
    const unfrozen: string[] = []
    const walk = (value: unknown, path: string): void => {
      if (!value || typeof value !== 'object') return
      if (!Object.isFrozen(value)) unfrozen.push(path)
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`)
    }
    walk(result.catalog, 'catalog')
    expect(unfrozen).toEqual([])
  })

  it('has exactly the contract’s OrgscopeApi type', () => {
    expectTypeOf<BrowserApi>().toEqualTypeOf<OrgscopeApi>()
    expectTypeOf<BrowserApi['loadCatalog']>().returns.resolves.toEqualTypeOf<CatalogResult>()

    type WithoutPrint = Omit<BrowserApi, 'printToPdf'>
    // @ts-expect-error -- an API missing a contract method is not the contract's
    expectTypeOf<WithoutPrint>().toEqualTypeOf<ContractApi>()
    type FileAsPath = Omit<BrowserApi, 'openDroppedFile'> & {
      openDroppedFile(path: string): ReturnType<BrowserApi['openDroppedFile']>
    }
    // @ts-expect-error -- nor one whose method takes another argument
    expectTypeOf<FileAsPath>().toEqualTypeOf<ContractApi>()
    type NoResult = Omit<BrowserApi, 'saveViews'> & {
      saveViews(request: Parameters<BrowserApi['saveViews']>[0]): Promise<void>
    }
    // @ts-expect-error -- nor one whose method answers something else
    expectTypeOf<NoResult>().toEqualTypeOf<ContractApi>()
  })
})
