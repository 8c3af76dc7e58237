import { Panel } from '@xyflow/react'
import { RELATION_KINDS } from '../../../shared/catalog/relation-kinds'
import { RELATION_LABEL, RELATION_STYLE } from '../../../shared/layout/relation-path'

/**
 * What the chart's lines mean while relations are shown: the tree's solid lines are the org,
 * the dashed ones are relations, an arrow pointing at the team depended on or supported.
 */
export function RelationLegend() {
  const dash = RELATION_STYLE.dash.join(' ')
  return (
    <Panel position="top-right" className="relation-legend" aria-label="Legend: lines">
      <ul>
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <path d="M2 5H26" className="relation-legend__tree" />
          </svg>
          reports to (the org)
        </li>
        {RELATION_KINDS.map((kind) => (
          <li key={kind}>
            <svg width="28" height="10" aria-hidden="true">
              <path
                d="M2 5H24"
                className="relation__line"
                strokeWidth={RELATION_STYLE.width}
                strokeDasharray={dash}
                fill="none"
              />
              {kind !== 'collaborates' && <path d="M26 5L20 2L20 8Z" className="relation__arrow" />}
            </svg>
            {RELATION_LABEL[kind]}
          </li>
        ))}
      </ul>
    </Panel>
  )
}
