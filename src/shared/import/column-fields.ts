import type { ImportRole } from './import-plan'
import { OTHER_TEAM, OTHER_TEAMS } from './team-words'

/** What a column of a spreadsheet or a guide's table holds, read from its header. */
export type ColumnField =
  | 'team'
  | 'division'
  | 'group'
  | 'parent'
  | 'company'
  | 'description'
  | 'stack'
  | 'lead'
  | 'headcount'
  | 'roles'
  | 'links'
  | 'responsibilities'
  | 'projects'
  | 'status'

/** Headers of a column of the teams' repositories: links, or projects where they are bare names. */
const REPOSITORY_HEADERS = ['repositories', 'repository', 'repos', 'repo'] as const

/**
 * Whether a header names the teams' repositories ("Repositories", "Repos", "GitHub repos"): its
 * cells list code by name ("payments-api, ledger") as often as by link.
 */
export function namesRepositories(header: string): boolean {
  const normalized = normalizedHeader(header)
  return REPOSITORY_HEADERS.some((name) => normalized === name || normalized.endsWith(` ${name}`))
}

/**
 * The same headers in the other languages team pages are written in (Spanish, Portuguese,
 * French, German, Dutch, Nordic, Italian): "Equipo | Enfoque | Tecnologías | Líder" is
 * "Team | Focus | Technologies | Lead". Words another field already claims in English
 * ("Description", "Technologies") are left to it; "Time" (Brazilian "team") is left out, as a
 * schedule's column is called the same.
 */
const OTHER_LANGUAGES: Record<
  Exclude<ColumnField, 'parent' | 'company' | 'roles' | 'links'>,
  readonly string[]
> = {
  // The word for a team and for teams, as every pattern reads them (team-words.ts).
  team: [
    ...OTHER_TEAM.split('|'),
    ...OTHER_TEAMS.split('|'),
    'nombre del equipo',
    'nome da equipe',
    'nom de l équipe',
    'teamname'
  ],
  division: [
    'división',
    'division',
    'departamento',
    'département',
    'abteilung',
    'afdeling',
    'avdeling',
    'avdelning',
    'dipartimento',
    'diretoria',
    'dirección'
  ],
  group: [
    'área',
    'tribu',
    'tribo',
    'bereich',
    'domínio',
    'dominio',
    'domaine',
    'sección',
    'seção',
    'seksjon',
    'sektion',
    'gruppe',
    'groep',
    'grupo',
    'groupe'
  ],
  description: [
    'descripción',
    'descrição',
    'descricao',
    'beschreibung',
    'beschrijving',
    'beskrivelse',
    'beskrivning',
    'descrizione',
    'misión',
    'missão',
    'propósito',
    'objetivo',
    'objectif',
    'ziel',
    'doel'
  ],
  stack: [
    'tecnologías',
    'tecnologias',
    'tecnologia',
    'tecnología',
    'tecnologie',
    'technologien',
    'technologieën',
    'teknologi',
    'teknologier',
    'herramientas',
    'ferramentas',
    'outils',
    'werkzeuge',
    'stack tecnológico',
    'stack técnico',
    'stack technique'
  ],
  lead: [
    'líder',
    'lider',
    'responsable',
    'responsável',
    'responsavel',
    'leitung',
    'leiter',
    'leiterin',
    'teamleiter',
    'teamleitung',
    'teamleider',
    'teamleder',
    'teamledare',
    'chef d équipe',
    'jefe',
    'jefa',
    'gerente',
    'referente',
    'ansvarlig'
  ],
  headcount: [
    'tamaño',
    'tamanho',
    'taille',
    'größe',
    'grootte',
    'størrelse',
    'storlek',
    'personas',
    'pessoas',
    'personnes',
    'personen',
    'personer'
  ],
  responsibilities: [
    'focus',
    'foco',
    'enfoque',
    'fokus',
    'schwerpunkt',
    'responsabilidades',
    'responsabilités',
    'verantwortung',
    'zuständigkeit',
    'zuständigkeiten',
    'verantwoordelijkheid',
    'verantwoordelijkheden',
    'ansvar',
    'ansvarsområde',
    'ansvarsområder',
    'responsabilità'
  ],
  projects: [
    'proyectos',
    'projetos',
    'projets',
    'projekte',
    'projecten',
    'prosjekter',
    'projekt',
    'progetti',
    'productos',
    'produtos',
    'produits',
    'produkte',
    'producten',
    'produkter'
  ],
  status: ['estado', 'situação', 'statut']
}

/**
 * Header names people give each column, compared after lowercasing and dropping punctuation
 * ("Tech Stack", "tech_stack" and "Tech-stack" are one). The first field whose list has the
 * header wins.
 */
const SYNONYMS: Record<ColumnField, readonly string[]> = {
  team: [
    'team',
    'team name',
    'teams',
    'name',
    'squad',
    'squad name',
    'unit',
    'unit name',
    ...OTHER_LANGUAGES.team
  ],
  division: [
    'division',
    'department',
    'dept',
    'org',
    'organization',
    'organisation',
    'business unit',
    'bu',
    'pillar',
    'supervisory organization',
    'organizational unit',
    'organisational unit',
    'org unit',
    'division name',
    'department name',
    ...OTHER_LANGUAGES.division
  ],
  group: [
    'group',
    'team group',
    'sub department',
    'subdepartment',
    'tribe',
    'stage',
    'area',
    'product area',
    'domain',
    'value stream',
    'product line',
    // Team Topologies' team files: "platform_grouping: Cloud Infrastructure Platform Grouping".
    'platform grouping',
    'grouping',
    ...OTHER_LANGUAGES.group
  ],
  parent: ['parent', 'parent team', 'parent group', 'parent unit', 'reports to', 'part of'],
  company: ['company', 'company name'],
  description: [
    'description',
    'summary',
    'about',
    'mission',
    'purpose',
    'charter',
    'what we do',
    'desc',
    ...OTHER_LANGUAGES.description
  ],
  stack: [
    'stack',
    'tech stack',
    'technologies',
    'technology',
    'tech',
    'tools',
    'tooling',
    'toolset',
    'languages',
    'tech used',
    ...OTHER_LANGUAGES.stack
  ],
  lead: [
    'lead',
    'team lead',
    'leader',
    'tech lead',
    'manager',
    'engineering manager',
    'em',
    'head',
    'contact',
    ...OTHER_LANGUAGES.lead
  ],
  headcount: [
    'headcount',
    'head count',
    'size',
    'team size',
    'members',
    'people',
    'engineers',
    'fte',
    'number of engineers',
    'engineer count',
    'number engineers',
    ...OTHER_LANGUAGES.headcount
  ],
  roles: [
    'open roles',
    'roles',
    'hiring',
    'open positions',
    'positions',
    'vacancies',
    'openings',
    'job openings',
    'open reqs',
    'reqs',
    'requisitions',
    'open requisitions'
  ],
  links: [
    'links',
    'link',
    'url',
    'urls',
    'website',
    'wiki',
    'docs',
    'documentation',
    'homepage',
    ...REPOSITORY_HEADERS
  ],
  responsibilities: [
    'responsibilities',
    'owns',
    'ownership',
    'areas of ownership',
    'scope',
    ...OTHER_LANGUAGES.responsibilities
  ],
  projects: [
    'projects',
    'project',
    'products',
    'services',
    'current projects',
    ...OTHER_LANGUAGES.projects
  ],
  status: ['status', 'state', ...OTHER_LANGUAGES.status]
}

const BY_HEADER = new Map<string, ColumnField>()
for (const [field, names] of Object.entries(SYNONYMS) as [ColumnField, readonly string[]][]) {
  for (const name of names) if (!BY_HEADER.has(name)) BY_HEADER.set(name, field)
}

/** The field a header names, or undefined for a column the importer does not know. */
export function fieldOf(header: string): ColumnField | undefined {
  const normalized = normalizedHeader(header)
  return BY_HEADER.get(normalized) ?? headField(normalized)
}

function normalizedHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/#/gu, ' number ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * A header no list names, read by its last noun: "Product team", "Owning squad" name teams;
 * "Main technologies used", "Languages and frameworks" a stack; "Short description" a
 * description. Asides in parentheses and words like "used" or "main" say nothing of the field.
 */
const HEAD_NOUNS: readonly (readonly [ColumnField, RegExp])[] = [
  ['team', /\b(?:team|squad)(?: name)?$/u],
  ['stack', /\b(?:stack|technolog(?:y|ies)|tech|tools|tooling|languages|frameworks|libraries)$/u],
  ['description', /\b(?:description|summary|mission|purpose)$/u],
  ['lead', /\b(?:lead|leads|manager|managers)$/u]
]

/** The field of a normalized header by its last noun (see HEAD_NOUNS), or undefined. */
function headField(normalized: string): ColumnField | undefined {
  const head = normalized
    .replace(/\b(?:used|in use|we use|currently)$/u, '')
    .replace(/^(?:main|primary|key|core|current)\b/u, '')
    .trim()
  if (head === '' || head.split(' ').length > 4) return undefined
  if (BY_HEADER.has(head)) return BY_HEADER.get(head)
  return HEAD_NOUNS.find(([, noun]) => noun.test(head))?.[0]
}

/** A markdown table's header cell, by the same synonyms and head nouns as a spreadsheet's. */
export function headerField(header: string): ColumnField | undefined {
  return fieldOf(header.replace(/\([^()]*\)/gu, ' '))
}

/** The role a column of this field plays in the outline (and what the preview lets one change). */
export function roleOf(field: ColumnField | undefined): ImportRole {
  switch (field) {
    case undefined:
      return 'skip'
    case 'team':
    case 'division':
    case 'company':
      return field
    case 'group':
    case 'parent':
      return 'group'
    default:
      return 'team-part'
  }
}

/** Why a column got its role, in words the preview shows. */
export function reasonFor(field: ColumnField | undefined): string {
  switch (field) {
    case undefined:
      return 'header not recognized'
    case 'team':
      return 'names the team of each row'
    case 'division':
      return 'names the division of each row'
    case 'group':
      return 'names the group of each row'
    case 'parent':
      return 'names the parent of each row: rows with rows under them become divisions and groups'
    case 'company':
      return 'names the company'
    default:
      return `the team's ${field}`
  }
}
