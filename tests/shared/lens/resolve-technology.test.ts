// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { resolveTechnology, searchTechnologies } from '../../../src/shared/lens/resolve-technology'
import { loadTeleportCatalog, makeCatalog } from '../../fixtures/catalog'

/** Registry: Go (alias Golang), Kubernetes (alias k8s), React. */
const catalog = makeCatalog()
const teleport = loadTeleportCatalog()

describe('resolveTechnology', () => {
  it('resolves a canonical name to itself', () => {
    expect(resolveTechnology(catalog, 'Kubernetes')).toEqual({ ok: true, name: 'Kubernetes' })
  })

  it('resolves an alias to its canonical name', () => {
    expect(resolveTechnology(catalog, 'golang')).toEqual({ ok: true, name: 'Go' })
    expect(resolveTechnology(catalog, 'k8s')).toEqual({ ok: true, name: 'Kubernetes' })
  })

  it('ignores case and surrounding spaces', () => {
    expect(resolveTechnology(catalog, 'KUBERNETES')).toEqual({ ok: true, name: 'Kubernetes' })
    expect(resolveTechnology(catalog, '  GoLang ')).toEqual({ ok: true, name: 'Go' })
  })

  it('resolves every name and alias of the Teleport registry, in any case, to its entry', () => {
    for (const technology of teleport.technologies) {
      for (const spelling of [technology.name, ...technology.aliases]) {
        for (const written of [spelling, spelling.toLowerCase(), spelling.toUpperCase()]) {
          expect(resolveTechnology(teleport, written)).toEqual({ ok: true, name: technology.name })
        }
      }
    }
  })

  it('reports an unknown technology with a did-you-mean', () => {
    expect(resolveTechnology(catalog, 'Kubernets')).toEqual({
      ok: false,
      message: 'unknown technology "Kubernets"',
      hint: 'did you mean "Kubernetes"?'
    })
  })

  it('suggests the canonical name for a typo of an alias', () => {
    expect(resolveTechnology(catalog, 'Golnag')).toMatchObject({
      ok: false,
      hint: 'did you mean "Go"?'
    })
    expect(resolveTechnology(teleport, 'amazon web service')).toMatchObject({
      ok: false,
      hint: 'did you mean "AWS"?'
    })
  })

  it('gives no hint when nothing is close', () => {
    const result = resolveTechnology(catalog, 'Haskell')
    expect(result).toEqual({ ok: false, message: 'unknown technology "Haskell"' })
  })

  it('refuses an empty name', () => {
    expect(resolveTechnology(catalog, '  ')).toMatchObject({ ok: false })
  })
})

describe('searchTechnologies', () => {
  const registry = makeCatalog({
    technologies: [
      { name: 'MongoDB', aliases: ['Mongo'], category: 'data' },
      { name: 'Django', category: 'framework' },
      { name: 'GCP', aliases: ['Google Cloud'], category: 'cloud' },
      { name: 'Go', aliases: ['Golang'], category: 'language' },
      { name: 'Kubernetes', aliases: ['k8s'], category: 'platform' }
    ]
  })

  it('finds a technology by an alias', () => {
    expect(searchTechnologies(registry, 'golang')).toEqual(['Go'])
    expect(searchTechnologies(registry, 'k8s')).toEqual(['Kubernetes'])
  })

  it('ignores case', () => {
    expect(searchTechnologies(registry, 'K8S')).toEqual(['Kubernetes'])
    expect(searchTechnologies(registry, 'KUBER')).toEqual(['Kubernetes'])
  })

  it('lists exact matches, then prefix matches, then matches inside a word, each in registry order', () => {
    // Go exactly; GCP by the prefix of its alias "Google Cloud"; MongoDB and Django inside.
    expect(searchTechnologies(registry, 'go')).toEqual(['Go', 'GCP', 'MongoDB', 'Django'])
  })

  it('matches inside an alias', () => {
    expect(searchTechnologies(registry, 'cloud')).toEqual(['GCP'])
  })

  it('lists every technology for an empty query, and none for a query nothing contains', () => {
    expect(searchTechnologies(registry, ' ')).toEqual([
      'MongoDB',
      'Django',
      'GCP',
      'Go',
      'Kubernetes'
    ])
    expect(searchTechnologies(registry, 'haskell')).toEqual([])
  })
})
