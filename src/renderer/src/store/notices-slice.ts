import type { StateCreator } from 'zustand'

/**
 * Short messages about things that happened in the background (settings set aside, saved views
 * that lost a technology, where a PDF went).
 */
export type NoticeTone = 'info' | 'warning' | 'error'

export interface Notice {
  id: number
  tone: NoticeTone
  text: string
}

export interface NoticesSlice {
  notices: Notice[]
  pushNotice(tone: NoticeTone, text: string): void
  dismissNotice(id: number): void
}

/** Information goes by itself after a while; warnings and errors stay until dismissed. */
const INFO_MS = 8000
/** More would bury the chart: the oldest give way. */
const MAX_SHOWN = 4

let nextId = 1

export const createNoticesSlice: StateCreator<NoticesSlice, [], [], NoticesSlice> = (set, get) => ({
  notices: [],
  pushNotice: (tone, text) => {
    // The same message twice (a second save to the same fallback folder) says nothing new.
    if (get().notices.some((n) => n.text === text)) return
    const id = nextId++
    set(({ notices }) => ({ notices: [...notices, { id, tone, text }].slice(-MAX_SHOWN) }))
    if (tone === 'info') setTimeout(() => get().dismissNotice(id), INFO_MS)
  },
  dismissNotice: (id) => set(({ notices }) => ({ notices: notices.filter((n) => n.id !== id) }))
})
