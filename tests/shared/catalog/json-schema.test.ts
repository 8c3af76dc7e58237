// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { catalogJsonSchema, catalogJsonSchemaText } from '../../../src/shared/catalog/json-schema'

const SCHEMA_FILE = new URL('../../../data/catalog.schema.json', import.meta.url)

describe('data/catalog.schema.json', () => {
  it('is exactly what the zod schema generates', () => {
    expect(
      readFileSync(SCHEMA_FILE, 'utf8'),
      'data/catalog.schema.json is stale: run `npm run schema` and commit the result'
    ).toBe(catalogJsonSchemaText())
  })

  it('describes the file as written: fields with defaults are optional, unknown fields rejected', () => {
    const schema = catalogJsonSchema() as {
      required: string[]
      additionalProperties: boolean
      properties: {
        divisions: { items: { properties: { teams: { items: { required: string[] } } } } }
      }
    }
    expect(schema.required).toEqual(['schemaVersion', 'company', 'divisions'])
    expect(schema.additionalProperties).toBe(false)
    expect(schema.properties.divisions.items.properties.teams.items.required).toEqual([
      'id',
      'name'
    ])
  })
})
