// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * A community page whose text writes its project only in lower case (addresses, labels) but
 * whose links lead to the project's code-host account and to its chat workspace belongs to the
 * project (issue 14, 2026-12-06: a dev SIG list linked github.com/kubernetes and
 * kubernetes.slack.com on every row and was called "Sig List"). The fixture's groups are
 * invented; the project must be one the dictionary spells, so it is a real one.
 */
const company = (markdown: string, file = 'sig-list.md'): string =>
  imported(markdown, { file }).catalog.company.name

const row = (group: string, slack: string) =>
  `| [${group}](https://github.com/kubernetes/community/tree/main/${group}) | [#${group}](https://${slack}/messages/${group}) |`

const page = (slack: string) => `# Groups

| Name | Contact |
| --- | --- |
${row('sig-lanterns', slack)}
${row('sig-ferries', slack)}
${row('wg-bridges', slack)}
`

describe("a page housed in a project's code host and chat workspace", () => {
  it('is named after the project, as the dictionary spells it', () => {
    expect(company(page('kubernetes.slack.com'))).toBe('Kubernetes')
  })

  it('is not named after a project whose code it only links to', () => {
    expect(company(page('ourteam.slack.com'))).not.toBe('Kubernetes')
  })
})
