// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { departmentsPage, imported } from '../../fixtures/guides'

/**
 * A page whose only clue to its organization is its prose (issue 14, 2026-12-06: on six dev
 * pages the name was only in sentences such as "CivicActions has the following departments",
 * "at PostHog", "the Authelia project", "Grab's tech families"). Names here are invented.
 */
const imports = (markdown: string) => imported(markdown, { file: 'README.md' })
const company = (markdown: string): string => imports(markdown).catalog.company.name

describe("a company named only in the page's prose", () => {
  it('is the subject of a sentence about its organization', () => {
    expect(
      company(departmentsPage('Quillmark has the following departments in our organization.'))
    ).toBe('Quillmark')
  })

  it('is the name the page works "at" and owns things, written twice', () => {
    expect(
      company(
        departmentsPage(
          "Life at Brambleway is calm. Brambleway's tech families agree on tools before building."
        )
      )
    ).toBe('Brambleway')
  })

  it('is a name written as the owner of its things at least twice', () => {
    expect(
      company(
        departmentsPage(
          "Our work follows Zentrova's review rules. Zentrova’s designers pair with engineers."
        )
      )
    ).toBe('Zentrova')
  })

  it('says where it came from and that --company sets it', () => {
    const plan = imports(
      departmentsPage('Quillmark has the following departments in our organization.')
    )
    expect(plan.notes.map((note) => note.message)).toContainEqual(
      expect.stringMatching(/company name "Quillmark" taken from the text, ".*--company/u)
    )
  })

  it('is no common word opening sentences, nor a person or a name written once in passing', () => {
    // "Many" opens a sentence and "many" is a word; "Ravi" is written once, as a subject.
    expect(
      company(
        departmentsPage(
          'Many teams ship weekly. Ravi has many teams to help; many of them are new.'
        )
      )
    ).toBe('Company')
  })

  it('is a technology only where the page writes it as the organization', () => {
    // Kubernetes is in the dictionary: a page using it is not Kubernetes's...
    expect(
      company(
        departmentsPage("Kubernetes's scheduler places our jobs. Kubernetes's API is stable.")
      )
    ).toBe('Company')
    // ...but a page of the teams "within the Kubernetes project" is.
    expect(
      company(
        departmentsPage(
          'This page lists the teams within the Kubernetes project. Contributors at Kubernetes meet weekly.'
        )
      )
    ).toBe('Kubernetes')
  })

  it('is none when two names are written alike', () => {
    expect(company(departmentsPage('Life at Orvane is calm. Life at Pellucid is calm too.'))).toBe(
      'Company'
    )
  })

  it('is the organization whose staff or employees the page names', () => {
    for (const sentence of [
      'The rest of this page is for staff working within Wendle.',
      'All interested employees from Wendle are welcome to attend.',
      'Guild members of the Wendle staff meet monthly.'
    ]) {
      const page = `# Platform guild\n\n${sentence}\n\n## Projects\n\n- The build farm\n`
      expect(imported(page, { file: 'guild.md' }).catalog.company.name, sentence).toBe('Wendle')
    }
  })

  it('is the organization, in all its words, whose staff the page names', () => {
    const page = `# Staff\n\nThe staff of the Foundation for Open Maps carry out the work the members agree on.\n\n## Domains\n\n### Tiles\n\nThe Tiles team renders the map tiles.\n`
    expect(imported(page, { file: 'staff.md' }).catalog.company.name).toBe(
      'Foundation for Open Maps'
    )
  })

  it('is not the last word of a longer name written before "staff"', () => {
    const page = `# Platform guild\n\nUmbra Analytics staff work on the shared platform.\n\n## Projects\n\n- The build farm\n`
    expect(imported(page, { file: 'guild.md' }).catalog.company.name).not.toBe('Analytics')
  })
})
