import { z } from 'zod'
import { CatalogFile } from './schema'

/** A URN, not a URL: we host no schema online; editors load the file beside the catalog. */
export const CATALOG_SCHEMA_ID = 'urn:orgscope:catalog-schema:1'

/**
 * The JSON Schema of the catalog file, generated from the zod schema so editors (the
 * yaml-language-server comment at the top of data/teleport.yaml) check the same shapes as the
 * loader. Cross-checks (known technologies, unique ids, link protocols) stay the loader's job:
 * JSON Schema cannot express them. `io: 'input'` because the file is input: fields with
 * defaults are optional there. Shared by scripts/generate-schema.ts and the staleness test.
 */
export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogFile, { io: 'input' })
  const { $schema, ...rest } = schema
  return {
    $schema,
    $id: CATALOG_SCHEMA_ID,
    title: 'OrgScope catalog',
    description: 'A team catalog for OrgScope: company, technology registry, divisions and teams.',
    ...rest
  }
}

/** The schema as written to data/catalog.schema.json: 2-space JSON ending in a newline. */
export function catalogJsonSchemaText(): string {
  return `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`
}
