import { create } from 'zustand'

/**
 * Short messages about things that happened in the background (settings set aside, saved views
 * that lost a technology, where a PDF went): apart from the view store, since a message is not
 * view state and the chart never re-renders because of one.
 */
export type NoticeTone = 'info' | 'warning' | 'error'

export interface Notice {
  id: number
  tone: NoticeTone
  text: string
}

interface NoticesState {
  notices: Notice[]
  push(tone: NoticeTone, text: string): void
  dismiss(id: number): void
}

/** Information goes by itself after a while; warnings and errors stay until dismissed. */
const INFO_MS = 8000
/** More would bury the chart: the oldest give way. */
const MAX_SHOWN = 4

let nextId = 1

export const useNotices = create<NoticesState>()((set, get) => ({
  notices: [],
  push: (tone, text) => {
    // The same message twice (a second save to the same fallback folder) says nothing new.
    if (get().notices.some((n) => n.text === text)) return
    const id = nextId++
    set(({ notices }) => ({ notices: [...notices, { id, tone, text }].slice(-MAX_SHOWN) }))
    if (tone === 'info') setTimeout(() => get().dismiss(id), INFO_MS)
  },
  dismiss: (id) => set(({ notices }) => ({ notices: notices.filter((n) => n.id !== id) }))
}))

/** For callers outside React. */
export function notify(tone: NoticeTone, text: string): void {
  useNotices.getState().push(tone, text)
}
