import type { ReactNode } from 'react'

/** A checkbox inside its label, so the whole label toggles it; `children` is what it says. */
export function Checkbox({
  checked,
  onChange,
  className,
  children
}: {
  checked: boolean
  onChange(checked: boolean): void
  className?: string
  children: ReactNode
}) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />{' '}
      {children}
    </label>
  )
}
