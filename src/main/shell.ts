import { INVOKE_CHANNELS } from '../shared/ipc/channels'
import { failure, handle } from './ipc'
import { openExternalSafely } from './security'

export function setupShell(): void {
  // The contract has already limited the URL to http, https and mailto; openExternalSafely
  // checks again, at the call.
  handle(INVOKE_CHANNELS.openExternal, async ({ url }) => {
    try {
      await openExternalSafely(url)
      return { ok: true }
    } catch (error) {
      return failure(
        `could not open ${url}: ${error instanceof Error ? error.message : String(error)}`,
        'is there an application for this kind of link (browser, mail client)?'
      )
    }
  })
}
