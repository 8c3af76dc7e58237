// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { defaultFileName } from '../../../src/shared/export/file-name'

describe('defaultFileName', () => {
  it('names the catalog, the selected technologies and the date, with the format’s extension', () => {
    expect(defaultFileName('Teleport', ['Go', 'Kubernetes'], '2026-03-04', 'png')).toBe(
      'teleport-org-chart-go-kubernetes-2026-03-04.png'
    )
    expect(defaultFileName('Teleport', [], '2026-03-04', 'html')).toBe(
      'teleport-org-chart-2026-03-04.html'
    )
  })

  it('keeps names safe for every file system', () => {
    expect(defaultFileName('Ålborg R&D / Ops', ['C++', 'C#', 'Node.js'], '2026-03-04', 'svg')).toBe(
      'alborg-r-d-ops-org-chart-cplusplus-csharp-node-js-2026-03-04.svg'
    )
    expect(defaultFileName('???', [], '2026-03-04', 'pdf')).toBe('org-org-chart-2026-03-04.pdf')
  })

  it('lists at most four technologies', () => {
    expect(defaultFileName('A', ['a', 'b', 'c', 'd', 'e', 'f'], '2026-03-04', 'png')).toBe(
      'a-org-chart-a-b-c-d-and-2-more-2026-03-04.png'
    )
  })
})
