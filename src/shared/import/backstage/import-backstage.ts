import { fileFailure, type Diagnostic, type Result } from '../../catalog/diagnostic'
import type { Position } from '../../catalog/line-index'
import { MAX_GROUP_DEPTH, type CatalogFile, type Group } from '../../catalog/schema'
import type { DataPath } from '../../catalog/source'
import { TechnologyDictionary, type KnownTechnology } from '../../technology/technology-dictionary'
import { UniqueIds } from '../ids'
import type {
  ImportMapping,
  ImportNote,
  ImportPlan,
  ImportRole,
  OutlineEntry
} from '../import-plan'
import { NAME_THE_COMPANY } from '../import-notes'
import { namedTechnologies } from '../named-technology'
import {
  readEntities,
  slugWords,
  type BackstageFile,
  type Entity,
  type FileNote
} from './entity-files'
import { annotationTools } from './annotation-tools'
import { entityRef } from './entity-ref'
import { locateIn, positionKey } from '../positions'
import { companyFromEmails } from '../email-company'
import { companyNameFromFile, fileName } from '../file-name'

export type { BackstageFile } from './entity-files'

export interface BackstageImportOptions {
  /** What the user imported (a file or a folder): named in diagnostics and `company.source`. */
  file: string
  /** The files to start from (paths as in `files`); every file when not given. */
  entries?: readonly string[]
  /** A catalog registry to recognize technologies by (the bundled catalog's), before the dictionary. */
  knownTechnologies?: readonly KnownTechnology[]
  /** The company's name, when no Group of type organization gives it. */
  companyName?: string
  /** The user's choice of role per entity ref (`group:default/platform`). */
  mapping?: ImportMapping
}

type Division = CatalogFile['divisions'][number]
type Team = Division['teams'][number]
type Project = Team['projects'][number]
type Holder = { teams: Team[]; groups?: Group[] }

interface GroupNode {
  entity: Entity
  parent?: GroupNode
  children: GroupNode[]
  members: Set<string>
  owned: Entity[]
  role: ImportRole
  inferred: ImportRole
  reason: string
  /** spec.type named no level the importer knows: `inferred` is a guess from the tree. */
  guessed?: boolean
  /**
   * A parent the groups under it name (spec.parent) but no file defines: a catalog-info.yaml
   * of one repository names its team's parent, defined in the org's own catalog. Made a unit
   * of the name its ref gives, as a guess.
   */
  named?: true
}

/** Where the walk that places groups is: at the company, in a division or group, in a team. */
type Context =
  | { level: 'company' }
  | { level: 'holder'; holder: Holder; depth: number }
  | { level: 'team'; team: Team; holder: Holder; depth: number }

/** Group spec.type values, as Backstage's docs and real catalogs write them, to the role they play. */
const TYPE_ROLES: Record<string, ImportRole> = {
  organization: 'company',
  organisation: 'company',
  company: 'company',
  root: 'company',
  department: 'division',
  division: 'division',
  'business-unit': 'division',
  'business-line': 'division',
  'line-of-business': 'division',
  group: 'group',
  'sub-department': 'group',
  subdepartment: 'group',
  'product-area': 'group',
  area: 'group',
  tribe: 'group',
  domain: 'group',
  'value-stream': 'group',
  stream: 'group',
  portfolio: 'group',
  team: 'team',
  'sub-team': 'team',
  subteam: 'team',
  squad: 'team',
  pod: 'team',
  crew: 'team'
}

const DEFAULT_DIVISION = 'Engineering'

/** Kinds a Group owns (spec.owner): Systems and Components are its projects, APIs and Resources
 * only say what it works with. */
const OWNED_KINDS = new Set(['component', 'system', 'api', 'resource'])
const PROJECT_KINDS = new Set(['component', 'system'])

/**
 * Reads a Backstage software catalog (catalog-info.yaml, or a folder of entity files) into a
 * catalog: Group entities by spec.type and their parent/children become the company, divisions,
 * groups and teams; Users' memberOf (and a Group's spec.members) the teams' headcounts; Systems
 * and Components their owners' projects; tags, through the technology dictionary, technologies
 * (a tag the dictionary does not know is reported, never made a technology). The outline holds
 * each Group by its ref, its owned entities under it, so the preview can re-map them. Pure: the
 * caller reads the files; Location entities are followed among them only.
 */
export function importBackstage(
  files: readonly BackstageFile[],
  options: BackstageImportOptions
): Result<ImportPlan> {
  return new BackstageImport(options).run(files)
}

class BackstageImport {
  private readonly notes: FileNote[] = []
  private readonly ids = new UniqueIds()
  private readonly dictionary: TechnologyDictionary
  /** Where each catalog object came from: the entity's file and position. */
  private readonly origin = new Map<object, { file: string; at: Position }>()
  private readonly technologyAt = new Map<string, Position>()
  private readonly unknownTags = new Set<string>()
  /** Each team's people by User ref: its own and its parts' (a team's headcount counts each once). */
  private readonly teamPeople = new Map<Team, Set<string>>()
  private readonly divisions: Division[] = []
  private readonly loose: Team[] = []
  private company: { entity: Entity } | undefined
  private ownNoted = false
  /** Every entity read, for what only all of them together say (the users' email domain). */
  private entities: Entity[] = []
  private guessed = false
  private readonly errors: Diagnostic[] = []

  constructor(private readonly options: BackstageImportOptions) {
    this.dictionary = new TechnologyDictionary(options.knownTechnologies ?? [])
  }

  run(files: readonly BackstageFile[]): Result<ImportPlan> {
    const { file } = this.options
    const read = readEntities(files, this.options.entries ?? files.map((f) => f.path), this.notes)
    if (read.errors.length > 0) return { ok: false, errors: read.errors }
    const { entities } = read
    this.entities = entities
    const groups = new Map<string, GroupNode>()
    for (const entity of entities.filter((e) => e.kind === 'group')) {
      groups.set(entity.ref, {
        entity,
        children: [],
        members: new Set(),
        owned: [],
        role: 'team',
        inferred: 'team',
        reason: ''
      })
    }
    if (groups.size === 0) {
      const entries = new Set(this.options.entries ?? files.map((f) => f.path))
      const catalog = orgScopeCatalog(files.filter((f) => entries.has(f.path)))
      if (catalog) return catalog
      return fileFailure(
        file,
        'no Group entities: a Backstage catalog names its teams as kind: Group',
        'import the file or folder that holds the org (Group and User entities), or the catalog-info.yaml whose Locations point to it'
      )
    }
    this.link(groups)
    if (this.errors.length > 0) return { ok: false, errors: this.errors }
    this.people(entities, groups)
    this.ownership(entities, groups)
    this.roles(groups)

    const roots = [...groups.values()].filter((node) => !node.parent)
    for (const root of roots) this.place(root, { level: 'company' })
    if (this.errors.length > 0) return { ok: false, errors: this.errors }
    if (this.loose.length > 0) {
      const division: Division = {
        id: this.ids.claim(DEFAULT_DIVISION, 'division'),
        name: DEFAULT_DIVISION,
        summary: '',
        teams: this.loose,
        groups: []
      }
      const first = this.origin.get(this.loose[0])
      if (first) this.origin.set(division, first)
      this.divisions.push(division)
    }
    const divisions = this.divisions.filter((division) => {
      const keep = prune(division)
      if (!keep) {
        const origin = this.origin.get(division)
        if (origin) {
          this.notes.push({
            kind: 'skipped',
            file: origin.file,
            ...origin.at,
            message: `"${division.name}" has no teams under it: left out`
          })
        }
      }
      return keep
    })
    if (divisions.length === 0) {
      return {
        ok: false,
        errors: [
          {
            file,
            line: 0,
            column: 0,
            message:
              'no teams: no Group entity is a team (spec.type: team) or a group without groups under it',
            hint: 'give each team a Group entity with spec.type: team'
          }
        ]
      }
    }

    const company = this.companyOf()
    const used = new Set<string>()
    const walk = (holder: Holder): void => {
      for (const team of holder.teams) {
        team.mentions = team.mentions.filter((name) => !this.companysOwn(company.name, name))
        for (const name of [
          ...team.stack,
          ...team.mentions,
          ...team.projects.flatMap((p) => p.technologies)
        ])
          used.add(name)
      }
      holder.groups?.forEach(walk)
    }
    divisions.forEach(walk)
    const catalog: CatalogFile = {
      schemaVersion: 2,
      company,
      technologies: this.dictionary.registryFor(used),
      divisions
    }
    const positions = this.positions(catalog)
    const locate = locateIn(positions)
    return {
      ok: true,
      value: {
        format: 'backstage',
        outline: roots.map((root) => this.outline(root)),
        notes: this.located(),
        guessed: this.guessed,
        catalog,
        locate
      }
    }
  }

  /** Parents from spec.parent, else from a Group's spec.children; dangling parents and cycles fail. */
  private link(groups: Map<string, GroupNode>): void {
    for (const node of groups.values()) {
      const { entity } = node
      const parentValue = entity.spec.parent
      if (parentValue === undefined || parentValue === null || parentValue === '') continue
      const ref = entityRef(parentValue, 'group', entity.namespace)
      if (!ref?.startsWith('group:')) {
        const at = entity.document.locate(['spec', 'parent'])
        this.errors.push({
          file: entity.document.file,
          ...at,
          message: `parent "${String(parentValue)}" of ${entity.ref} is not a Group ref`,
          hint: "write the parent as a Group's name or ref (group:default/<name>), or remove spec.parent for a top-level group"
        })
        continue
      }
      node.parent = groups.get(ref) ?? this.namedParent(groups, ref, entity)
    }
    for (const node of groups.values()) {
      const children = Array.isArray(node.entity.spec.children) ? node.entity.spec.children : []
      children.forEach((value, i) => {
        const ref = entityRef(value, 'group', node.entity.namespace)
        const child = ref ? groups.get(ref) : undefined
        const at = node.entity.document.locate(['spec', 'children', i])
        if (!child) {
          this.fileNote(
            node.entity,
            'problem',
            at,
            `child "${String(value)}" of ${node.entity.ref} is not a Group of the catalog: left out`
          )
        } else if (!child.parent) {
          child.parent = node
        } else if (child.parent !== node) {
          this.fileNote(
            node.entity,
            'problem',
            at,
            `${child.entity.ref} is listed as a child of ${node.entity.ref}, but its spec.parent is ${child.parent.entity.ref}: kept under ${child.parent.entity.ref}`
          )
        }
      })
    }
    for (const node of groups.values()) {
      const chain: GroupNode[] = []
      for (let up = node.parent; up; up = up.parent) {
        if (up === node) {
          const members = [node, ...chain]
          // Reported once, at the member of the cycle that comes first.
          if (members.every((m) => order(m.entity) >= order(node.entity))) {
            this.errors.push({
              file: node.entity.document.file,
              ...(node.entity.spec.parent === undefined
                ? node.entity.at
                : node.entity.document.locate(['spec', 'parent'])),
              message: `the groups' parents form a cycle: ${[...members, node].map((m) => m.entity.ref).join(' → ')}`,
              hint: 'the top-most of them must have no parent: remove its spec.parent (and it from its children list)'
            })
          }
          break
        }
        if (chain.includes(up)) break
        chain.push(up)
      }
    }
    if (this.errors.length === 0) {
      for (const node of groups.values()) node.parent?.children.push(node)
    }
  }

  /**
   * The unit a spec.parent names that no file of the catalog defines (see GroupNode.named): one
   * per ref, however many groups name it, placed where the first of them says.
   */
  private namedParent(groups: Map<string, GroupNode>, ref: string, child: Entity): GroupNode {
    const known = groups.get(ref)
    if (known) return known
    const at = child.document.locate(['spec', 'parent'])
    const name = ref.slice(ref.lastIndexOf('/') + 1)
    const label = slugWords(name)
    const node: GroupNode = {
      entity: {
        kind: 'group',
        ref,
        name,
        namespace: ref.slice(ref.indexOf(':') + 1, ref.lastIndexOf('/')),
        label,
        description: '',
        tags: [],
        links: [],
        annotations: {},
        spec: {},
        document: child.document,
        at
      },
      children: [],
      members: new Set(),
      owned: [],
      // Never defined, so never under a parent itself: the top of its part of the tree.
      role: 'division',
      inferred: 'division',
      reason: `the parent of ${child.ref}, which the files do not define`,
      guessed: true,
      named: true
    }
    groups.set(ref, node)
    this.fileNote(
      child,
      'guessed',
      at,
      `parent "${ref}" of ${child.ref} is not in these files: made a unit of that name (import the file that defines it for its real name and place)`
    )
    return node
  }

  /** Headcount: the Users whose memberOf names a group, and the group's own spec.members. */
  private people(entities: Entity[], groups: Map<string, GroupNode>): void {
    for (const node of groups.values()) {
      const members = Array.isArray(node.entity.spec.members) ? node.entity.spec.members : []
      for (const value of members) {
        const ref = entityRef(value, 'user', node.entity.namespace)
        if (ref) node.members.add(ref)
      }
    }
    for (const user of entities.filter((e) => e.kind === 'user')) {
      const memberOf = Array.isArray(user.spec.memberOf) ? user.spec.memberOf : []
      memberOf.forEach((value, i) => {
        const ref = entityRef(value, 'group', user.namespace)
        const group = ref ? groups.get(ref) : undefined
        if (group) group.members.add(user.ref)
        else {
          this.fileNote(
            user,
            'problem',
            user.document.locate(['spec', 'memberOf', i]),
            `${user.ref} is a member of "${String(value)}", which is not a Group of the catalog`
          )
        }
      })
    }
  }

  /** Systems and Components go to the Group that owns them. */
  private ownership(entities: Entity[], groups: Map<string, GroupNode>): void {
    for (const entity of entities.filter((e) => OWNED_KINDS.has(e.kind))) {
      const owner = entity.spec.owner
      const ref = entityRef(owner, 'group', entity.namespace)
      const at = entity.document.locate(['spec', 'owner'])
      const group = ref ? groups.get(ref) : undefined
      if (group) group.owned.push(entity)
      else if (ref?.startsWith('user:')) {
        this.fileNote(
          entity,
          'skipped',
          at,
          `${entity.ref} is owned by a person (${ref}), not a team: left out`
        )
      } else {
        this.fileNote(
          entity,
          'problem',
          at,
          owner === undefined
            ? `${entity.ref} has no spec.owner: left out`
            : `owner "${String(owner)}" of ${entity.ref} is not a Group of the catalog: left out`
        )
      }
    }
  }

  private roles(groups: Map<string, GroupNode>): void {
    for (const node of groups.values()) {
      // "business unit", "Business_Unit" and "business-unit" are one type.
      const type =
        typeof node.entity.spec.type === 'string'
          ? node.entity.spec.type
              .trim()
              .toLowerCase()
              .replace(/[\s_]+/gu, '-')
          : ''
      const known = TYPE_ROLES[type]
      if (node.named) {
        const chosen = this.options.mapping?.roles[node.entity.ref]
        node.role = chosen ?? node.inferred
        if (chosen === undefined) this.guessed = true
        continue
      }
      if (known === 'team' && node.children.length > 0 && !ownWork(node)) {
        // A catalog's teams hold no teams: a "team" whose Groups are under it, with no people
        // or work of its own, is the unit that holds them ("Area KaaS" over "Team Rainbow").
        node.inferred = 'group'
        node.reason = `spec.type: ${type}, but it has groups under it and no people or work of its own`
        this.fileNote(
          node.entity,
          'inferred',
          node.entity.document.locate(['spec', 'type']),
          `${node.entity.ref}: ${node.reason}, so it is read as the group that holds them`
        )
      } else if (
        (known === 'division' || known === 'group') &&
        node.children.length === 0 &&
        ownWork(node)
      ) {
        // A business unit with no Groups under it that owns Systems or has people is where that
        // work is done: read as a team, so its projects and people are kept, not pruned.
        node.inferred = 'team'
        node.reason = `spec.type: ${type}, but no groups are under it and it ${workOf(node)}`
        this.fileNote(
          node.entity,
          'inferred',
          node.entity.document.locate(['spec', 'type']),
          `${node.entity.ref}: ${node.reason}, so it is read as a team`
        )
      } else if (known) {
        node.inferred = known
        node.reason = `spec.type: ${type}`
      } else {
        // A type of the organisation's own: a group with groups under it holds them, else it is a team.
        node.inferred = node.children.length > 0 ? 'group' : 'team'
        node.reason = `spec.type "${type}" is not a level the importer knows: ${node.children.length > 0 ? 'it has groups under it' : 'it has no groups under it'}`
        node.guessed = true
        this.fileNote(
          node.entity,
          'guessed',
          node.entity.document.locate(['spec', 'type']),
          `${node.entity.ref}: ${node.reason}, so it is read as a ${node.inferred}`
        )
      }
      const chosen = this.options.mapping?.roles[node.entity.ref]
      node.role = chosen ?? node.inferred
      // A guess the mapping states is no longer one (import --check passes).
      if (node.guessed && chosen === undefined) this.guessed = true
    }
  }

  private place(node: GroupNode, context: Context): void {
    const { entity } = node
    const children = (next: Context) => node.children.forEach((child) => this.place(child, next))
    let role = node.role
    if (context.level === 'company') {
      if (role === 'company' && this.company) role = 'division'
      if (role === 'group') {
        this.fileNote(
          entity,
          'inferred',
          entity.at,
          `${entity.ref} is a group with no division above it: read as a division`
        )
        role = 'division'
      }
      if (role === 'team-part') {
        this.fileNote(
          entity,
          'skipped',
          entity.at,
          `${entity.ref} is part of no team: its groups are kept, it is left out`
        )
        role = 'skip'
      }
      switch (role) {
        case 'company':
          this.company = { entity }
          return children(context)
        case 'division': {
          const division: Division = {
            id: this.ids.claim(entity.label, 'division'),
            name: entity.label,
            summary: entity.description,
            teams: [],
            groups: []
          }
          this.origin.set(division, { file: entity.document.file, at: entity.at })
          this.divisions.push(division)
          return children({ level: 'holder', holder: division, depth: 0 })
        }
        case 'team': {
          const team = this.team(node)
          this.loose.push(team)
          this.fileNote(
            entity,
            'inferred',
            entity.at,
            `${entity.ref} is a team with no division above it: put in "${DEFAULT_DIVISION}"`
          )
          return children({ level: 'team', team, holder: { teams: this.loose }, depth: 0 })
        }
        default:
          return children(context)
      }
    }
    if (role === 'skip') return children(context)
    if (context.level === 'team') {
      if (role === 'team-part') {
        this.merge(context.team, node)
        return children(context)
      }
      this.fileNote(
        entity,
        'inferred',
        entity.at,
        `${entity.ref} is under the team "${context.team.name}": shown beside it, as a catalog's teams hold no teams`
      )
      const team = this.team(node)
      context.holder.teams.push(team)
      return children({ ...context, team })
    }
    switch (role) {
      case 'team-part':
        this.fileNote(
          entity,
          'skipped',
          entity.at,
          `${entity.ref} is part of no team: its groups are kept, it is left out`
        )
        return children(context)
      case 'team': {
        const team = this.team(node)
        context.holder.teams.push(team)
        return children({ level: 'team', team, holder: context.holder, depth: context.depth })
      }
      default: {
        if (role !== 'group') {
          this.fileNote(
            entity,
            'inferred',
            entity.at,
            `${entity.ref} (${node.reason}) is inside a division: read as a group`
          )
        }
        const depth = context.depth + 1
        if (depth > MAX_GROUP_DEPTH) {
          this.errors.push({
            file: entity.document.file,
            ...entity.at,
            message: `${entity.ref} is ${depth} levels of groups under its division; a catalog holds at most ${MAX_GROUP_DEPTH}`,
            hint: 'give it a parent higher up, or choose "skip" for a level above it in the import preview'
          })
          return
        }
        const group: Group = {
          id: this.ids.claim(entity.label, 'group'),
          name: entity.label,
          summary: entity.description,
          teams: [],
          groups: []
        }
        this.origin.set(group, { file: entity.document.file, at: entity.at })
        ;(context.holder.groups ??= []).push(group)
        return children({ level: 'holder', holder: group, depth })
      }
    }
  }

  private team(node: GroupNode): Team {
    const { entity } = node
    const team: Team = {
      id: this.ids.claim(entity.label, 'team', { dropTeamSuffix: true }),
      name: entity.label,
      status: 'active',
      summary: entity.description,
      stack: [],
      mentions: [],
      projects: [],
      links: this.links(entity),
      responsibilities: [],
      relations: [],
      roles: []
    }
    this.origin.set(team, { file: entity.document.file, at: entity.at })
    this.merge(team, node)
    return team
  }

  /** A group's people, owned entities and tags into a team (its own, or the team it is part of). */
  private merge(team: Team, node: GroupNode): void {
    if (node.members.size > 0) {
      // A person in the team and in a part of it is one of its people, counted once.
      const people = this.teamPeople.get(team) ?? new Set<string>()
      for (const ref of node.members) people.add(ref)
      this.teamPeople.set(team, people)
      team.members = people.size
    }
    this.uses(team, node.entity)
    for (const owned of node.owned) {
      if (this.options.mapping?.roles[owned.ref] === 'skip') continue
      const technologies = this.uses(team, owned)
      if (!PROJECT_KINDS.has(owned.kind)) continue
      const project: Project = {
        title: owned.label,
        status: 'current',
        ...(owned.description ? { summary: owned.description } : {}),
        technologies,
        links: this.links(owned)
      }
      this.origin.set(project, { file: owned.document.file, at: owned.at })
      team.projects.push(project)
    }
  }

  /**
   * What an entity says its team works with: its tags are the team's stack (the catalog states
   * them); technologies its description names and the tools its well-known annotations name are
   * mentions. Returns the tags' technologies.
   */
  private uses(team: Team, entity: Entity): string[] {
    const tagged = this.technologies(entity)
    for (const name of tagged) {
      if (!team.stack.includes(name)) team.stack.push(name)
      team.mentions = team.mentions.filter((mention) => mention !== name)
    }
    const mention = (name: string, at: Position): void => {
      if (team.stack.includes(name) || team.mentions.includes(name)) return
      team.mentions.push(name)
      if (!this.technologyAt.has(name)) this.technologyAt.set(name, at)
    }
    if (entity.description) {
      const at = entity.document.locate(['metadata', 'description'])
      for (const match of this.dictionary.find(entity.description, 'prose')) mention(match.name, at)
    }
    for (const tool of annotationTools(entity.annotations)) {
      const found = namedTechnologies(this.dictionary, tool)
      for (const name of found ?? [])
        mention(name, entity.document.locate(['metadata', 'annotations']))
    }
    return tagged
  }

  /** An entity's tags through the dictionary; a tag it does not know is reported, once. */
  private technologies(entity: Entity): string[] {
    const names: string[] = []
    entity.tags.forEach((tag, i) => {
      const found = namedTechnologies(this.dictionary, tag)
      const at = entity.document.locate(['metadata', 'tags', i])
      if (!found) {
        if (!this.unknownTags.has(tag.toLowerCase())) {
          this.unknownTags.add(tag.toLowerCase())
          this.fileNote(
            entity,
            'unknown',
            at,
            `tag "${tag}" is not a technology the dictionary knows: not made a technology`
          )
        }
        return
      }
      for (const name of found) {
        if (!names.includes(name)) names.push(name)
        if (!this.technologyAt.has(name)) this.technologyAt.set(name, at)
      }
    })
    return names
  }

  private links(entity: Entity): Team['links'] {
    return entity.links.flatMap((link) => {
      if (!/^(?:https?:\/\/|mailto:)/iu.test(link.url)) {
        this.fileNote(
          entity,
          'problem',
          entity.at,
          `link "${link.url}" of ${entity.ref} is not an http, https or mailto link: left out`
        )
        return []
      }
      return [{ label: link.title?.trim() || link.url, url: link.url }]
    })
  }

  /**
   * Whether a technology a description names is the company's own product ("The Acme backend
   * server" at Acme): what an organization makes is no technology of its teams. Tags stay: the
   * catalog states those. Noted once, as the guide reader notes it.
   */
  private companysOwn(company: string, name: string): boolean {
    if (!this.dictionary.isOrganizationsOwn(company, name)) return false
    if (!this.ownNoted) {
      this.ownNoted = true
      this.notes.push({
        kind: 'inferred',
        file: this.options.file,
        line: 1,
        column: 1,
        message: `"${name}" is the company's own name: not made a technology of its teams`
      })
    }
    return true
  }

  private companyOf(): CatalogFile['company'] {
    const given = this.options.companyName?.trim() || this.options.mapping?.company?.trim()
    const source = `Imported from ${fileName(this.options.file)}`
    const entity = this.company?.entity
    if (given) return { name: given, summary: entity?.description ?? '', source }
    if (entity) return { name: entity.label, summary: entity.description, source }
    const domain = companyFromEmails(
      usersEmails(this.entities),
      this.entities.map((e) => `${e.label}\n${e.description}`).join('\n')
    )
    const name = domain ? domain.name : companyNameFromFile(this.options.file)
    this.notes.push({
      kind: 'guessed',
      file: this.options.file,
      line: 1,
      column: 1,
      message: `no Group of type organization names the company: called it "${name}"${domain ? `, after the users' email domain ${domain.domain}` : ''} (${NAME_THE_COMPANY})`
    })
    return { name, summary: '', source }
  }

  private outline(node: GroupNode): OutlineEntry {
    const { entity } = node
    return {
      ...this.fileOf(entity),
      key: entity.ref,
      label: entity.label,
      line: entity.at.line,
      column: entity.at.column,
      role: node.role,
      inferred: node.inferred,
      reason: node.reason,
      ...(node.guessed ? { guessed: true } : {}),
      children: [
        ...node.children.map((child) => this.outline(child)),
        ...node.owned.map((owned) => ({
          ...this.fileOf(owned),
          key: owned.ref,
          label: owned.label,
          line: owned.at.line,
          column: owned.at.column,
          role:
            this.options.mapping?.roles[owned.ref] === 'skip'
              ? ('skip' as const)
              : ('team-part' as const),
          inferred: 'team-part' as const,
          reason: PROJECT_KINDS.has(owned.kind)
            ? `a ${owned.kind} it owns: one of the team's projects`
            : `an ${owned.kind === 'api' ? 'API' : owned.kind} it owns: its tags are the team's technologies`,
          children: []
        }))
      ]
    }
  }

  /** The entity's file, for an outline entry, when it is not the file imported. */
  private fileOf(entity: Entity): { file?: string } {
    const { file } = entity.document
    return this.isImportedFile(file) ? {} : { file }
  }

  /**
   * Whether `file` (a path inside the folder) is the file the user imported, which diagnostics
   * then need not name: never so for a folder, even one that holds one file.
   */
  private isImportedFile(file: string): boolean {
    const imported = this.options.file
    return file === imported || imported.endsWith(`/${file}`) || imported.endsWith(`\\${file}`)
  }

  private positions(catalog: CatalogFile): Map<string, Position> {
    const positions = new Map<string, Position>()
    const place = (object: object, path: DataPath) => {
      const origin = this.origin.get(object)
      if (origin) positions.set(positionKey(path), origin.at)
    }
    const holder = (value: Holder, path: DataPath): void => {
      value.teams.forEach((team, t) => {
        place(team, [...path, 'teams', t])
        team.projects.forEach((project, p) => place(project, [...path, 'teams', t, 'projects', p]))
      })
      value.groups?.forEach((group, g) => {
        place(group, [...path, 'groups', g])
        holder(group, [...path, 'groups', g])
      })
    }
    catalog.divisions.forEach((division, d) => {
      place(division, ['divisions', d])
      holder(division, ['divisions', d])
    })
    catalog.technologies.forEach((technology, i) => {
      const at = this.technologyAt.get(technology.name)
      if (at) positions.set(positionKey(['technologies', i]), at)
    })
    return positions
  }

  private fileNote(entity: Entity, kind: ImportNote['kind'], at: Position, message: string): void {
    this.notes.push({ kind, file: entity.document.file, line: at.line, column: at.column, message })
  }

  /** Notes in file and reading order; a note about another file than the one imported names it. */
  private located(): ImportNote[] {
    return [...this.notes]
      .sort(
        (a, b) =>
          a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0)
      )
      .map(({ file, ...note }) => (this.isImportedFile(file) ? note : { ...note, file }))
  }
}

/** Whether a Group has people (members) or owned entities of its own. */
function ownWork(node: GroupNode): boolean {
  return node.members.size > 0 || node.owned.length > 0
}

/** What a Group has of its own, for a note: "owns 2 entities", "has 3 people". */
function workOf(node: GroupNode): string {
  const parts = [
    ...(node.owned.length > 0
      ? [`owns ${node.owned.length} ${node.owned.length === 1 ? 'entity' : 'entities'}`]
      : []),
    ...(node.members.size > 0
      ? [`has ${node.members.size} ${node.members.size === 1 ? 'person' : 'people'}`]
      : [])
  ]
  return parts.join(' and ')
}

/** Drops groups without teams; false when nothing is left under the holder. */
function prune(holder: Holder): boolean {
  holder.groups = holder.groups?.filter(prune)
  return holder.teams.length > 0 || (holder.groups?.length ?? 0) > 0
}

function order(entity: Entity): string {
  return `${entity.document.file}\u0000${String(entity.at.line).padStart(9, '0')}`
}

/** The email addresses a catalog's Users give (spec.profile.email). */
function usersEmails(entities: readonly Entity[]): string[] {
  return entities.flatMap((user) => {
    if (user.kind !== 'user') return []
    const profile = user.spec.profile
    const email =
      profile !== null && typeof profile === 'object'
        ? (profile as Record<string, unknown>).email
        : undefined
    return typeof email === 'string' ? [email] : []
  })
}

/**
 * An OrgScope catalog given to the Backstage importer (Import… of a .yaml file): it needs no
 * import, and "no Group entities" would send its author looking for Backstage's format. Found by
 * its top-level `schemaVersion` and `divisions`, said at the version's line. Only the files the
 * import was asked to start from: the folder may hold other catalogs.
 */
function orgScopeCatalog(files: readonly BackstageFile[]): Result<ImportPlan> | undefined {
  for (const { path, text } of files) {
    const version = /^schemaVersion:[ \t]*\d/mu.exec(text)
    if (!version || !/^divisions:/mu.test(text)) continue
    const line = text.slice(0, version.index).split(/\r\n|\r|\n/u).length
    return {
      ok: false,
      errors: [
        {
          file: path,
          line,
          column: 1,
          message: 'this is an OrgScope catalog, not a Backstage catalog: it needs no import',
          hint: 'open it with Open… (in the app or the browser build), or check it with `orgscope validate`'
        }
      ]
    }
  }
  return undefined
}
