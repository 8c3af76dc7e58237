// @vitest-environment node
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import type { PreloadApi } from '../../src/preload/index'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import type { CatalogResult } from '../../src/shared/ipc/contract'
import type { ContractApi } from '../fixtures/contract-api'
import { contextBridge, ipcRenderer, resetElectronMock } from '../mocks/electron'

/**
 * The preload's API, from the source (built-shell.test.ts runs the built bundle). The
 * expectTypeOf lines are checked by `npm run typecheck` (tsc), not when vitest runs them; the
 * @ts-expect-error lines show those checks do fail on an API that differs.
 */
describe('the preload', () => {
  let api: Record<string, (...args: unknown[]) => unknown>

  beforeAll(async () => {
    resetElectronMock()
    await import('../../src/preload/index')
    api = contextBridge.exposed.orgscope as typeof api
  })

  it('exposes, as orgscope, one function per contract method', () => {
    expect(Object.keys(contextBridge.exposed)).toEqual(['orgscope'])
    const methods = [...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)]
    expect(Object.keys(api).sort()).toEqual(methods.sort())
    for (const method of methods) expect(typeof api[method], method).toBe('function')
  })

  it('sends each request on its method’s channel, as given', async () => {
    await api.openExternal({ url: 'https://goteleport.com' })
    await api.loadSettings()
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [INVOKE_CHANNELS.openExternal, { url: 'https://goteleport.com' }],
      [INVOKE_CHANNELS.loadSettings]
    ])
  })

  it('has exactly the contract’s OrgscopeApi type', () => {
    expectTypeOf<PreloadApi>().toEqualTypeOf<ContractApi>()
    expectTypeOf<PreloadApi['loadCatalog']>().returns.resolves.toEqualTypeOf<CatalogResult>()
    expectTypeOf<PreloadApi['onCatalogChanged']>()
      .parameter(0)
      .parameter(0)
      .toEqualTypeOf<CatalogResult>()

    type WithoutLoadCatalog = Omit<PreloadApi, 'loadCatalog'>
    // @ts-expect-error -- an API missing a contract method is not the contract's
    expectTypeOf<WithoutLoadCatalog>().toEqualTypeOf<ContractApi>()
    type UrlAsString = Omit<PreloadApi, 'openExternal'> & {
      openExternal(url: string): ReturnType<PreloadApi['openExternal']>
    }
    // @ts-expect-error -- nor one whose method takes another request
    expectTypeOf<UrlAsString>().toEqualTypeOf<ContractApi>()
    type AnswersAnything = Omit<PreloadApi, 'loadSettings'> & { loadSettings(): Promise<unknown> }
    // @ts-expect-error -- nor one whose method answers something else (ipcRenderer's any)
    expectTypeOf<AnswersAnything>().toEqualTypeOf<ContractApi>()
  })
})
