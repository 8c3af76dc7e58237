import { receiveCatalog, type PartResult } from '../../src/shared/ipc/catalog-transfer'
import { TRANSPORT_CHANNELS } from '../../src/shared/ipc/channels'
import type { CatalogMessage, CatalogResult } from '../../src/shared/ipc/contract'

type Invoke = (channel: string, payload?: unknown) => Promise<unknown>

/**
 * A catalog message from main as the page gets it: the catalog fetched part by part, as the
 * preload does, through `invoke` (the fake electron's invokeFrom, bound to a window). Takes
 * the invoke rather than importing the fake, whose module tests load afresh per test.
 */
export async function receivedCatalog(
  invoke: Invoke,
  message: CatalogMessage
): Promise<CatalogResult> {
  if (!message.ok) return message
  const { ticket, source } = message
  const received = await receiveCatalog(
    ticket,
    (index) =>
      invoke(TRANSPORT_CHANNELS.catalogPart, { id: ticket.id, index }) as Promise<PartResult>
  )
  return { ...received, source }
}
