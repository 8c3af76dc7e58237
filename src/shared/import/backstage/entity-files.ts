import type { Diagnostic } from '../../catalog/diagnostic'
import type { Position } from '../../catalog/line-index'
import type { DataPath } from '../../catalog/source'
import { textSizeProblem } from '../../catalog/size-limit'
import type { ImportNote } from '../import-plan'
import { ownRef } from './entity-ref'
import { readYamlDocuments, type YamlDocument } from './yaml-documents'

/** A file of the folder being imported: its path inside the folder (`/`-separated) and its text. */
export interface BackstageFile {
  path: string
  text: string
}

/** One Backstage entity as the importer uses it. */
export interface Entity {
  kind: string
  ref: string
  name: string
  namespace: string
  /** spec.profile.displayName, else metadata.title, else metadata.name. */
  label: string
  description: string
  tags: string[]
  links: { url: string; title?: string }[]
  annotations: Record<string, unknown>
  spec: Record<string, unknown>
  document: YamlDocument
  at: Position
}

/** The kinds Backstage defines that the importer reads; the rest of Backstage's are left out. */
const READ_KINDS = new Set(['group', 'user', 'component', 'system', 'api', 'resource'])
const OTHER_BACKSTAGE_KINDS = new Set(['domain', 'template', 'location'])

/** Files a folder import reads at most: a catalog of entity files, not a repository. */
export const MAX_ENTITY_FILES = 2000

/** A note about an entity in a file, named in the message when it is not the file imported. */
export type FileNote = ImportNote & { file: string }

/**
 * Every entity reachable from `entries`: their documents, and those of the files their Location
 * entities name, followed only inside `files` (the folder): never a URL, never a path that leaves
 * the folder. Syntax errors are diagnostics (nothing is imported from a file that does not parse).
 */
export function readEntities(
  files: readonly BackstageFile[],
  entries: readonly string[],
  notes: FileNote[]
): { entities: Entity[]; errors: Diagnostic[] } {
  const byPath = new Map(files.map((file) => [normalize(file.path), file]))
  const namesOnly = files.length > 1 && [...byPath.keys()].every((path) => !path.includes('/'))
  const entities: Entity[] = []
  const errors: Diagnostic[] = []
  const seenRefs = new Map<string, Entity>()
  const visited = new Set<string>()
  const queue = entries.map(normalize)
  while (queue.length > 0) {
    const path = queue.shift() as string
    if (visited.has(path)) continue
    visited.add(path)
    const file = byPath.get(path)
    if (!file) continue
    const tooLarge = textSizeProblem(path, file.text)
    if (tooLarge) {
      errors.push(tooLarge)
      continue
    }
    const read = readYamlDocuments(file.text, path)
    errors.push(...read.errors)
    for (const document of read.documents) {
      const note = (kind: ImportNote['kind'], at: Position, message: string): void => {
        notes.push({ kind, file: path, line: at.line, column: at.column, message })
      }
      const data = document.data
      if (!isRecord(data) || typeof data.kind !== 'string') {
        note('unknown', document.locate([]), 'not a Backstage entity (it has no kind): left out')
        continue
      }
      const kind = data.kind.trim().toLowerCase()
      const kindAt = document.locate(['kind'])
      if (kind === 'location') {
        for (const { target, path: targetPath } of locationTargets(data.spec)) {
          // Each note at the target's own line: a Location names several.
          const targetAt = document.locate(targetPath)
          const resolved = resolveTarget(path, target)
          if (resolved.kind === 'url') {
            note(
              'skipped',
              targetAt,
              `Location target "${target}" is not a file in the folder: OrgScope never fetches from the network`
            )
          } else if (resolved.kind === 'outside') {
            note(
              'skipped',
              targetAt,
              `Location target "${target}" is outside the folder being imported: not followed`
            )
          } else {
            let matched = [...byPath.keys()].filter((candidate) => resolved.match(candidate))
            // Files chosen in a browser come by name alone ("groups.yaml" for the folder's
            // "org/groups.yaml"): a target then names the chosen file of its last part.
            if (matched.length === 0 && namesOnly) {
              const named = resolveTarget('', target.replace(/\\/gu, '/').split('/').pop() ?? '')
              if (named.kind === 'file')
                matched = [...byPath.keys()].filter((candidate) => named.match(candidate))
            }
            if (matched.length === 0)
              note(
                'problem',
                targetAt,
                `Location target "${target}" names no file in the folder: not followed (choose that file with the others, or import the whole folder)`
              )
            queue.push(...matched)
          }
        }
        continue
      }
      if (!READ_KINDS.has(kind)) {
        note(
          OTHER_BACKSTAGE_KINDS.has(kind) ? 'skipped' : 'unknown',
          kindAt,
          OTHER_BACKSTAGE_KINDS.has(kind)
            ? `${data.kind} entities have no place in an org chart: left out`
            : `kind "${data.kind}" is not a Backstage kind the importer knows: left out`
        )
        continue
      }
      const metadata = isRecord(data.metadata) ? data.metadata : {}
      const name = typeof metadata.name === 'string' ? metadata.name.trim() : ''
      if (!name) {
        note(
          'problem',
          document.locate(['metadata']),
          `a ${data.kind} without metadata.name: left out`
        )
        continue
      }
      const spec = isRecord(data.spec) ? data.spec : {}
      const profile = isRecord(spec.profile) ? spec.profile : {}
      const entity: Entity = {
        kind,
        ref: ownRef(kind, metadata.namespace, name),
        name,
        namespace:
          typeof metadata.namespace === 'string' && metadata.namespace.trim()
            ? metadata.namespace.trim()
            : 'default',
        label:
          text(profile.displayName) ||
          text(metadata.title) ||
          (kind === 'group' ? slugWords(name) : name),
        description: typeof metadata.description === 'string' ? metadata.description.trim() : '',
        tags: Array.isArray(metadata.tags)
          ? metadata.tags.filter((tag): tag is string => typeof tag === 'string')
          : [],
        links: Array.isArray(metadata.links)
          ? metadata.links.filter(isRecord).flatMap((link) =>
              typeof link.url === 'string'
                ? [
                    {
                      url: link.url,
                      ...(typeof link.title === 'string' ? { title: link.title } : {})
                    }
                  ]
                : []
            )
          : [],
        annotations: isRecord(metadata.annotations) ? metadata.annotations : {},
        spec,
        document,
        at: document.locate(['metadata', 'name'])
      }
      const earlier = seenRefs.get(entity.ref)
      if (earlier) {
        note(
          'problem',
          entity.at,
          `${entity.ref} is defined again (first in ${earlier.document.file}:${earlier.at.line}): this one is left out`
        )
        continue
      }
      seenRefs.set(entity.ref, entity)
      entities.push(entity)
    }
  }
  return { entities, errors }
}

/**
 * The files among `candidates` that the Location entities of one file (`text`, at `path`) point
 * to, as readEntities follows them: what a reader of a folder needs to read next, and no more.
 * A file that does not parse points nowhere (readEntities reports it when it reads it).
 */
export function locationTargetsIn(
  text: string,
  path: string,
  candidates: readonly string[]
): string[] {
  const from = normalize(path)
  const read = readYamlDocuments(text, from)
  const targets: string[] = []
  for (const document of read.documents) {
    const data = document.data
    if (!isRecord(data) || typeof data.kind !== 'string') continue
    if (data.kind.trim().toLowerCase() !== 'location') continue
    for (const { target } of locationTargets(data.spec)) {
      const resolved = resolveTarget(from, target)
      if (resolved.kind !== 'file') continue
      targets.push(...candidates.filter((candidate) => resolved.match(normalize(candidate))))
    }
  }
  return targets
}

/** A Location's targets (spec.target, spec.targets), each with where the file writes it. */
function locationTargets(spec: unknown): { target: string; path: DataPath }[] {
  if (!isRecord(spec)) return []
  const targets: { target: unknown; path: DataPath }[] = [
    { target: spec.target, path: ['spec', 'target'] },
    ...(Array.isArray(spec.targets) ? spec.targets : []).map((target: unknown, i: number) => ({
      target,
      path: ['spec', 'targets', i]
    }))
  ]
  return targets.flatMap(({ target, path }) =>
    typeof target === 'string' && target.trim() !== '' ? [{ target, path }] : []
  )
}

type Resolved =
  { kind: 'url' } | { kind: 'outside' } | { kind: 'file'; match: (path: string) => boolean }

/** A Location's target, relative to the file holding it; globs (`*`, `**`) as Backstage allows. */
function resolveTarget(from: string, target: string): Resolved {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(target)) return { kind: 'url' }
  if (target.startsWith('/') || target.startsWith('\\')) return { kind: 'outside' }
  const parts = from.split('/').slice(0, -1)
  for (const part of target.replace(/\\/gu, '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return { kind: 'outside' }
      parts.pop()
    } else parts.push(part)
  }
  const pattern = parts.join('/')
  if (!/[*?]/u.test(pattern)) return { kind: 'file', match: (path) => path === pattern }
  const regex = new RegExp(
    `^${pattern
      .split('/')
      .map((segment) =>
        segment === '**'
          ? '(?:[^/]+/)*'
          : `${segment
              .replace(/[.+^${}()|[\]\\]/gu, '\\$&')
              .replace(/\*/gu, '[^/]*')
              .replace(/\?/gu, '[^/]')}/`
      )
      .join('')
      .replace(/\/$/u, '')}$`,
    'u'
  )
  return { kind: 'file', match: (path) => regex.test(path) }
}

function normalize(path: string): string {
  return path.replace(/\\/gu, '/').replace(/^\.\//u, '')
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/gu, ' ').trim() : ''
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Short words a slug keeps in lower case in a name ("head-of-data": Head of Data). */
const LINKING = new Set(['of', 'to', 'in', 'on', 'at', 'by', 'an', 'or', 'and', 'the', 'for'])

/**
 * A Group's name when it has no display name or title: its slug's words, each capitalized, as a
 * person writes the team's name ("data-engineering" is Data Engineering, "ui-team" UI Team, an
 * acronym of two letters in capitals). A name that is no slug of several words is as written.
 */
export function slugWords(name: string): string {
  if (!/^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+)+$/u.test(name)) return name
  return name
    .split(/[-_]+/u)
    .map((word, i) =>
      i > 0 && LINKING.has(word)
        ? word
        : word.length === 2
          ? word.toUpperCase()
          : word.charAt(0).toUpperCase() + word.slice(1)
    )
    .join(' ')
}
