import type { ReactNode } from 'react'

/**
 * Joined buttons of which exactly one is chosen: a radio group to assistive technology. The
 * options are shown in order, `text` and `title` give each one's words.
 */
export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
  text,
  title,
  className
}: {
  label: string
  options: readonly T[]
  value: T
  onChange(value: T): void
  text(option: T): ReactNode
  title?(option: T): string
  className?: string
}) {
  return (
    <div
      role="radiogroup"
      aria-label={label}
      className={className ? `segmented ${className}` : 'segmented'}
    >
      {options.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={value === option}
          onClick={() => onChange(option)}
          title={title?.(option)}
        >
          {text(option)}
        </button>
      ))}
    </div>
  )
}
