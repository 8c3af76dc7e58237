// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { departmentsPage, imported } from '../../fixtures/guides'

/**
 * A page that never states its organization but keeps using its name as one (issue 14,
 * 2026-12-06: dev pages left at the placeholder said "employees from inDriver", "the following
 * Envoy maintainers", "work on the PostHog product", "within all aspects of Project Jupyter",
 * "technologies within Computer Rock"). Names and wordings here are invented.
 */
const company = (markdown: string): string =>
  imported(markdown, { file: 'README.md' }).catalog.company.name

describe('a name the prose keeps using as the organization', () => {
  it('may open with a short lower-case prefix before its capital', () => {
    expect(company(departmentsPage('Everyone working at eTrolley may join the review.'))).toBe(
      'eTrolley'
    )
  })

  it("is the project whose own people the page lists, a technology's name too", () => {
    // Kubernetes is in the dictionary: its maintainers and security team make it the project.
    const page = `# Reviewers

The following Kubernetes maintainers review changes to the scheduler.

## Scheduling

- Ana Lind
- Bo Park

## Reports

The Kubernetes security team answers reports within a day.

- Cy Mora
`
    expect(company(page)).toBe('Kubernetes')
    // Words saying which of the people ("Emeritus maintainers") name no project.
    expect(
      company(
        page
          .replaceAll('Kubernetes maintainers', 'Emeritus maintainers')
          .replaceAll('Kubernetes security team', 'Emeritus security team')
      )
    ).toBe('Company')
    // Written once so, a technology stays a technology the teams use.
    expect(
      company(
        departmentsPage('Our Kubernetes maintainers rota is on the wiki. Kubernetes runs it.')
      )
    ).toBe('Company')
  })

  it('is the product the teams work on, named "the X product"', () => {
    const page = departmentsPage(
      'Both app teams work on the Quillmark product in general. Ask Quillmark support for help.'
    )
    expect(company(page)).toBe('Quillmark')
    // A product the page merely mentions without "the … product" names nothing.
    expect(company(departmentsPage('Both app teams ship fixes weekly to Quillmark.'))).toBe(
      'Company'
    )
  })

  it('is a project\'s formal name, "Project X", written where the organization stands', () => {
    const page = departmentsPage(
      'We foster inclusion within all aspects of Project Lumen. Councils across Project Lumen report to the board.'
    )
    expect(company(page)).toBe('Project Lumen')
    // "Project Setup" is no organization: no sentence writes it as one.
    expect(company(departmentsPage('Project Setup is documented in the wiki.'))).toBe('Company')
  })

  it('is a name of two words written after "at" or "within"', () => {
    expect(
      company(departmentsPage('This guide covers the tools we use within Harbor Stone every day.'))
    ).toBe('Harbor Stone')
    // A unit of the page: its group's word follows the name.
    expect(
      company(departmentsPage('This guide covers the tools we use within Harbor Stone group.'))
    ).toBe('Company')
  })
})

describe('a unit the page works within', () => {
  it("is no organization: a unit's word follows it, or a heading names it", () => {
    expect(company(departmentsPage('Tooling is shared within Fernhill section.'))).toBe('Company')
    const page = `# Billing

We own the invoice pipeline within Ledgerline, next to the card team.

## Ledgerline

The wider department the billing team belongs to.

## Invoices

- Send invoices
- Chase late payments
`
    expect(company(page)).toBe('Company')
    // Named in no heading and with no unit's word, it is the organization.
    expect(company(page.replace('## Ledgerline', '## Department'))).toBe('Ledgerline')
  })

  it("is no organization where the page's team works, sits or happens within it", () => {
    // "Platform Engineering works within Technology Services": a team placed within a name is
    // placed within a unit; the organization is where its people work at.
    expect(
      company(
        departmentsPage(
          'Platform Engineering works within Technology Services and supports every team.'
        )
      )
    ).toBe('Company')
    expect(company(departmentsPage('The Mobile team sits within Consumer Apps.'))).toBe('Company')
    expect(company(departmentsPage('Work happens within Harbor Engine and Cloud SQL.'))).toBe(
      'Company'
    )
    // What is used or decided within a name is still the organization's.
    expect(
      company(departmentsPage('This guide covers the tools we use within Harbor Stone every day.'))
    ).toBe('Harbor Stone')
  })
})

describe('the organization named by what its page is about', () => {
  it('is the product its people bring to others, written so twice', () => {
    const page = departmentsPage(
      'Our mission is to bring Quillmark into every support workflow. The Delivery team brings Quillmark to our prospects.'
    )
    expect(company(page)).toBe('Quillmark')
  })

  it("is the project a governing body's title is named after", () => {
    const page = `Lumen Community Governance Committee
====================================

The charter defines how the committee works.

Members
-------

| Name | Email |
| --- | --- |
| Ana Lind | ana@example.org |
| Bo Park | bo@example.org |
`
    expect(company(page)).toBe('Lumen')
  })
})
