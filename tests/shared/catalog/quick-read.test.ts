import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  quickRead,
  readCompany,
  readDivision,
  readDivisionV1,
  readFile,
  readGroup,
  readLead,
  readLink,
  readProject,
  readRelation,
  readRole,
  readTeam,
  readTeamV1,
  readTechnology,
  readTechnologyV1
} from '../../../src/shared/catalog/quick-read'
import {
  CatalogFile,
  CatalogFileV1,
  Company,
  Division,
  Group,
  Lead,
  Link,
  Project,
  Relation,
  Role,
  Team,
  Technology
} from '../../../src/shared/catalog/schema'

/** A schema without its default or optional wrapper, and a list schema's item. */
const inner = (schema: z.ZodType): z.ZodType => {
  const def = schema._zod.def as { innerType?: z.ZodType; element?: z.ZodType }
  return def.innerType ? inner(def.innerType) : (def.element ?? schema)
}
const shape = (schema: z.ZodType) => Object.keys((inner(schema) as z.ZodObject).shape)
const fieldOf = (schema: z.ZodType, key: string) =>
  inner((inner(schema) as z.ZodObject).shape[key] as z.ZodType)

/** How validateCatalog picks the schema: version 1's for a v1 file, version 2's for any other. */
const zodRead = (data: unknown) =>
  ((data as { schemaVersion?: unknown })?.schemaVersion === 1
    ? CatalogFileV1
    : CatalogFile
  ).safeParse(structuredClone(data))

/** Every field of version 2, each written, with text the schemas trim or check. */
const V2 = {
  schemaVersion: 2,
  company: { name: ' Acme ', summary: 'What we make.', source: 'handbook.md' },
  technologies: [
    { name: 'Go', aliases: ['Golang'], category: 'language', description: 'A language' },
    { name: 'Grafana Cloud', category: 'observability', family: ' Grafana ' },
    { name: 'Grafana', aliases: [], category: 'observability' }
  ],
  divisions: [
    {
      id: 'core',
      name: 'Core',
      summary: 'The core.',
      teams: [
        {
          id: 'platform',
          name: 'Platform ',
          status: 'forming',
          summary: 'Runs the platform.',
          stack: ['Go', ' golang '],
          mentions: ['Grafana'],
          projects: [
            {
              title: 'Migration',
              status: 'recent',
              summary: 'Moved it.',
              technologies: ['Go'],
              links: [{ label: ' Plan ', url: 'https://example.org/plan' }]
            },
            { title: 'Next' }
          ],
          links: [{ label: 'Mail', url: 'mailto:platform@example.org' }],
          lead: { name: 'Ada Lovelace', url: 'https://example.org/ada' },
          members: 12,
          responsibilities: ['Builds', ' Deploys '],
          relations: [{ team: 'web', kind: 'supports' }],
          roles: [
            {
              title: 'Senior Engineer',
              level: 'Senior',
              location: 'Berlin',
              remote: true,
              url: 'https://example.org/jobs/1',
              technologies: ['Go'],
              status: 'soon'
            },
            { title: 'Engineer' }
          ]
        }
      ],
      groups: [
        {
          id: 'product',
          name: 'Product',
          summary: 'Products.',
          teams: [{ id: 'web', name: 'Web' }],
          groups: [{ id: 'mobile', name: 'Mobile', teams: [{ id: 'ios', name: 'iOS' }] }]
        }
      ]
    },
    { id: 'cloud', name: 'Cloud', teams: [{ id: 'sre', name: 'SRE' }] }
  ]
}

const V1 = {
  schemaVersion: 1,
  company: { name: 'Acme' },
  technologies: [{ name: 'Go', aliases: ['Golang'], category: 'language', description: 'Go' }],
  divisions: [
    {
      id: 'core',
      name: ' Core',
      teams: [
        {
          id: 'platform',
          name: 'Platform',
          status: 'active',
          summary: 'Runs it.',
          stack: ['Go'],
          mentions: [],
          projects: [{ title: 'Migration', technologies: ['golang'], links: [] }],
          links: [{ label: 'Docs', url: 'https://example.org/docs' }]
        },
        { id: 'web', name: 'Web' }
      ]
    }
  ]
}

/** Values every field is set to in turn: each kind the schemas tell apart, and edge cases. */
const VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2,
  1e7,
  Number.NaN,
  '',
  '   ',
  ' padded ',
  'x',
  'Upper Case',
  'kebab-case-1',
  'a--b',
  'tab\there',
  'right\u202eleft',
  '\u200b',
  'x'.repeat(201),
  'x'.repeat(10_001),
  'https://example.org',
  ' https://example.org/a b ',
  'ftp://example.org',
  'javascript:alert(1)',
  'mailto:a@example.org',
  'current',
  'planned',
  'open',
  'forming',
  'depends-on',
  'language',
  [],
  [''],
  ['Go'],
  [{}],
  {},
  { name: 'Go', category: 'language' },
  { title: 'T' },
  { id: 'x', name: 'X' },
  { label: 'L', url: 'https://example.org' },
  { team: 'web', kind: 'collaborates' }
]

type Path = (string | number)[]

/** Every path in `data` (objects' keys and lists' items), parents first. */
function paths(data: unknown, at: Path = []): Path[] {
  if (data === null || typeof data !== 'object') return []
  const entries: [string | number, unknown][] = Array.isArray(data)
    ? data.map((value, index) => [index, value])
    : Object.entries(data)
  return entries.flatMap(([key, value]) => [[...at, key], ...paths(value, [...at, key])])
}

/** A copy of `data` with the value at `path` replaced (deleted when `value` is undefined). */
function withValue(data: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as typeof parent
  const last = path[path.length - 1]
  if (value === undefined && !Array.isArray(parent)) delete parent[last]
  else parent[last] = value
  return copy
}

/** Objects in `data`, by path, to give each an unknown key. */
function objectPaths(data: unknown): Path[] {
  return [[], ...paths(data)].filter((path) => {
    let value = data as Record<string | number, unknown>
    for (const key of path) value = value[key] as typeof value
    return value !== null && typeof value === 'object' && !Array.isArray(value)
  })
}

/**
 * Reads `data` both ways: quickRead, copying and in place, must refuse what zod refuses and read
 * the rest alike; given up on in place, what it leaves must read by zod as the original does.
 */
function expectSameAsZod(data: unknown, what: string): void {
  const zod = zodRead(data)
  const inPlace = structuredClone(data)
  for (const [quick, how] of [
    [quickRead(structuredClone(data)), 'copied'],
    [quickRead(inPlace, { own: true }), 'in place']
  ] as const) {
    if (!zod.success) {
      expect(quick, `${what}, ${how}: zod refuses it`).toBeUndefined()
      continue
    }
    expect(quick, `${what}, ${how}: zod reads it`).toBeDefined()
    // Stringified: values, defaults and key order alike.
    expect(JSON.stringify(quick), `${what}, ${how}`).toBe(JSON.stringify(zod.data))
  }
  if (!zod.success) {
    const after = zodRead(inPlace)
    expect(after.success, `${what}: left in place`).toBe(false)
    expect(JSON.stringify(after.error?.issues), `${what}: left in place`).toBe(
      JSON.stringify(zod.error.issues)
    )
  }
}

describe('quickRead, the good path of validation', () => {
  it('mirrors each object of the schemas, field by field in their order', () => {
    const file = CatalogFile
    const division = fieldOf(file, 'divisions')
    const team = fieldOf(division, 'teams')
    const fileV1 = CatalogFileV1
    const divisionV1 = fieldOf(fileV1, 'divisions')
    const pairs: [{ keys: readonly string[] }, z.ZodType][] = [
      [readFile[2], file],
      [readFile[1], fileV1],
      [readCompany, Company],
      [readTechnology, Technology],
      [readTechnologyV1, fieldOf(fileV1, 'technologies')],
      [readDivision, Division],
      [readDivisionV1, divisionV1],
      [readGroup, Group],
      [readTeam, Team],
      [readTeamV1, fieldOf(divisionV1, 'teams')],
      [readProject, Project],
      [readLink, Link],
      [readLead, Lead],
      [readRole, Role],
      [readRelation, Relation]
    ]
    // The schemas reached from the file are the ones exported (nothing redefined on the way).
    expect(shape(team)).toEqual(shape(Team))
    for (const [reader, schema] of pairs) expect(reader.keys).toEqual(shape(schema))
  })

  it('reads valid files of both versions as zod does', () => {
    expectSameAsZod(V2, 'version 2')
    expectSameAsZod(V1, 'version 1')
    expect(quickRead(V2)).toBeDefined()
    expect(quickRead(V1)).toBeDefined()
  })

  it('reads in place where the keys come in order, else into a new object', () => {
    const data = structuredClone(V1)
    const teams: object[] = data.divisions[0].teams
    const [platform, web] = teams
    const sre = { id: 'sre', name: 'SRE', links: [] }
    teams.push(sre)
    const read = quickRead(data, { own: true })!
    expect(read).toBe(data)
    const [readPlatform, readWeb, readSre] = read.divisions[0].teams
    expect(readPlatform).toBe(platform)
    // Its missing defaults all come after its last key: appended, they are in zod's order.
    expect(readWeb).toBe(web)
    // Its status goes before its links: zod's order needs a new object.
    expect(readSre).not.toBe(sre)
    expect(Object.keys(readSre)).toEqual(Object.keys(readWeb))
  })

  it('reads keys written in any order as zod does', () => {
    // Each object's keys reversed, then rotated by one: keys met after a later field's, an
    // unknown key after such a one, and objects left in order in between.
    const reordered = (value: unknown, turn: (keys: string[]) => string[]): unknown => {
      if (Array.isArray(value)) return value.map((item) => reordered(item, turn))
      if (value === null || typeof value !== 'object') return value
      const object = value as Record<string, unknown>
      return Object.fromEntries(
        turn(Object.keys(object)).map((k) => [k, reordered(object[k], turn)])
      )
    }
    const reversed = (keys: string[]) => keys.reverse()
    const rotated = (keys: string[]) => [...keys.slice(1), ...keys.slice(0, 1)]
    for (const [label, base] of [
      ['version 2', V2],
      ['version 1', V1]
    ] as const) {
      for (const [how, turn] of [
        ['reversed', reversed],
        ['rotated', rotated]
      ] as const) {
        const data = reordered(base, turn)
        expectSameAsZod(data, `${label}, keys ${how}`)
        expect(quickRead(structuredClone(data), { own: true }), `${label}, ${how}`).toBeDefined()
        const unknown = reordered({ ...base, extra: true }, turn)
        expectSameAsZod(unknown, `${label}, keys ${how}, one unknown`)
      }
    }
  })

  it('leaves the data it copies as it was', () => {
    const data = structuredClone(V2)
    quickRead(data)
    expect(data).toEqual(V2)
  })

  for (const [label, base] of [
    ['version 2', V2],
    ['version 1', V1]
  ] as const) {
    // Thousands of cases, each parsed by zod too: 3 s alone, past vitest's 5 s on a busy machine.
    it(
      `agrees with zod on a ${label} file with any one field changed, removed or added`,
      { timeout: 60_000 },
      () => {
        let cases = 0
        for (const path of paths(base)) {
          for (const value of [undefined, ...VALUES]) {
            expectSameAsZod(withValue(base, path, value), `${path.join('.')} = ${String(value)}`)
            cases++
          }
        }
        for (const path of objectPaths(base)) {
          // A field of another object or version, and a key no object has.
          for (const key of ['name', 'id', 'groups', 'family', 'lead', 'unknown']) {
            const object = withValue(base, [...path, key], 'x') as object
            expectSameAsZod(object, `${[...path, key].join('.')} added`)
            cases++
          }
        }
        expect(cases).toBeGreaterThan(1000)
      }
    )
  }

  it('refuses a "__proto__" key, as zod does (JSON.parse makes it an own key)', () => {
    const text = JSON.stringify(V2).replace('{"id":"web",', '{"__proto__":{"id":"x"},"id":"web",')
    expect(text).toContain('__proto__')
    expect(CatalogFile.safeParse(JSON.parse(text)).success).toBe(false)
    expect(quickRead(JSON.parse(text))).toBeUndefined()
  })

  it('refuses what is not a catalog file of a known version', () => {
    for (const data of [null, 1, 'text', [], {}, { ...V2, schemaVersion: 3 }]) {
      expect(quickRead(data)).toBeUndefined()
    }
  })
})
