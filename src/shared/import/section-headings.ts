import { withoutPictographs } from './outline'
import { withoutContact, withoutCount, withoutStatusRemark } from './team-name'
import type { ImportRole } from './import-plan'
import { OTHER_TEAM, OTHER_TEAMS, OTHER_UNITS } from './team-words'
import { namesOnlyATeamsPage } from './team-page-title'
import { doingHeadline } from './headline'

/**
 * What a heading's words say the section is, before its content is looked at:
 * - part: a sub-section of a team or unit ("Tech stack", "Projects", "Mission");
 * - skip: not a team (contact, chat channels, job families, KPIs, handbook structure, working
 *   groups, meetings, process);
 * - container: the heading of a team list ("Teams", "Organization structure");
 * - summary: an introduction ("Overview", a README's "Getting started"), read through like a
 *   container: teams listed under it belong to the unit above, it is no level of its own;
 * - plain: a name.
 */
export type HeadingKind = 'part' | 'skip' | 'container' | 'summary' | 'plain'

/** Headings that are wholly a team's sub-section name ("Tech stack", "Projects", "Mission"). */
const PART = new RegExp(
  '^(?:(?:our|the|current|recent|past|example|some|key|main|other|upcoming|planned|team|tech|technology|areas? of|in|out of|top-level|high-level|primary|core|additional)\\s+)*' +
    '(?:(?:sub-?)?projects?|stack|tool ?set|tools|tooling|technolog(?:y|ies)|tech|languages?|' +
    'examples?|responsibilit(?:y|ies)|ownership|background|(?:mission|vision)(?: statement)?|' +
    // "Team Profile": who the unit's people are, as "Members" says who they are by name ("Profile"
    // alone may be the team that builds user profiles).
    'people|members|profile(?<=team profile)|goals|focus areas?|on-?call|culture|scope|charter|repositories|repos|' +
    'services|syncs?|rituals|general|focus|initiatives|products|programs|offerings|guides|' +
    'templates|approach|values|principles|purpose|value proposition|work|deliverables?|description|' +
    // "Product outline", "General team overview": what the unit is and makes, described.
    '(?:product |service )?outline|overview|' +
    // "Stack Choices", "Technology decisions": the stack the unit chose, as "Tech stack" is.
    '(?:tech(?:nology)?|stack) (?:choices|decisions))s?$',
  'iu'
)

/** A heading over the unit's projects: "Subprojects", "Our repositories", "Products". */
const PROJECTS_HEADING =
  /^(?:(?:our|the|current|active|owned|key|main|other)\s+)*(?:sub-?projects?|projects|repositories|repos|products)$/iu

/**
 * Whether a heading is over the unit's projects ("Subprojects", "Our repositories"): a heading
 * per project under it names that project, however much it says about itself.
 */
export function headsProjectList(text: string): boolean {
  return PROJECTS_HEADING.test(text)
}

/** A heading whose last word says it lists projects or repositories. */
const PROJECTS_LAST = /\b(?:sub-?)?(?:projects|repositories)$/iu

/** Whether a heading says its sections are projects or repositories ("Incubating Projects"). */
export function listsProjects(text: string): boolean {
  return PROJECTS_HEADING.test(text) || PROJECTS_LAST.test(text)
}

/** Sentence-like sub-headings: "Here are the projects…", "The toolset we use is:". */
const PART_PHRASE =
  /^(?:here (?:are|is)|we use|(?:the )?(?:tools|tooling|tool ?set) we (?:currently )?use|the toolset|what we do|what we(?:'|’| a)re working on|(?:our |the )?(?:current|recent|past|upcoming|planned) projects|areas? of (?:ownership|responsibility)|tech(?:nology)? stack)\b/iu

const SKIP = new RegExp(
  '(?:^|\\b)(?:contacts?|contact us|(?:how|where) to (?:reach|contact|find) us|reach(?:ing)? us|get(?:ting)? in touch|' +
    // "Join the conversation", "Join us", "Join our community": a page's closing invitation.
    '^join (?:us|in|the (?:conversation|discussion|community|chat|fun)|our (?:community|conversation|discussions?|chat|discord|slack|forum|mailing list))\\b|' +
    'get(?:ting)? (?:help|assistance)|requests? for help|' +
    // "Access to service portal", "Requesting access": how to be let in, never who runs it.
    '^(?:access to|(?:requesting|getting|gaining|how to (?:get|request)) access)\\b|' +
    '(?:slack|chat|discord|irc|matrix|zulip|teams) channels?|slack|channels|mailing lists?|' +
    'job famil(?:y|ies)|careers?|hiring|interviewing|open (?:roles|positions|jobs)|job descriptions?|' +
    // "What help we need", "How you can help", "Help wanted": the roles a project asks
    // volunteers or hires to fill, each a kind of person, not a unit.
    "^(?:what|the) help we need|^how (?:you|to) (?:can )?help|^help wanted$|^(?:roles|people|volunteers|skills) we need|^we(?:'re| are) looking for\\b|" +
    // "Current openings", "Vacancies": the roles a unit is hiring for, not more units.
    '(?:current |job )?openings|vacancies|' +
    'benefits|perks|compensation|salar(?:y|ies)|blog|news|press|' +
    // "Roles", "Key roles": the kinds of job people hold ("DevOps Engineer"), not teams; nor
    // "Role qualifiers" or "Role definitions" over what a Lead or a Coordinator does.
    '^(?:key |job |engineering )?roles$|^roles? (?:qualifiers|definitions|descriptions|types)$|' +
    'kpis?|okrs?|key performance indicators|performance indicators|metrics|' +
    'handbook|(?:other|related|useful|common|more) (?:pages|links|resources)|links|(?<!human )resources|further reading|' +
    // The same in the other languages team pages are written in: "Ver também", "Siehe auch",
    // "Zie ook" (see also), "Onze projectdocumentatie" (our documentation), "Enlaces" (links).
    'ver tamb[ée]m|ver tambi[ée]n|v[ée]ase tambi[ée]n|siehe auch|voir aussi|zie ook|se även|katso myös|vedi anche|' +
    '(?:project)?documentatie|(?:projekt)?dokumentation|documentaci[oó]n|documenta[cç][aã]o|dokumentasjon|' +
    'enlaces|liens utiles|links [uú]teis|weiterführende links|nuttige links|recursos|ressources|ressourcen|' +
    // Learning material: what the page points readers to, not who does the work.
    'tutorials?|how-?tos?|guides|reading list|' +
    'working groups?|committees?|user groups?|governance|steering|' +
    // "Project Leadership Council": a governing body, like a steering committee ("Jarvis Council
    // Team" is a team that says so).
    '(?:leadership|governing|advisory|oversight) councils?(?!\\s+team)|' +
    // Organizations that fund or back the project: "Institutional Partners", "Sponsors".
    '(?:institutional |corporate |community )?partners|sponsors|sponsorship|funders|donors|backers|' +
    'escalations?(?: paths?| polic(?:y|ies)| process)?|' +
    // Who is on duty when ("On-Call Rotation" over weeks and names, "Pager rota"): a schedule.
    '(?:on-?call|support|duty|pager|triage)\\s+(?:rotations?|rotas?|schedules?)|rotations?$|rotas?$|' +
    // A standup, a retro or an all-hands ends the heading ("Engineering Team Standup"); before a
    // name's other words it names what a team builds ("Standup Bot", "All Hands Tools").
    'meetings?|(?:stand-?ups?|retrospectives?|retros|all[- ]hands)(?=(?:\\s+meetings?)?(?:\\s*\\([^)]*\\))?[\\s:.]*$)|' +
    // "Platform Team Operating Model": how the unit plans and runs its work, not a unit in it.
    'processes|process|how we work|ways of working|workflow|operating model|' +
    // "Release checklist", "Launch checklists": steps to follow, whoever owns them.
    'checklists?|' +
    // How the engineers work, not a consultancy's "Practices" (its units, "the Mobile practice").
    '(?:best|coding|development) practices|tips(?: (?:and|&) tricks)?|' +
    'communications?|decision[- ]making|decisions|' +
    // What a unit holds to ("Guiding principles" over bold-label lines, "Our values"): no teams.
    '(?:guiding |core |design |engineering )?principles|tenets|(?:our |core |company )values|' +
    // How the teams work with each other ("Team interactions" over rows of two teams and a mode).
    '(?:team )?interactions|interaction modes?|interactions? (?:between|among|across|with other) teams|' +
    // The same in the other languages, and who does what ("Matriz de responsabilidades (RACI)").
    "modos de intera(?:cci[oó]n|[cç][aã]o)|modes d['’]interaction|interaktionsmodi|" +
    '(?:responsibility|raci) matri(?:x|ces)|matriz(?: de responsabilidades?)?(?: \\(?raci\\)?)?|matrice (?:raci|des responsabilit[ée]s)|raci(?: matrix| chart)?|' +
    // How a post or a talk ends ("Key Takeaways", "Lessons learned", "Final thoughts"): what the
    // writer draws from it, never a unit.
    // How to add to the page and whom it thanks ("Contributing", "Making Contributions",
    // "Credits", "Acknowledgements"): the page's own upkeep, never a unit.
    'contributing|(?:making |how to make )?contributions|how to contribute|(?:areas|ways) (?:for|of|to) contribut(?:e|ions?)|credits|acknowledge?ments|special thanks|' +
    // Where engineers meet across teams ("Communities", "Communities of practice"), as guilds do.
    '^communities(?: of practice)?$|communit(?:y|ies) of practice$|' +
    '(?:key )?takeaways|lessons learn(?:ed|t)|conclusions?|(?:final|closing|concluding) (?:thoughts|remarks|words)|wrapping up|' +
    // What a unit struggles with or waits on ("Current challenges", "Dependencies", "Typical
    // conflicts with other departments"): other units and problems named, no units of its own.
    'challenges|pain ?points|blockers|conflicts|dependencies|known issues|' +
    'teams? we (?:\\w+ )?(?:depend on|interact with|work with|rely on)|' +
    'faqs?|frequently asked questions|reporting structure|reporting lines|organi[sz]ation(?:al)? changes|' +
    'roadmaps?|strategy|direction|(?:next|first|final|last) steps|' +
    // A roadmap's periods and the heading over them ("What's Next" over "Near Term (Next 6
    // Months)", "By End of 2027"): when, never who. (A bare year is a roster's: PERIOD.)
    "^what(?:'|’)?s next|^looking ahead|^future plans|^timeline|^milestones|" +
    '^(?:short|mid|medium|near|long)[- ]term\\b|^by (?:the )?end of\\b|^(?:the )?(?:next|coming|first|last|past) (?:\\d+|few|six|three|twelve) (?:weeks|months|quarters|years)\\b|' +
    // "Joining a Working Group", "Forming a new team", "Shutting down WGs", "Applying for
    // Candidacy": a verb's -ing form and its object say how to do something ("Billing",
    // "Marketing Operations" stay names).
    '^[a-z]+ing\\s+(?:a|an|the|new|your|our|their|up|down|out|off|over|for)\\s|' +
    // A governance page's votes and moderation, as bare headings: how it decides and enforces.
    '^(?:voting|votes|elections?|moderation)$|' +
    'action items|learning path|learn about|onboarding|quick[- ]?start(?: guide)?|other pages|see also|' +
    'issue trackers?|backlog|project management|table of contents|toc|changelog|history|' +
    // What the page's words mean: "Glossary", "Terminology", "Acronyms".
    'glossary|terminology|acronyms|abbreviations|definitions of terms|' +
    // An issue tracker's scale ("Priority" over P0 to P4, "Severity levels"): definitions, no units.
    'priorit(?:y|ies)(?: levels?| labels?)?|severit(?:y|ies)(?: levels?| labels?)?|' +
    // One level of such a scale: "P0", "P2", "Sev 1", "SEV-2", "Priority 3".
    '^(?:p|sev|severity|priority)[ -]?\\d$|' +
    // "Contributor Levels", "Membership ladder": the steps a person climbs, not units.
    '^(?:contributor|contribution|membership|maintainer|community)\\s+(?:levels|ladders?|tiers)$|' +
    // A proposal's (RFC's) own sections: why and how it decides, never a unit it sets up.
    'motivation|rationale|drawbacks|risks|alternatives|prior art|unresolved questions|expected response|' +
    // A page's legal terms ("License", "Copyright and trademarks"): what may be done with it.
    '^(?:licen[cs]es?|copyright|trademarks?)(?:,?\\s+(?:and|&)\\s+(?:licen[cs]es?|copyright|trademarks?))*$)\\b',
  'iu'
)

/**
 * "Governance team", "Developer Communications Squad", "Project Management Office (PMO)": a team
 * named for the function it serves.
 * The function's word ("governance", "communications", "onboarding") names process when a
 * heading is about it; closed by a unit word, with no article, possessive or preposition before
 * it ("Meet the team", "Contact our team", "Onboarding for new team"), the heading is the
 * team's name.
 */
const FUNCTION_TEAM =
  /^(?!.*\b(?:the|our|your|their|this|my|a|an|each|every|new|for|to|with|within|in|on|of|by|from|about|across|per)\b)[\p{L}\p{N}&'’-]+(?:\s+[\p{L}\p{N}&'’-]+){0,3}\s+(?:team|squad|pod|crew|office)(?:\s*\([\p{Lu}&]{2,8}\))?$/iu

/**
 * "Product group capacity", "Sprint allocation": how much work the units take on, a planning
 * process about them, not one more unit.
 */
const PLANNING_LAST = /\b(?:capacity|allocation|velocity|estimation)$/iu

/**
 * "Squad Allocation (Primary Ownership)", "Team assignments", "Tribe roster": a heading over the
 * units themselves, one row each with where it sits and what it owns, as "Squads" is.
 */
const UNITS_LAID_OUT =
  /^(?:(?:our|the|current|proposed)\s+)?(?:team|squad|pod|tribe|crew)s?\s+(?:allocation|assignments?|mapping|roster|topology|layout)(?:\s*\([^()]*\))?$/iu

/**
 * A job title or a people heading ("Engineering Manager", "Individual Contributors", "Chairs"):
 * people and reporting lines are not teams. So are an officer's title ("CEO", "President", "VP
 * of Engineering", "Co-Founder") and the officers together ("Executive", "Founders"): a "who
 * does what" page heads its leaders' paragraphs with them beside its departments.
 */
const PEOPLE =
  /^(?:(?:senior|staff|principal|engineering|product|project|technical|tech|team|site|group|associate|interim|acting)\s+)*(?:managers?|directors?|vps?|vice presidents?|heads? of [\p{L} ]+|individual contributors?|ics?|engineers?|leads?|leaders(?:hip)?|chairs?|co-?chairs?|members?|maintainers?|reviewers?|approvers?|committers?|contributors?|code owners?|people|staff|coordinators?|chiefs?|facilitators?|stewards?|captains?)$/iu

/** An officer's title: "CEO", "CTO", "President", "VP of Engineering", "Co-Founder". */
const OFFICER =
  /^(?:c(?:e|t|f|o|s|p|i|m|r|is|d)os?|presidents?|(?:co-?)?founders?|(?:vps?|vice presidents?) of [\p{L} ]+)$/iu

/** Whether a heading is an officer's title alone (OFFICER): one person, not a unit. */
export function namesOfficer(text: string): boolean {
  return OFFICER.test(text.trim())
}

/**
 * A heading that names a body of people, whatever qualifies it ("All Team Members", "Emeritus
 * Leaders", "TAG Leadership", "emeritus-core", "Initial list of volunteers"): people are never
 * a unit, even when their section holds teams.
 */
const PEOPLE_BODY =
  /^(?:(?:[\p{L}\p{N}.'’-]+\s+){0,3}(?:members|leaders(?:hip)?|leads|chairs|co-?chairs|maintainers|committers|contributors|alumni|emerit(?:i|us)|reviewers|approvers|counterparts|volunteers)|(?:(?:emeritus|former|past|retired)\s+)?(?:code\s+)?owners|emerit(?:i|us)[\s-]+[\p{L}\p{N}-]{2,30}|friends of [\p{L}\p{N} .'’-]{2,40})$/iu

/**
 * The managers of a unit called a team ("Management team", "Leadership team"): the people who
 * lead the unit's teams, listed as people, not one more team beside them. (An "Exec team" with
 * its own responsibilities is a team: PostHog's.)
 */
const PEOPLE_TEAM =
  /^(?:the\s+)?(?:(?:senior|engineering|product)\s+)?(?:management|leadership)\s+team$/iu

/**
 * A person named by what they do ("User that submits issue", "Anyone who reports a bug"): a
 * role in the page's process; a team is named, never described by a clause.
 */
const PERSON_WHO =
  /^(?:(?:the|a|an|any)\s+)?(?:users?|persons?|people|anyone|someone|customers?|reporters?|requesters?|submitters?|contributors?|volunteers?|members?)\s+(?:that|who)\s+\p{L}/iu

/** Whether a heading names people (a role, a title or a body of people), not a unit. */
export function namesPeople(text: string): boolean {
  return (
    PEOPLE.test(text) ||
    PERSON_WHO.test(text) ||
    OFFICER.test(text) ||
    PEOPLE_BODY.test(text) ||
    PEOPLE_TEAM.test(text) ||
    BARE_TEAM.test(text) ||
    WHOS_WHO.test(text)
  )
}

/**
 * "Who's who": a list of people. Over a heading per team it is a team list (CONTAINER: the teams
 * belong to the unit above); its own list of names is people, never teams.
 */
const WHOS_WHO = /^who(?:'|’)?s who$/iu

/**
 * A heading that is only the word "team" ("## Team", "Meet the team"): it names no team, it lists
 * the people of the unit the page is about.
 */
const BARE_TEAM = /^(?:(?:meet\s+)?(?:our|the)\s+)?team$/iu

/** Whether a heading or title is only the word "team" ("Meet the Team", "Our team"): no team's name. */
export function namesBareTeam(text: string): boolean {
  return BARE_TEAM.test(text.trim())
}

/**
 * The heading of a team list: "Teams", "Our groups", "Departments", "Org structure", and a
 * community's list of its SIGs ("Special Interest Groups", "Open SIGs and WGs", "SIG List", "WG
 * lists"), whose linked items are its teams. A status before the word ("Graduated Teams",
 * "Former squads", "Archived working groups") sorts the teams by where they stand: no unit, as
 * "Current Teams" is none. "Disciplines" lists groups that cut across the teams, as "Guilds" and
 * "Chapters" do. The word in the languages team pages are also written in ("Команды", "Equipos",
 * "Équipes", "Squadre", "Zespoły"), with its own words for "our" before it and for "of
 * engineering" after it ("Nuestros equipos", "Equipos de ingeniería", "Unsere Teams", "Команды
 * разработки", where Russian needs no preposition), heads the list as "Teams" does, and so do
 * their words for "Team structure" and "List of teams" ("Estructura de equipos", "Structure des
 * équipes", "Teamübersicht"). "Simplified org chart" and the chart's word in those languages
 * ("Organigrama", "Organograma", "Organigramme") head a drawn chart. "Types of teams" over
 * "Platform teams" and "Enabling teams" sorts the kinds of team: no unit either. Nor is the
 * organization's own kind before the word ("Program teams", "Consortium Teams", "Project
 * teams"): the teams of the whole organization the page is about, as "Our teams" are.
 */
/**
 * "Team Points of Contact", "Team contacts", "Points of contact by team": a list of the teams,
 * each section one team and its people to ask.
 */
export const TEAM_CONTACTS =
  /team (?:points? of contact|contacts)|points? of contact (?:by|per|for each) team/iu

const CONTAINER = new RegExp(
  String.raw`^(?:(?:our|the|all|small|engineering|product|program|programme|project|consortium|company|development|dev|technical|functional|master|current|open|active|research|tiger|feature|task|focus|public|existing|available|top-level|official|inactive|former|past|previous|graduated|archived|retired|dormant|dissolved|disbanded|incubating|new|proposed|cross-functional|cross-departmental|interdepartmental|cross-team|virtual|service|support|operational|unsere|nuestros|nuestras|nos|nossas|nossos|i nostri|le nostre|nasze|наши)\s+)*(?:(?:sub-?)?teams|squads|groups|pods|tribes|guilds|chapters|disciplines|departments|divisions|special interest groups|${OTHER_UNITS}|(?:${OTHER_UNITS})\s+(?:funcionales|fonctionnels|funcionais|funzionali|t[ée]cnic[oa]s|techniques|tecnici|operativos|opérationnels|operacionais|de\s+(?:servicios|services|serviços|soporte|apoyo|support)|di\s+servizi)|(?:${OTHER_TEAMS})(?:\s+(?:de|des|du|di|del|della|d['’])\s*(?:ingenier[ií]a|ingénierie|ingegneria|desarrollo|développement|sviluppo|producto|produit|prodotto|tecnolog[ií]a|technologie|tecnologia|engenharia)|\s+(?:interdepartamentales|interdépartementaux|interdepartamentais|interdipartimentali|transversales|transversaux|transversais|trasversali|multidisciplinarios|multifuncionales|interfuncionales))?|команды\s+(?:разработки|продукта|инженеров)|sigs(?:\s+(?:and|&)\s+(?:wgs|working groups))?|(?:(?:simplified|simple|high[- ]level|current|full|detailed|overall)\s+)?(?:org(?:ani[sz]ation)?(?:al)? (?:structure|chart)|organigram(?:a|me|m)?|organograma)(?:\s+(?:simplificad[oa]|simplifi[ée]e?|vereinfacht|resumid[oa]))?|(?:community|project|company) structure|(?:sub-?)?teams? (?:list|structure|overview|directory|details|profiles|descriptions|pages|breakdown)|(?:types|kinds) of teams|team (?:types|kinds)|(?:estructura|estrutura|structure|struttura|organizaci[oó]n|organisation|lista|liste|listado|resumen|aper[cç]u)\s+(?:de\s+l[oa]s|de|des|das|dos|do|della|delle|degli|dei|du)\s+(?:${OTHER_TEAMS})|teams?(?:struktur|übersicht|liste)|(?:struktur|übersicht|liste) der teams|(?:special interest groups?|sigs?|working groups?|wgs?)\s+lists?|structure|who(?:'|’)?s who|${TEAM_CONTACTS.source})\s*:?$`,
  'iu'
)

/** "Our Organization", "The org", and in the other languages team pages are written in. */
const OUR_ORGANIZATION =
  /^(?:about\s+)?(?:our|the|nuestra|la|notre|l['’]|nossa|a nossa|unsere|die|la nostra)\s*(?:org|organi[sz]ation|organizaci[oó]n|organiza[cç][aã]o|organizzazione)$/iu

/**
 * A list of teams under words that only qualify it (a status, a kind): "Current Teams", "Program
 * teams", "Archived Working Groups". Words naming what a department does ("Product Teams",
 * "Research Groups") are left to the unit readings.
 */
const QUALIFIED_TEAM_LIST =
  /^(?:(?:our|the|all|small|program|programme|project|consortium|company|technical|functional|master|current|open|active|tiger|feature|task|focus|public|existing|available|top-level|official|inactive|former|past|previous|graduated|archived|retired|dormant|dissolved|disbanded|incubating|new|proposed|cross-functional|cross-departmental|interdepartmental|cross-team|virtual)\s+)+(?:(?:sub-?)?teams|squads|groups|pods|tribes|guilds|chapters|working groups|wgs|sigs|special interest groups|committees)\s*:?$/iu

/**
 * A heading about how the organization is laid out ("Department structure", "Our organization",
 * "Org chart"): over a drawn chart, it names the drawing, not a level of the organization.
 */
const STRUCTURE_HEADING =
  /^(?:(?:our|the|current|engineering|department|division|group|team|sub-?department)(?:'s)?\s+)*(?:structure|organi[sz]ation(?:al)?(?:\s+(?:structure|chart|overview))?|org\s+(?:structure|chart))\s*:?$/iu

/** Whether a heading is about the organization's layout (see STRUCTURE_HEADING). */
export function namesStructure(text: string): boolean {
  return STRUCTURE_HEADING.test(text.trim())
}

/**
 * A heading made only of words that say what list follows ("List of Components", "Technical
 * Teams", "Components and Maintainers", "Maintainers by area", "Who to CC"): it heads the page's
 * list of its areas or teams, as "Teams" does, and is no level of the organization above them.
 * The line is drawn at the words: one that is not a list word, a plural kind of area or a word
 * for people names something ("Platform Teams", "Data Components", "Libraries" of a maintainers
 * file's category), and so does a singular kind before people ("Module Maintainers", a category
 * of a maintainers file's areas beside "Platform Maintainers"). Working groups keep their own
 * rules (working-group-page.ts): "Infrastructure Working Groups" names a unit.
 */
export function headsAreaList(text: string): boolean {
  const trimmed = text.trim().replace(/\s*:$/u, '')
  if (WHO_TO.test(trimmed)) return true
  const words = trimmed
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter(Boolean)
  // "Component Owners List", "Maintainers by area": beside a word of listing, a kind is
  // written singular too ("Module Maintainers" alone names a category).
  const listing = words.some(
    (word) => /^(?:list|lists|table|index|by|per)$/u.test(word) || EACH_ONES.test(word)
  )
  const kind = (word: string): boolean => AREA_KINDS.test(word) || (listing && AREA_KIND.test(word))
  if (!words.some(kind)) return false
  return words.every(
    (word) => LIST_WORDS.test(word) || EACH_ONES.test(word) || kind(word) || AREA_PEOPLE.test(word)
  )
}

/** "Who to CC in issues", "Who owns what": the page's list of who to ask about each area. */
const WHO_TO =
  /^who (?:to (?:cc|ask|contact|ping|tag|mention)|owns what|maintains what|reviews what)\b/iu
const LIST_WORDS =
  /^(?:list|lists|of|by|per|and|&|the|all|our|its|their|project|project's|current|active|existing|official|technical|top-level|main|primary|following|table|index)$/u
const AREA_KINDS = /^(?:teams|areas|components|subsystems|modules|packages|crates)$/u
const AREA_KIND = /^(?:team|area|component|subsystem|module|package|crate)$/u
/**
 * What a list gives for each team or area, one per item: "Team labels" (the tracker's label of
 * each team), "Team handles", "Component aliases", "Team pages". The list is of the teams.
 */
const EACH_ONES = /^(?:labels|handles|aliases|pages)$/u
const AREA_PEOPLE =
  /^(?:maintainers|owners|code-?owners|committers|reviewers|approvers|experts|contacts)$/u

/** "Teams and Handbook Pages", "Teams & groups": a team list with something beside it. */
/** "Teams in Source", "Squads of the Platform org": the teams of a named unit, listed. */
const CONTAINER_IN =
  /^(?:(?:[Oo]ur|[Tt]he|[Aa]ll|[Cc]urrent)\s+)?(?:[Tt]eams|[Ss]quads|[Gg]roups|[Pp]ods|[Cc]rews)\s+(?:in|of|within)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’ -]{0,40}):?$/u

/**
 * The unit a team list's heading names as the one its teams belong to: "Teams in Product
 * Engineering", "Squads of the Payments org", "Our Product Engineering Teams" (a department's
 * name, ending in "Engineering", before the teams). Undefined for a heading that names only the
 * list ("Teams", "Our teams", "Product teams": a kind of team, no unit).
 */
export function teamListUnit(text: string): string | undefined {
  const trimmed = text.trim()
  const inUnit = CONTAINER_IN.exec(trimmed)
  if (inUnit) return cleanUnit(inUnit[1])
  const before = /^(.+?)\s+(?:teams|squads|groups|pods)\s*:?$/iu.exec(trimmed)
  if (!before || !CONTAINER.test(trimmed)) return undefined
  const words = before[1].split(/\s+/u).filter((word) => !LIST_QUALIFIER.test(word))
  return words.length >= 2 && /^engineering$/iu.test(words[words.length - 1])
    ? words.join(' ')
    : undefined
}

/** Words of a team list's heading that say which of the teams, not whose ("our", "current"). */
const LIST_QUALIFIER =
  /^(?:our|the|all|small|current|open|active|public|existing|top-level|official|inactive|former|past|previous|graduated|archived|retired|dormant|dissolved|disbanded|incubating|new|proposed)$/iu

function cleanUnit(name: string): string {
  return name
    .replace(/^the\s+/iu, '')
    .replace(/\s*:$/u, '')
    .trim()
}

const CONTAINER_AND =
  /^(?:(?:our|the|all|current|program|programme|project|consortium|company)\s+)*teams\s+(?:and|&)\s+[\p{L} ]{2,40}:?$/iu

/**
 * "(June 2022)", "(as of March 2024)", "(updated 2023)": when the list under a heading was
 * written, which says nothing of what the section is.
 */
const DATED =
  /(?<=\S)\s*\((?:(?:as of|as at|since|updated|current as of)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\)\s*$/iu

/** "Teams using the design system", "Squads working on Payments": the teams that do something. */
const CONTAINER_DOING =
  /^(?:(?:our|the|all|current|other)\s+)?(?:teams|squads|groups)\s+(?:using|working on|building|adopting|that use|who use)\b[^:?]{0,60}:?$/iu

/**
 * An introduction ("Overview", "Getting started"), or a heading that only says a list follows
 * ("Directory", "Roster"): read through, it is no level of the organization.
 */
const SUMMARY =
  /^(?:summary|overview|introduction|intro|about(?: us)?|welcome|hello|hi|preface|tl;?dr|who we are|who are we|get(?:ting)? (?:started|involved)|(?:the\s+)?(?:directory|roster)$)\b/iu

/** A template's blank: "Other teams: TODO", "[insert WG name] Working Group", "<team name>". */
export const PLACEHOLDER = /\b(?:todo|fixme|xxx)\b|\[\s*insert\b[^\]]*\]|<[^<>]*\bname\b[^<>]*>/iu

/**
 * Instructions to the reader: "How to edit", "How it works", "Starting a WG", and an imperative
 * over an article ("Close a SIG or WG", "Propose a new group", "Organize new SIGs"): a verb and
 * "a"/"new" name a task, where a team's name would not put an article second.
 */
export const INSTRUCTIONS =
  /^(?:how (?:to|it works|this works|we|do|does|can)\b|\p{L}{3,}ing (?:a|an|the|new|this|your|our|to|with)\b|\p{L}{3,} (?:a|an|new)\s)/iu

/** "2020", "2025-2026", "FY24", "Q3 2023": a period the sections under it are dated by. */
const PERIOD = /^(?:(?:q[1-4]|h[12]|fy)\s*)?(?:19|20)?\d{2}(?:\s*[-–—/]\s*(?:19|20)?\d{2})?$/iu

const BY_TEAM = /^\S.{0,40}?\s(?:by|per|for each)\s(?:teams?|squads?|pods?)$/iu

/**
 * "Q3 goals", "Q3 2025 goals", "FY26 objectives", "Annual goals": a period's aims, a unit's part
 * as "Goals" is (its "Owner:" lines name each goal's owner, no team's people).
 */
const PERIOD_AIMS =
  /^(?:(?:our|the|team|key)\s+)?(?:(?:q[1-4]|h[12]|fy\s*(?:19|20)?\d{2}|(?:19|20)\d{2}|quarterly|annual|yearly)[\s/-]+){1,3}(?:goals|objectives|aims)$/iu

const PROPOSAL_BODY =
  /^(?:(?:guide|reference)[- ]level explanation|explanation|detailed design|design|proposal|specification)$/iu

/** Whether a heading is a proposal's body ("Detailed design"), read as a list heading above. */
export function namesProposalBody(text: string): boolean {
  return PROPOSAL_BODY.test(text.trim())
}

/** "Welcome to Design Research", "Welcome to the Acme Handbook": a greeting before a name. */
const GREETING = /^welcome\s+to\s+(?:the\s+)?(?=\p{Lu})/u

/**
 * A heading without its greeting: "Welcome to Design Research" names Design Research, as its
 * title would. "Welcome" alone, or "Welcome to the team", names nothing and is kept. So is a
 * heading without the pictographs before its words ("👋 Team" is "Team").
 */
export function withoutGreeting(text: string): string {
  const plain = withoutPictographs(text)
  const greeted = GREETING.exec(plain.replace(/^W/u, 'w'))
  return greeted ? plain.slice(greeted[0].length) : plain
}

/**
 * "Others", "Other", "Miscellaneous": what is left over once the named sections are, never a
 * unit's name (a team, a group of repositories or people, whatever its list holds).
 */
const CATCH_ALL = /^(?:(?:all\s+)?others?|misc(?:ellaneous)?|everything else|the rest)\s*:?$/iu

/** Whether a heading only says what is left over ("Others", "Miscellaneous"): no unit's name. */
export function namesCatchAll(text: string): boolean {
  return CATCH_ALL.test(text.trim())
}

/** A byline: "Article written by Ana Diaz", "Posted by Bo", "Author: Cy Park". */
const BYLINE =
  /^(?:(?:article|post|page|text|story|blog post)\s+)?(?:written|posted|authored|published|compiled)\s+by\s+\S|^authors?\s*:\s*\S/iu

/**
 * "Leaving Team", "Joining the Maintainers", "Stepping down": how a person joins or leaves a role
 * or a team, whatever follows (a team's word after it names the team left, not a team).
 */
const MEMBERSHIP_STEP = /^(?:leaving|joining|stepping down|retiring)\b/iu

/**
 * What a heading's text says its section is. Remembered by text: a guide's headings are read
 * by several passes (and again at each choice in the import preview), and a page of 20,000
 * "## Team" headings asked the same question 20,000 times.
 */
export function headingKind(text: string): HeadingKind {
  let kind = KINDS_READ.get(text)
  if (kind === undefined) {
    if (KINDS_READ.size >= MAX_KINDS_READ) KINDS_READ.clear()
    kind = readHeadingKind(text)
    KINDS_READ.set(text, kind)
  }
  return kind
}

const KINDS_READ = new Map<string, HeadingKind>()
const MAX_KINDS_READ = 10_000

function readHeadingKind(text: string): HeadingKind {
  // "Translation (@translators)": where to reach a section's team says nothing of what it is.
  const bare =
    withoutCount(withoutContact(withoutStatusRemark(text)))
      .replace(DATED, '')
      .trim() || text
  if (bare !== text) return readHeadingKind(bare)
  // "# https://github.com/acme/metrics-reporter": a repository's address names a component;
  // the words inside it ("metrics") say nothing about what the section is.
  if (ADDRESS.test(text.trim())) return 'plain'
  if (PLACEHOLDER.test(text) || INSTRUCTIONS.test(text)) return 'skip'
  // "Article written by Ana Diaz" over a "---" rule: a post's byline, which Markdown makes a
  // heading; it credits the writer and heads nothing.
  if (BYLINE.test(text.trim())) return 'skip'
  // A period is no unit and no team: the teams it dates belong to the unit above, as under
  // "Teams" (a roster kept year by year).
  if (PERIOD.test(text.trim())) return 'container'
  // A proposal's body ("Explanation", "Detailed design"): what it sets up sits under it, as
  // under "Teams"; it is no level of the organization.
  if (PROPOSAL_BODY.test(text.trim())) return 'container'
  // "Open roles by team", "Jobs per squad": the sections under it are the teams it sorts by.
  if (BY_TEAM.test(text.trim())) return 'container'
  if (
    CONTAINER.test(text) ||
    UNITS_LAID_OUT.test(text.trim()) ||
    teamsAtOrganization(text) ||
    CONTAINER_AND.test(text) ||
    CONTAINER_IN.test(text) ||
    CONTAINER_DOING.test(text) ||
    headsAreaList(text)
  )
    return 'container'
  if (withoutGreeting(text) !== text) return headingKind(withoutGreeting(text))
  if (CATCH_ALL.test(text.trim())) return 'skip'
  if (SUMMARY.test(text)) return 'summary'
  if (text.endsWith('?')) return 'skip'
  if (PART.test(text) || PART_PHRASE.test(text) || PERIOD_AIMS.test(text.trim())) return 'part'
  if (text.endsWith(':')) return 'part'
  // "Current CNCF Network-centric Projects", "Sandbox projects": a list of projects, however
  // the heading qualifies them, is what a unit works on, never one more team.
  if (PROJECTS_LAST.test(text)) return 'part'
  if (namesPeople(text) || PLANNING_LAST.test(text.trim())) return 'skip'
  if (MEMBERSHIP_STEP.test(text.trim())) return 'skip'
  if (SKIP.test(text) && !FUNCTION_TEAM.test(text.trim())) return 'skip'
  // "Talent Team Mission", "Our Approach": a section about the unit the page is about, named
  // with its team word or with "our", is a part of it, not one more unit.
  const afterTeam = /\bteam(?:'s|’s)?\s+(\S.*)$/iu.exec(text)
  if (afterTeam && PART.test(afterTeam[1])) return 'part'
  if (OWN_SECTION.test(text) && !TEAM_OR_UNITS.test(text)) return 'part'
  // "Communications, guides, and templates", "Mission and Purpose": every piece a part's name.
  const pieces = text.split(/\s*(?:,\s*(?:and\s+|&\s*)?|\s(?:and|&)\s)\s*/u).filter(Boolean)
  if (pieces.length > 1 && pieces.every((piece) => headingKind(piece) !== 'plain')) {
    return pieces.some((piece) => headingKind(piece) === 'part') ? 'part' : 'skip'
  }
  return 'plain'
}

/**
 * "Engineering teams at Kestrel", "Meet the squads at Acme": the page's list of teams, at the
 * organization the title names (titleKind reads the organization from it).
 */
function teamsAtOrganization(text: string): boolean {
  const at = /^(?:[Mm]eet\s+)?(.+?)\s+at\s+\p{Lu}[\p{L}\p{N}&.'’ -]{0,40}$/u.exec(text.trim())
  return at !== null && CONTAINER.test(at[1])
}

/** A heading that is only a web address. */
const ADDRESS = /^(?:https?:\/\/|www\.)\S+$/iu

/** A heading opened by a possessive: "Our Approach", "Your onboarding", "Their history". */
const OWN_SECTION = /^(?:our|your|their|my)\s+\S/iu
const TEAM_OR_UNITS = /\b(?:teams?|groups|squads|pods|tribes|departments|divisions)\b/iu

export interface TitleKind {
  role: ImportRole
  /** The name to use: the title without words that describe the page ("engineering org"). */
  name: string
  /** The organization a unit's title names before it: Northwind in "Northwind Platform Teams". */
  organization?: string
  reason: string
  sure: boolean
}

/**
 * Words a page title uses about itself; a title of nothing else names no organization. A
 * governance body ("Technical Advisory Council", "Steering Committee") is no unit of teams
 * either (the corpus's labelling rules): "Acme Technical Advisory Council" names Acme. A
 * file of who reviews what ("Pull Requests Tagging", "Committers to the X project") names the
 * file, not a unit over the areas it lists; nor does a maintainers file's title ("Maintainers",
 * "Components and Maintainers", "Acme Subsystem Maintainers", "Semantic Convention Areas"): it
 * names the page (and the project), never the one team, nor a unit above every area.
 */
const PAGE_WORDS =
  /\b(?:(?:technical\s+)?(?:advisory|oversight|steering|governing|governance)\s+(?:council|committee|board)|engineering|sub-?teams?|teams?|team guide|guide|handbook|directory|org(?:ani[sz]ation)?(?: chart| structure)?|structure|topolog(?:y|ies)|hierarchy|landscape|community|working groups?|work ?streams?|special interest groups|sigs|wgs|crews|pods|squads|tribes|guilds|chapters|(?:contributor\s+)?roles|groups|who'?s who|roster|overview|about|our|the|of|page|list|people|small|committers|pull\s+requests?|tagging|maintainers|(?:code\s*)?own(?:ers|ership)|areas|components|subsystems|information|notes|documentation|docs)\b/giu

/**
 * Words that name what a department does ("Technology", "Design", "Operations", "GTM" for
 * go-to-market, "Field" for the people working at customers' sites), and "and".
 */
const DEPARTMENT_FUNCTION =
  /^(?:and|technology|technologies|tech|innovation|design|product|products|development|infrastructure|data|security|cyber|operations|platforms?|research|marketing|sales|finance|support|it|analytics|quality|delivery|gtm|field|legal|hr|customer|success|services|revenue|growth|mobile|web|cloud|frontend|backend)$/iu

/**
 * Whether a title's words, its page words taken out, say only what a department does
 * ("Platform", "Design and Research", "GTM"): a unit's name, where any other word ("Northwind")
 * is a name of its own, the organization's.
 */
function namesDepartmentFunction(rest: string): boolean {
  return rest.split(' ').every((word) => DEPARTMENT_FUNCTION.test(word))
}

/**
 * The department a title's last words name, and the organization the words before them name:
 * "Platform" is a unit; "Northwind Platform" is Northwind's Platform unit. Undefined when the
 * last word says nothing of what a department does ("Northwind"): the title is a name.
 */
function departmentAfter(rest: string): { unit: string; organization?: string } | undefined {
  const words = rest.split(' ').filter(Boolean)
  let first = words.length
  while (first > 0 && DEPARTMENT_FUNCTION.test(words[first - 1])) first -= 1
  // "and" joins two functions ("Design and Research"); it opens no unit's name.
  while (first < words.length && /^and$/iu.test(words[first])) first += 1
  if (first === words.length) return undefined
  const unit = words.slice(first).join(' ')
  const organization = words.slice(0, first).join(' ')
  return organization ? { unit, organization } : { unit }
}

/**
 * "Team & Governance", "Team and Culture": a title on the team as a subject beside another, not a
 * team named "& Governance" as "Team Replay" names one.
 */
export const TEAM_AND = /^(?:the\s+)?(?:team|squad)s?\s+(?:&|and|\+)\s/iu

/** A title made only of kinds of group: "Special Interest Group & Working Group", "Working Groups". */
const GROUP_KIND = String.raw`(?:special\s+interest|working|user|community)\s+groups?|sigs?|wgs?`
const GROUP_KINDS = new RegExp(
  String.raw`^(?:${GROUP_KIND})(?:\s*(?:&|and|\+|,)\s*(?:${GROUP_KIND}))*$`,
  'iu'
)

/**
 * What "Team …" says of a team's make-up ("Team Composition", "Team Makeup"), naming none. Not
 * "Team Members": as often one team's own list of its people, read as before.
 */
const TEAM_MAKEUP = /^(?:composition|make-?up)$/iu

/** Whether a title says how a team is made up ("Team Composition"), naming no team. */
export function namesTeamMakeup(title: string): boolean {
  const led = /^(?:team|squad)\s+(.+)$/iu.exec(title.trim())
  return led !== null && TEAM_MAKEUP.test(led[1].trim())
}

/** The words a title uses for the page itself, not for what it is about (see titleKind). */
export const TITLE_PAGE_WORDS = PAGE_WORDS

/** A team's word in another language ("Les équipes", "Nuestros equipos"). */
const OTHER_TEAM_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${OTHER_TEAMS}|${OTHER_TEAM})(?![\p{L}\p{N}_])`,
  'iu'
)

/** That word with the articles and possessives written before it in those languages. */
const OTHER_PAGE_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:${OTHER_TEAMS}|${OTHER_TEAM}|les|la|le|des|nos|notre|los|las|el|nuestr[oa]s?|unsere?|die|der|gli|nostr[ie]|nasze|наши)(?![\p{L}\p{N}_])|l['’](?=\p{L}))`,
  'giu'
)

/**
 * A title in another language with its team word ("Les équipes", "Nos équipes produit") read
 * as PAGE_WORDS read an English one: the team word, its article and possessive are the page's
 * words. Other titles are left as they are (a French article alone says nothing of a page).
 */
function otherLanguagePageWords(text: string): string {
  return OTHER_TEAM_WORD.test(text) ? text.replace(OTHER_PAGE_WORDS, ' ') : text
}

/**
 * What a team's own book is called after its name and "team" ("Platform Team Playbook"), where
 * no department's page is called so.
 */
export const TEAM_OWN_PAGE = String.raw`(?:playbook|manual|wiki)`

/** A web address naming a site ("defund12.org", "harbor.works.io"). */
const WEB_ADDRESS =
  /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:org|com|net|io|dev|app|co|ai|gov|edu|info|eu|uk)$/iu

/**
 * Whether a unit word's name is the organization's own: a web address, or "The" and capitalized
 * words not all of them a department's function ("The National Archives", not "The Platform").
 */
function namesOrganizationItself(name: string): boolean {
  if (WEB_ADDRESS.test(name)) return true
  const proper = /^The((?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){1,5})$/u.exec(name)
  if (!proper) return false
  const words = proper[1].trim().split(/\s+/u)
  return !words.every((word) => DEPARTMENT_FUNCTION.test(word) || /^engineering$/iu.test(word))
}

/**
 * What a document's title names: the company ("Acme Engineering Handbook"), a division ("Admin
 * Experience engineering org", "Engineering"), the one team the page is about ("Web team"), or
 * only the page ("Team structure", "Community Groups", a question), which names nothing.
 */
/** titleKind's reason for a title of page words about a process ("Release Process Notes"). */
export const PROCESS_PAGE = 'the title names a page of process'

export function titleKind(
  title: string,
  holdsUnits: boolean,
  /** The title's own section lists the teams (a list or table straight under it). */
  listsTeams = false
): TitleKind {
  // A trailing aside in parentheses ("Database Team (formerly the DBRE team)", "Site Reliability
  // (SRE)") says something about the name; what the title names is the text before it.
  const text =
    title
      .trim()
      .replace(/(?<=\S)\s*\((?:[^()]|\([^()]*\))*\)$/u, '')
      .trim() || title.trim()
  // "Engineering at Northwind", "How we build software at Acme": the organization the page is
  // at is named after "at" (the words before it describe the page).
  const at = /^\S.*?\s+at\s+(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2})$/u.exec(text)
  if (at && !/\?$/u.test(text)) {
    return { role: 'company', name: at[1], reason: 'the title names the organization', sure: true }
  }
  if (/\?$/u.test(text) || /^(?:how|what|why|who|where|when|which)\b/iu.test(text)) {
    return {
      role: 'skip',
      name: text,
      reason: 'a question-style page title names nothing',
      sure: true
    }
  }
  // "Growing our engineering team", "We start a new chapter": a post's headline of what was done.
  if (doingHeadline(text)) {
    return { role: 'skip', name: text, reason: "the title is a post's headline", sure: true }
  }
  // "CLAUDE.md", "README.md": the file's own name names only the page.
  if (/^[\w.-]+\.(?:md|markdown|mdx|txt|rst|adoc)$/iu.test(text)) {
    return { role: 'skip', name: text, reason: "the title is the file's name", sure: true }
  }
  // "Staff", "Our employees": the organization's people as a whole, however the page then
  // divides them; a word for them names no team and no unit.
  if (/^(?:(?:our|the|all)\s+)?(?:staff|employees|personnel|workforce)$/iu.test(text)) {
    return {
      role: 'skip',
      name: text,
      reason: "the title names only the organization's people",
      sure: true
    }
  }
  // "Join Northwind", "Work with Acme": a careers page, named for the organization it asks the
  // reader to join; "Jobs", "Careers", "Open positions", "Join us" alone name only the page.
  const join =
    /^(?:[Jj]oin|[Ww]ork (?:with|for))\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2})!?$/u.exec(
      text
    )
  if (join)
    return {
      role: 'company',
      name: join[1],
      reason: 'the title names the organization',
      sure: true
    }
  if (
    /^(?:jobs|careers?|open (?:roles|positions|jobs)|openings|vacancies|(?:join|work with) us!?)$/iu.test(
      text
    )
  )
    return { role: 'skip', name: text, reason: 'the title names only the page', sure: true }
  // "Business Roadmap", "Squad Plan and To-Be Repository Design", "Reorganisation proposal": a
  // plan names the document, not the organization or a unit; the units are those it lays out.
  // ("Plan" first names GitLab's stage, a unit: "Plan Stage", "Plan:Project Management".)
  if (/\S\s+plans?\b|\broadmaps?\b|\bproposals?\b|\brfcs?\b/iu.test(text)) {
    return { role: 'skip', name: text, reason: 'the title names a plan, a document', sure: true }
  }
  // "Current Teams", "Technical Teams", "Archived Working Groups": the page's list of teams, sorted
  // by where they stand or of what kind; no word of it names an organization or a unit.
  if (QUALIFIED_TEAM_LIST.test(text)) {
    return { role: 'skip', name: text, reason: 'the title names only the page', sure: true }
  }
  // "Governance" alone: the page on how the project governs itself, not a unit holding its teams.
  // So is "Teamwork" ("Collaboration", "Working together"): how teams work with each other.
  if (
    /^(?:project\s+)?governance$|^(?:teamwork|team work|collaboration|working together)$/iu.test(
      text
    )
  ) {
    return { role: 'skip', name: text, reason: 'the title names only the page', sure: true }
  }
  // "How the team works", "Team working agreement": one team's page, no organization's name.
  if (namesOnlyATeamsPage(text)) {
    return { role: 'skip', name: text, reason: "the title names only a team's page", sure: true }
  }
  // "Our Organization", "Nuestra Organización": the page on how the organization is laid out.
  if (OUR_ORGANIZATION.test(text)) {
    return { role: 'skip', name: text, reason: 'the title names only the page', sure: true }
  }
  const unit =
    /^(.+?)\s+(?:engineering\s+)?(?:org|organi[sz]ation|(?:sub[- ]?)?department|dept|(?:sub[- ]?)?division)$/iu.exec(
      text
    )
  if (unit && !/\b(?:teams|groups)\b/iu.test(unit[1])) {
    // "The National Archives organisation", "defund12.org Team Organization": a proper name
    // with "The" or a web address is the organization's own (how its people are laid out), no
    // department of it; "Data Team Organization" and "The Platform org" name units.
    const own = unit[1].trim().replace(/\s+team$/iu, '')
    if (namesOrganizationItself(own)) {
      return { role: 'company', name: own, reason: 'the title names the organization', sure: true }
    }
    return {
      role: 'division',
      name: unit[1].trim(),
      reason: 'the title names a department or org',
      sure: true
    }
  }
  if (/^engineering$/iu.test(text)) {
    return {
      role: 'division',
      name: text,
      reason: 'the title names the engineering department',
      sure: true
    }
  }
  // "Web team": the page is about one team, and its sections are parts of it. So is "Platform
  // Team Playbook", the team's own book (a charter, guide or handbook is left to the page's
  // readings: as often a department's page over its teams).
  if (new RegExp(String.raw`\bteam(?:\s+${TEAM_OWN_PAGE})?$`, 'iu').test(text)) {
    // "ThreeFold Engineering Team" over a list of its teams, each with its people: the title
    // names the unit that list divides, not one more team beside them.
    if (holdsUnits && listsTeams)
      return {
        role: 'division',
        name: text,
        reason: 'the title names the unit whose teams its list gives',
        sure: true
      }
    return {
      role: 'team',
      name: text.replace(/\s+team(?:\s+\S+)?$/iu, '').trim() || text,
      reason: 'a page about one team',
      sure: !holdsUnits
    }
  }
  // "Team Replay", "Squad Payments": PostHog-style small-team titles put the team word first.
  // The name after it is the team's, not an organization's ("Team Structure" names the page).
  const led = /^(?:[Tt]eam|TEAM|[Ss]quad)\s+(\p{Lu}.*)$/u.exec(text)
  // "Team Composition", "Team Setup": how the team is made up, the page's subject, no name.
  if (led && TEAM_MAKEUP.test(led[1])) {
    return { role: 'skip', name: text, reason: 'the title names how a team is made up', sure: true }
  }
  if (led && headingKind(led[1]) === 'plain' && !new RegExp(PAGE_WORDS.source, 'iu').test(led[1])) {
    return { role: 'team', name: led[1].trim(), reason: 'a page about one team', sure: !holdsUnits }
  }
  // "Team & Governance": the page's subjects, the team beside another; no team, no organization.
  if (TEAM_AND.test(text)) {
    return { role: 'skip', name: text, reason: 'the title names the page’s subjects', sure: true }
  }
  // "Special Interest Group & Working Group": a page on the kinds of group, naming none of them
  // and no organization ("Storage Special Interest Group" names one group).
  if (GROUP_KINDS.test(text)) {
    return { role: 'skip', name: text, reason: 'the title names kinds of group', sure: true }
  }
  // "Electron Governance" over the groups that govern it: the page on how the organization
  // governs itself names the organization. "Data Governance" alone is a team's page, and
  // "Test Governance Group" a unit's name.
  const governs = holdsUnits ? /^(\p{Lu}[^:]*?)\s+governance$/iu.exec(text) : null
  if (governs) {
    return {
      role: 'company',
      name: governs[1].trim(),
      reason: "the title names the organization's governance",
      sure: true
    }
  }
  const rest = otherLanguagePageWords(text)
    .replace(/['’]s\b/gu, ' ')
    .replace(PAGE_WORDS, ' ')
    .replace(TITLE_SEPARATORS, ' ')
    .trim()
    // "Guide for Acme Maintainers", "Handbook for Code for America": the word that tied the
    // page's words to the name goes with them.
    .replace(/^(?:for|about|on|to)\s+(?=\S)/iu, '')
  // "Crews and Pods": the page's words joined, naming only the page. "Project roles and teams"
  // leaves "Project and": a word joined to the page's words is one more of them, and a name
  // never opens or ends on the word that joined it. "Teams." leaves its full stop: no name.
  if (
    !/[\p{L}\p{N}]/u.test(rest) ||
    /^(?:and|or|&)$/iu.test(rest) ||
    /^(?:and|or|&)\s|\s(?:and|or|&)$/iu.test(rest)
  )
    return { role: 'skip', name: text, reason: 'the title names only the page', sure: true }
  // "[High-Performance Team] Team Design and Tech Stack (Part 2/3)": a post's title, its tag
  // in square brackets or its part of a series; it names a piece of writing, no organization.
  if (POST_TITLE.test(text))
    return { role: 'skip', name: text, reason: "the title names a post's subject", sure: true }
  // "Additional Onboarding Information", "Release Process Notes": the page's words about a
  // process or a part of the page name the page, not an organization or a unit of its areas.
  if (rest !== text.trim() && headingKind(rest) === 'skip')
    return { role: 'skip', name: text, reason: PROCESS_PAGE, sure: true }
  // "GTM Teams", "Platform Squads" straight over the list of its teams: the unit they make up,
  // named by the words before the kind ("Istio Working Groups" names the project its groups
  // serve; "Volunteer Teams" over a heading per year names the organization, as before). Only
  // words saying what a department does name a unit so: "Northwind teams" over the same list
  // names the organization whose teams they are, as it does over a heading per team, and
  // "Northwind Platform Teams" both, the organization before its unit. So does an
  // organization's overview over its units (OVERVIEW_OF_ORG).
  const listed =
    (listsTeams && /\s(?:teams|squads)$/iu.test(text)) || (holdsUnits && OVERVIEW_OF_ORG.test(text))
      ? departmentAfter(rest)
      : undefined
  if (listed) {
    return {
      role: 'division',
      name: listed.unit,
      reason: 'the title names the unit whose teams the page lists',
      sure: true,
      ...(listed.organization ? { organization: listed.organization } : {})
    }
  }
  // Only "of"/"the"/"our" taken out ("Office of Acquisition") names no page: the title is a name.
  const pageWords = text.match(PAGE_WORDS) ?? []
  const onlyLinking = pageWords.every((word) => /^(?:of|the|our)$/iu.test(word))
  if (rest !== text.replace(TITLE_SEPARATORS, ' ').trim() && !onlyLinking) {
    // "Technology & Innovation Overview" over its units: what is left names a department by its
    // function, which no organization is named; the page holds that unit's teams.
    // ("Data Engineering" names its department with "Engineering": the rules for it hold.)
    if (holdsUnits && !/\bengineering\b/iu.test(text) && namesDepartmentFunction(rest)) {
      const name =
        text
          .replace(PAGE_WORDS, ' ')
          .replace(/\s+/gu, ' ')
          .replace(/^[\s:–—&,-]+|[\s:–—&,-]+$/gu, '')
          .trim() || rest
      return {
        role: 'division',
        name,
        reason: 'the title names a department by its function',
        sure: true
      }
    }
    return { role: 'company', name: rest, reason: 'the title names the organization', sure: true }
  }
  return holdsUnits
    ? {
        role: 'division',
        name: text,
        reason: 'the title names what the page holds the teams of',
        sure: false
      }
    : { role: 'team', name: text, reason: 'a page about one team', sure: false }
}

/**
 * "Acme Field Operations: Organization Overview", "Northwind Sales org structure": a page on
 * how one organization is made up, named before those words: over its units, that organization
 * is the unit (the department its last words name) and the words before it the company's.
 */
const OVERVIEW_OF_ORG = /\borg(?:ani[sz]ation)?(?:al)?\s+(?:overview|structure|chart)$/iu

/** A post's title: a tag in square brackets first, or its part of a series ("(Part 2/3)", "Part 2"). */
const POST_TITLE = /^\[[^\]]{1,40}\]\s*\S|\(?\bpart\s+\d+(?:\s*(?:\/|of)\s*\d+)?\)?\s*$/iu

/**
 * What separates a title's words: spaces, colons, dashes, "&", commas, and a hyphen that joins
 * no two words ("Acme - Teams"). One that does is part of a name: "Compiler-rt maintainers"
 * names compiler-rt, not "Compiler rt".
 */
const TITLE_SEPARATORS = /(?:[\s:–—&,]|(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}]))+/gu

/** `Stage:Group` with the group's own word after it, or with no space after the colon. */
const STAGE_GROUP =
  /^(\p{Lu}[\p{L}\p{N}&'’ -]{0,40}?)\s*:(\s*)(\p{Lu}[\p{L}\p{N}&'’/ -]{0,60}?)(\s+(?:[Gg]roup|[Tt]eam))?$/u

/**
 * A page titled `Stage:Group` ("Verify:Pipeline Authoring Group", "Plan:Optimize"): the page of
 * one group, named with the stage that holds it, as GitLab's handbook names every group page.
 * Undefined for other titles, and for "Acme: Teams" (a colon and a space before a page's words).
 */
export function stageGroup(title: string): { stage: string; group: string } | undefined {
  const found = STAGE_GROUP.exec(title.trim())
  if (!found) return undefined
  const [, stage, space, group, word] = found
  if (space && !word) return undefined
  if (headingKind(group) !== 'plain' || headingKind(stage) !== 'plain') return undefined
  return { stage: stage.trim(), group: group.trim() }
}

/**
 * The introduction of a list of the unit's own work ("We also do things like:", "Our team is
 * responsible for:", "Our work includes:", "Design provides design as a service, including:"):
 * its items, bold labels included, are what the page's unit does, not teams (unless the sentence
 * says they are teams: "The department provides four teams:").
 */
export const WORK_INTRO =
  /\b(?:we (?:also )?(?:do|handle|cover|provide|offer|support)\b|things like|responsible for|(?:our|its|their) (?:work|duties|scope)\b|(?:provides?|offers?|including)\b(?![^:]*\b(?:teams?|groups|squads)\b))[^:]*:$/iu
