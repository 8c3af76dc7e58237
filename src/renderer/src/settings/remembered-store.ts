import { create } from 'zustand'
import type { CameraViewport } from '../../../shared/persist/settings'
import type { z } from 'zod'

/**
 * The restore in progress: the camera to put back once the chart has fitted itself, and whether
 * restoring is over (until then nothing is saved, or the defaults the page starts with would
 * overwrite the file before it was read).
 */
interface RememberedState {
  restored: boolean
  viewportRequest?: { x: number; y: number; zoom: number }
  setRestored(): void
  requestViewport(viewport: { x: number; y: number; zoom: number } | undefined): void
}

export type Viewport = Pick<z.output<typeof CameraViewport>, 'x' | 'y' | 'zoom'>

export const useRemembered = create<RememberedState>()((set) => ({
  restored: false,
  setRestored: () => set({ restored: true }),
  requestViewport: (viewportRequest) => set({ viewportRequest })
}))
