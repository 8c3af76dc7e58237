import { findEntity } from '../../../shared/tree/lookup'
import { nodeId } from '../../../shared/tree/org-tree'
import { useAppStore, useCatalog } from '../store/store'

/** Company › Division › Team, while a branch is focused; each step widens the focus again. */
export function Breadcrumb({ focusId }: { focusId: string }) {
  const catalog = useCatalog()
  const focus = useAppStore((s) => s.focus)
  const entity = findEntity(catalog, focusId)
  if (!entity || entity.kind === 'company' || entity.kind === 'project') return null
  const steps: { id?: string; label: string }[] = [
    { id: undefined, label: catalog.company.name },
    { id: nodeId.division(entity.division), label: entity.division.name }
  ]
  if (entity.kind === 'team') steps.push({ id: nodeId.team(entity.team), label: entity.team.name })
  return (
    <nav className="breadcrumb" aria-label="Focused branch">
      <ol>
        {steps.map((step, i) => (
          <li key={step.label}>
            {i < steps.length - 1 ? (
              <button type="button" onClick={() => focus(step.id)}>
                {step.label}
              </button>
            ) : (
              <span aria-current="location">{step.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
