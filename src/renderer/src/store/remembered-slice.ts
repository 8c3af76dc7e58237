import type { StateCreator } from 'zustand'
import type { z } from 'zod'
import type { CameraViewport } from '../../../shared/persist/settings'

export type Viewport = Pick<z.output<typeof CameraViewport>, 'x' | 'y' | 'zoom'>

/**
 * The restore of remembered state in progress: the camera to put back once the chart has fitted
 * itself, and whether restoring is over (until then nothing is saved, or the defaults the page
 * starts with would overwrite the file before it was read).
 */
export interface RememberedSlice {
  restored: boolean
  viewportRequest?: Viewport
  setRestored(): void
  requestViewport(viewport: Viewport | undefined): void
}

export const createRememberedSlice: StateCreator<RememberedSlice, [], [], RememberedSlice> = (
  set
) => ({
  restored: false,
  setRestored: () => set({ restored: true }),
  requestViewport: (viewportRequest) => set({ viewportRequest })
})
