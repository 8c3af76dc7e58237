import { parentPort } from 'node:worker_threads'
import type { Scene } from '../../shared/export/scene'
import { drawBand } from './png-band'
import type { BandJob, BandMessage } from './png-bands'

/**
 * A PNG band thread (see png-bands.ts): reads the scene from its JSON, draws its bands one after
 * another and posts each one's deflate blocks back as it is done, moved rather than copied.
 */
const port = parentPort
if (!port) throw new Error('png-band-worker.ts runs as a worker thread (see png-bands.ts)')

port.once('message', async (job: BandJob) => {
  try {
    const { sceneJson, ...rest } = job.drawing
    const drawing = { ...rest, scene: JSON.parse(sceneJson) as Scene }
    for (const index of job.mine) {
      const band = await drawBand(drawing, job.bands[index])
      const message: BandMessage = { type: 'band', index, band }
      port.postMessage(message, [band.deflated.buffer as ArrayBuffer])
    }
  } catch (error) {
    const message: BandMessage = {
      type: 'failed',
      message: error instanceof Error ? error.message : String(error)
    }
    port.postMessage(message)
  }
})
