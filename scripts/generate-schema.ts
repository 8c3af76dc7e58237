/**
 * Writes data/catalog.schema.json from the zod schema (`npm run schema`). The file is committed
 * so editors can use it without building anything; tests/shared/catalog/json-schema.test.ts
 * fails when it is stale.
 */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { catalogJsonSchemaText } from '../src/shared/catalog/json-schema'

const target = fileURLToPath(new URL('../data/catalog.schema.json', import.meta.url))

try {
  await writeFile(target, catalogJsonSchemaText())
  console.log(`wrote ${target}`)
} catch (error) {
  console.error(`could not write ${target}: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
}
