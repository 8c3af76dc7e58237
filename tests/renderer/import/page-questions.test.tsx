// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PageQuestions } from '../../../src/renderer/src/import/PageQuestions'
import type { PlanSummary } from '../../../src/renderer/src/import/preview-protocol'
import type { ImportMapping } from '../../../src/shared/import/import-plan'

// React's act() warns unless told it runs in a test environment.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root
let host: HTMLElement

beforeEach(() => {
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

const plan = (company: string): PlanSummary => ({
  format: 'markdown',
  outline: [],
  notes: [],
  company
})

/** PageQuestions as the preview holds it: the mapping in state, the plan given from outside. */
function render(
  current: PlanSummary,
  mapping: ImportMapping,
  onMapping: (m: ImportMapping) => void
) {
  act(() =>
    root.render(
      <PageQuestions
        plan={current}
        mapping={mapping}
        onMapping={(change) => onMapping(change(mapping))}
      />
    )
  )
}

const field = () => host.querySelector('input') as HTMLInputElement

function type(text: string): void {
  act(() => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    setValue.call(field(), text)
    field().dispatchEvent(new Event('input', { bubbles: true }))
  })
}

describe('the Company question', () => {
  it('once emptied, shows no name until the import gives its own, never the one cleared', () => {
    let mapping: ImportMapping = { version: 1, roles: {}, company: 'Typed Co' }
    const typed = plan('Typed Co')
    render(typed, mapping, (next) => (mapping = next))
    expect(field().value).toBe('Typed Co')
    type('')
    // React's onBlur listens for focusout.
    act(() => field().dispatchEvent(new FocusEvent('focusout', { bubbles: true })))
    expect(mapping.company).toBeUndefined()
    // The mapping has changed; the plan on screen is still the one imported with the name.
    render(typed, mapping, (next) => (mapping = next))
    expect(field().value).toBe('')
    expect(field().placeholder).toBe('The name the import finds')
    // The source imported again without it: the import's own name.
    render(plan('Acme'), mapping, (next) => (mapping = next))
    expect(field().value).toBe('Acme')
  })
})
