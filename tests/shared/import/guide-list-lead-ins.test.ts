// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A list whose lead-in says what its items are (h144 sweep: an engineering blog's "we
 * established important guiding principles …:" over bold-label principles, and "we have 4
 * types of missions we can launch:" over the kinds of mission, were read as teams; the squads
 * the same post then lists were not). The sentence before a list names its items' kind: when
 * that kind is principles, missions, steps or lessons, the items are those, never teams. Each
 * fixture is made up in that style.
 */

function teamNames(markdown: string): string[] {
  const result = importGuide(markdown, { file: 'post.md' })
  return result.ok ? fileTeams(result.value.catalog).map((team) => team.name) : []
}

const principlesThenSquads = `# Engineering at Harbourline

## Organizing teams

As we grew past forty people we set down a few guiding principles to keep in mind:

- **Fewer handoffs**: every squad ships its features end to end.
- **Clear ownership**: one squad owns each service, and says so.
- **Team autonomy**: squads pick their own tools, within guardrails.

We built three core squads for specialised work:

- **Foundations**: shared libraries, the deploy pipeline and the service templates.
- **Lighthouse**: a squad for test automation and load tests.
- **Anchor**: a squad that provides infrastructure as a service to every other squad.
`

const kindsOfQuest = `# Product teams

At Harbourline we are organized within tribes. A tribe has at most twenty engineers, led by an
engineering manager, with up to four product managers.

Within a tribe, we have 3 kinds of quests we can start:

* **Discovery Quests**: the main purpose is to validate an idea. Usually takes a few weeks.
* **Build Quests**: the main purpose is to create a feature from scratch. Usually takes months.
* **Polish Quests**: these improve a feature that has shipped. Usually takes a month or two.

With this model we hope to keep everyone learning.
`

describe('a list whose lead-in names what its items are', () => {
  it('reads no team from a list of principles, and the squads listed after it as teams', () => {
    expect(teamNames(principlesThenSquads)).toEqual(['Foundations', 'Lighthouse', 'Anchor'])
  })

  it('reads no team from a list of the kinds of work a tribe takes on', () => {
    expect(teamNames(kindsOfQuest)).toEqual([])
  })

  it('reads no team from such a list on a page with no heading', () => {
    const post = kindsOfQuest.replace('# Product teams', '---\ntitle: "Scaling product teams"\n---')
    expect(teamNames(post)).toEqual([])
  })
})

/**
 * "We built some core squads responsible for specialised work:" (the same post, under a
 * "Tribes-Squads-Chapters" heading whose prose tells how a squad is made up): a sentence saying
 * the teams were built introduces them, and the list it ends on is the section's teams, not
 * the section one team that describes its people.
 */
const builtSquads = `# Engineering at Harbourline

## Organizing teams
As companies grow, organizing teams is a problem everyone faces. We set down a few principles:

- **Fewer handoffs**: every squad ships its features end to end.
- **Clear ownership**: one squad owns each service, and says so.

#### Tribes-Squads-Chapters
The squad model answers most of the principles above, so it was our choice. We did not take

> the model as a framework

(as its author says in her article) but as guidelines for autonomy and communication.

We organised ourselves in squads & chapters.

![](/img/squad-structure.jpg "Squad Structure")
A typical squad is led by a product owner and a tech lead. A squad also has full stack engineers and quality engineers. We pair frontend and backend developers, and ran bootcamps for the mobile stack.

![](/img/squads-chapters.jpg "Squads and Chapters")
If you haven't read about squads and chapters, [see the model](https://example.com/model)

We built some core squads responsible for specialised work:
- **Foundations** (_more on this in the next post_): they are responsible for: shared libraries and the deploy pipeline.
- **Lighthouse**: a squad responsible for test automation and load tests.
- **Anchor**: a squad responsible for providing infrastructure as a service to all other squads.
![](/img/org-structure.jpg "Organisation Structure")

> what was not working well

The model worked for eight squads, but as we scaled we saw issues with communication across squads.
`

describe('a lead-in saying teams were built', () => {
  it('reads the list it introduces as the teams of the section above', () => {
    expect(teamNames(builtSquads)).toEqual(['Foundations', 'Lighthouse', 'Anchor'])
  })
})

/**
 * "**Platform Engineering** (_more on this in the upcoming post_): they are responsible for …"
 * (the same post): two capitalized words, a remark in parentheses, then a lower-case sentence
 * were read as a person and their employer ("Ana Lima (Acme Labs): frontend work"), and the
 * squad dropped. An employer is a name; a remark to the reader is a sentence in lower case.
 */
describe('a team named with a remark in parentheses before its description', () => {
  it('reads the team, not a person with an employer', () => {
    const page = builtSquads.replace(
      '- **Foundations** (_more on this in the next post_):',
      '- **Release Tooling** (_more on this in the next post_):'
    )
    expect(teamNames(page)).toEqual(['Release Tooling', 'Lighthouse', 'Anchor'])
  })
})

describe("a team's list whose lead-in ends on the kind of its items", () => {
  it('"We use a template. Here are the guidelines:" over commit rules gives no stack', () => {
    // QA (h149): a dev page's commit-message rules came out as the team's first two chips
    // ("non-feature", "use chore: <your-message-here>"): the lead-in's first sentence says
    // "we use", but the sentence its colon ends says the items are guidelines.
    const result = importGuide(
      `# Harbourline Engineering

We build with Rust and Go.

## Source management

### Commits

We use a standardized commit message template to keep a clean history. Here are the guidelines:

- For new features, use \`feat: <your-message-here>\` as the commit message.
- For non-feature or non-bugfix changes, use \`chore: <your-message-here>\`.
`,
      { file: 'handbook.md' }
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const chips = fileTeams(result.value.catalog).flatMap((team) => [
      ...team.stack,
      ...team.mentions
    ])
    expect(chips.filter((name) => /feature|chore|bugfix/u.test(name))).toEqual([])
    expect(result.value.catalog.technologies.map((t) => t.name)).not.toContain('non-feature')
  })
})
