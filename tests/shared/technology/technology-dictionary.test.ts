// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { TechnologyDictionary } from '../../../src/shared/technology/technology-dictionary'

const found = (dictionary: TechnologyDictionary, text: string) =>
  dictionary.find(text).map((match) => match.name)

describe('TechnologyDictionary', () => {
  const dictionary = new TechnologyDictionary([
    { name: 'Salt', aliases: ['SaltStack'], category: 'infrastructure' },
    { name: 'Go', aliases: ['Golang', 'go-lang'], category: 'language' }
  ])

  it('finds a name of three words ending in a plural written in the singular, not its first word', () => {
    const plain = new TechnologyDictionary()
    expect(found(plain, 'Requests carry a JSON Web Token.')).toEqual(['JSON Web Tokens'])
    expect(found(plain, 'Each AWS Step Function is written in Go.')).toEqual([
      'AWS Step Functions',
      'Go'
    ])
    // Two words are not enough: a pull request's "GitHub page" is no GitHub Pages.
    expect(found(plain, 'Run it on the GitHub page of the pull request.')).toEqual(['GitHub'])
  })

  it('finds names and aliases at word boundaries, in order', () => {
    expect(found(dictionary, 'Services in Go (golang), on Kubernetes and k8s.')).toEqual([
      'Go',
      'Go',
      'Kubernetes',
      'Kubernetes'
    ])
    expect(found(dictionary, 'Gopher, Ergo, MongoDB-backed')).toEqual(['MongoDB'])
  })

  it('matches short names and everyday words only as written', () => {
    expect(found(dictionary, "let's go; a pinch of salt; react quickly; rust belt")).toEqual([])
    expect(found(dictionary, 'Go, Salt, React and Rust')).toEqual(['Go', 'Salt', 'React', 'Rust'])
    expect(found(dictionary, 'KUBERNETES and Postgres')).toEqual(['Kubernetes', 'PostgreSQL'])
    // "rollup" (session 21, h134's sweep: a squad's scope line "hourly rollups in Timescale" gave
    // the bundler rollup.js).
    const plain = new TechnologyDictionary()
    expect(found(plain, 'Owns the hourly rollups of our metrics.')).toEqual([])
  })

  it('prefers the longest spelling where two overlap', () => {
    const withCloud = new TechnologyDictionary([
      { name: 'Grafana Cloud', category: 'observability' }
    ])
    expect(found(withCloud, 'Grafana Cloud and Grafana')).toEqual(['Grafana Cloud', 'Grafana'])
    expect(found(withCloud, 'Drone.io pipelines')).toEqual(['Drone'])
  })

  it('lets the catalog registry passed in win over the built-in vocabulary, one owner per spelling', () => {
    const custom = new TechnologyDictionary([
      { name: 'Golang Tools', aliases: ['Golang'], category: 'tooling' }
    ])
    expect(custom.lookup('golang')?.name).toBe('Golang Tools')
    // The vocabulary's Go keeps its name but loses the alias the registry claimed.
    expect(custom.registryFor(['Go'])).toEqual([{ name: 'Go', aliases: [], category: 'language' }])
  })

  it('learns a new name once and finds it afterwards', () => {
    const learning = new TechnologyDictionary()
    expect(learning.learn('Shipit', 'tooling')).toEqual({
      name: 'Shipit',
      aliases: [],
      category: 'tooling'
    })
    expect(learning.learn('shipit', 'data').category).toBe('tooling')
    expect(found(learning, 'Deploys with Shipit.')).toEqual(['Shipit'])
  })
})
