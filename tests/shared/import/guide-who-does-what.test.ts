// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths, teamTechnologies } from '../../fixtures/imported-catalog'

/**
 * "Who does what" pages: a heading per department, each saying in a paragraph or two who works
 * there and what they do, with the company's officers and its groups of departments among them.
 * Each fixture is made up in that style and fails without its rule.
 */

const officers = `# Who does what at Fernhill

### Executive

#### CEO

**Dana Ortiz** is our CEO. She is responsible for the direction of the company and decides when we start a new product.

#### CTO

**Sam Lee** is our CTO. He is responsible for our technical direction and wrote the first version of our app in Ruby on Rails.

#### VP of Engineering

**Kim Park** is responsible for hiring engineers and for their careers.

### Programming

#### Core Product

**Ana Ruiz**, Bo Chen and Cy Diaz build the web app in Ruby on Rails and own its releases.

#### Mobile

**Lu Wong** and Max Hill build our iOS and Android apps, written in Swift and Kotlin.

#### Infrastructure

**Noa Levi** runs our servers on AWS and owns the deploy pipeline.
`

describe('a who-does-what page with its officers beside its departments', () => {
  it('reads an officer\'s title ("CEO", "VP of Engineering") as a person, never a team', () => {
    const paths = teamPaths(imported(officers).catalog)
    expect(paths.some((path) => /\b(?:CEO|CTO|VP of Engineering)$/u.test(path))).toBe(false)
    expect(paths.map((path) => path.split(' > ').at(-1))).toEqual([
      'Core Product',
      'Mobile',
      'Infrastructure'
    ])
  })

  it("pairs what an officer's paragraph names with no team", () => {
    const technologies = teamTechnologies(imported(officers).catalog)
    expect(Object.keys(technologies)).not.toContain('CTO')
    expect(technologies['Core Product']).toEqual(['Ruby on Rails'])
  })
})

const departments = `# Who does what at Fernhill

### Admin

**Lea Moss** runs payroll and benefits, and is responsible for the office.

### Customer Support

**Rui Sato** is responsible for customer support: her team answers every ticket in Help Scout.

### Executive

Our two founders run the company.

#### CEO

**Dana Ortiz** is our CEO. She is responsible for the direction of the company.

#### CTO

**Sam Lee** is our CTO. He is responsible for our technical direction and wrote our first app in Ruby on Rails.

### Design

#### Brand

**Ola Berg** is responsible for our website and our printed material.

#### Apps

**Ivo Dahl** and Pia Holm are responsible for how our apps look on the web and on phones.

### Programming

#### Core Product

**Ana Ruiz** and Bo Chen are responsible for the web app, built in Ruby on Rails.

#### Infrastructure

**Noa Levi** is responsible for our servers on AWS.

### Research

**Kai Ng** studies how customers use the product.
`

describe('a who-does-what page of departments, groups of departments and officers', () => {
  it('reads "Design" among departments as a group holding its teams, not a proposal\'s body', () => {
    const paths = teamPaths(imported(departments).catalog)
    expect(paths).toContain('Design > Brand')
    expect(paths).toContain('Design > Apps')
  })

  it("reads a heading over officers' titles alone (Executive over CEO and CTO) as no team", () => {
    const names = teamPaths(imported(departments).catalog).map((path) => path.split(' > ').at(-1))
    expect(names).toEqual([
      'Admin',
      'Customer Support',
      'Research',
      'Brand',
      'Apps',
      'Core Product',
      'Infrastructure'
    ])
  })

  it('keeps a proposal\'s "Design" section the body whose teams belong to the unit above', () => {
    const proposal = `# Proposal: split the platform group

## Motivation

The platform group has grown to twenty people and owns too much.

## Design

### Build Team

The Build team is responsible for CI and owns the build farm.

### Deploy Team

The Deploy team is responsible for releases and owns the deploy tooling.

## Drawbacks

Two teams need two managers.
`
    const paths = teamPaths(imported(proposal).catalog)
    expect(paths.some((path) => path.includes('Design >'))).toBe(false)
    expect(paths.map((path) => path.split(' > ').at(-1))).toEqual(['Build Team', 'Deploy Team'])
  })
})

describe('a "how we are organized" page with a department of three teams', () => {
  it('reads a "Design" paragraph among its sibling teams as one more team', () => {
    const page = `# How we are organized at Fernhill

## Product Development

### Product Engineering

The Product Engineering team builds the app in six-week cycles and owns its releases.

### Design

The designers decide how the next thing we build will look, and work beside the engineers.

### Product

The Product team is responsible for the roadmap and talks to our clients every week.
`
    expect(teamPaths(imported(page).catalog)).toEqual([
      'Product Development > Product Engineering',
      'Product Development > Design',
      'Product Development > Product'
    ])
  })
})

describe('a who-does-what department named with a word that usually heads no team', () => {
  /** The same departments, the "Product Strategy" section's own text given. */
  const fernhill = (strategy: string) => `# Who does what at Fernhill

### Admin

**Lea Moss** runs payroll and benefits, and is responsible for the office.

### Customer Support

**Rui Sato** is responsible for customer support: her team answers every ticket in Help Scout.

### Product Strategy

${strategy}

### Programming

#### Core Product

**Ana Ruiz** and Bo Chen are responsible for the web app, built in Ruby on Rails.

#### Infrastructure

**Noa Levi** is responsible for our servers on AWS.
`

  it('reads "Product Strategy" as a team where its own text calls it one, among departments', () => {
    const page = fernhill(
      '**Ray Kim** studies how customers use the product and sets our priorities. He is the only person on this team.'
    )
    expect(teamPaths(imported(page).catalog).map((path) => path.split(' > ').at(-1))).toEqual([
      'Admin',
      'Customer Support',
      'Product Strategy',
      'Core Product',
      'Infrastructure'
    ])
  })

  it('leaves a "Strategy" section whose text calls it no team out', () => {
    const page = fernhill(
      '**Ray Kim** studies how customers use the product and sets our priorities.'
    )
    expect(teamPaths(imported(page).catalog).join('\n')).not.toContain('Product Strategy')
  })
})
