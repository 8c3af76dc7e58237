import { statSync, watch, type FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'

export interface FileWatcher {
  /** Stops watching; no callback runs after this returns. Safe to call twice. */
  close(): void
}

export interface WatchOptions {
  /** Quiet time after the last event before `onChange` runs: editors save in bursts. */
  debounceMs?: number
  /** How often to try again while the folder cannot be watched (deleted, unmounted). */
  retryMs?: number
}

/** Long enough to coalesce an editor's write-rename-chmod burst, short enough to feel live. */
export const DEBOUNCE_MS = 150
const RETRY_MS = 1000

/**
 * Calls `onChange` (debounced) whenever the file at `path` may have changed: written in place,
 * replaced by a rename (how most editors save: write a temporary file, rename it over), deleted,
 * or created again.
 *
 * It watches the file's FOLDER, not the file. A watch on the file itself follows the inode: after
 * a rename-over it keeps watching the old, now unlinked file and never fires again, and after a
 * delete it dies. A folder watch sees every name that changes in it, whatever the inode, on every
 * platform (inotify, FSEvents, ReadDirectoryChangesW), so there is nothing to re-arm after a save.
 * Events for other files in the folder are ignored; when the platform does not name the file
 * (`filename` null), the event counts, since a spurious reload is harmless and a missed one is not.
 *
 * A folder watch follows the folder's inode too, so after each burst the folder is checked: if it
 * was deleted, or replaced by another one of the same name, the watch is re-armed (every
 * `retryMs` until the folder is back, and `onChange` runs then, since the file may be back too).
 *
 * `onChange` is not told what happened: the caller reads the file and finds out.
 */
export function watchFile(
  path: string,
  onChange: () => void,
  { debounceMs = DEBOUNCE_MS, retryMs = RETRY_MS }: WatchOptions = {}
): FileWatcher {
  const folder = dirname(path)
  const name = basename(path)
  let watcher: FSWatcher | undefined
  /** The folder's inode when it was armed: another inode means the folder was replaced. */
  let watchedInode: number | undefined
  let debounce: NodeJS.Timeout | undefined
  let retry: NodeJS.Timeout | undefined
  let closed = false

  const changed = () => {
    if (closed) return
    clearTimeout(debounce)
    debounce = setTimeout(() => {
      if (closed) return
      if (folderInode() !== watchedInode) rearm()
      onChange()
    }, debounceMs)
  }

  const folderInode = (): number | undefined => {
    try {
      return statSync(folder).ino
    } catch {
      return undefined
    }
  }

  const arm = (): boolean => {
    watchedInode = folderInode()
    if (watchedInode === undefined) return false
    try {
      watcher = watch(folder, { persistent: false }, (_event, filename) => {
        if (filename == null || filename.toString() === name) changed()
      })
    } catch {
      return false
    }
    // The folder was deleted, renamed or unmounted: watch again once it is back.
    watcher.on('error', rearm)
    return true
  }

  const rearm = () => {
    watcher?.close()
    watcher = undefined
    if (!arm()) scheduleRetry()
  }

  const scheduleRetry = () => {
    if (closed) return
    clearTimeout(retry)
    retry = setTimeout(() => {
      if (closed) return
      if (arm()) changed()
      else scheduleRetry()
    }, retryMs)
  }

  if (!arm()) scheduleRetry()

  return {
    close() {
      closed = true
      clearTimeout(debounce)
      clearTimeout(retry)
      watcher?.close()
      watcher = undefined
    }
  }
}
