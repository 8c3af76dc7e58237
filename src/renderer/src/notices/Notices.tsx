import './notices.css'
import { useAppStore } from '../store/store'

/**
 * The message stack, bottom centre. The live region is always in the page (a region that
 * appears together with its text is often not announced); each message has its own Dismiss.
 */
export function Notices() {
  const notices = useAppStore((s) => s.notices)
  const dismiss = useAppStore((s) => s.dismissNotice)
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Messages">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.tone}`}>
          <p className="notice__text">{notice.text}</p>
          <button
            type="button"
            className="notice__dismiss"
            onClick={() => dismiss(notice.id)}
            aria-label="Dismiss message"
            title="Dismiss"
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
