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
