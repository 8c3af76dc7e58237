import type { NoticeTone } from '../store/notices-slice'
import { useAppStore } from '../store/store'

/** For callers outside React. */
export function notify(tone: NoticeTone, text: string): void {
  useAppStore.getState().pushNotice(tone, text)
}
