import type { Mark } from '../store/derived-lens'

/**
 * A dot in each technology's colour for the marks the lens gives a node, named by its tooltip:
 * the chart's cards and the outline draw them alike (the caller says them to screen readers).
 */
export function MarkDots({ marks, className }: { marks: readonly Mark[]; className: string }) {
  return (
    <>
      {marks.map((mark) => (
        <span
          key={mark.name}
          className={className}
          title={mark.name}
          style={{ background: mark.color }}
        />
      ))}
    </>
  )
}
