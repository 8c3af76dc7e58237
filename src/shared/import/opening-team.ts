import type { Section } from './guide-sections'
import { plainText, type Position } from './markdown-blocks'

/** "The Acme Kotlin Team will be responsible for", "The Release WG is responsible for". */
const SAYS_RESPONSIBLE =
  /^The\s+((?:\p{Lu}[\p{L}\p{N}.+#-]*\s+){1,5}(?:Team|Squad|Working Group|WG|SIG))\s+(?:will be|is|are)\s+responsible\b/u

/** "The Core subteam shepherds technical RFCs …", "The Payments team owns …". */
const OPENS_ON_TEAM =
  /^The\s+(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}\s+(?:sub-?team|team|squad))\s+(?:is|are|was|shepherds|owns|maintains|builds|runs|leads|makes|works|focuses|handles|reviews|manages|develops|takes)\b/u

/**
 * "Acme Engineering is a team of technologists …", "Ledger is a small team that …": the
 * paragraph's subject, a capitalized name, said to be a team ("We are a team" names none).
 */
const IS_A_TEAM =
  /^(?!(?:We|They|This|That|These|Those|It|Our|Here|There)\s)((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&'’.-]*)\s+(?:is|are)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:team|squad)\b/u

/**
 * "This document provides some information about the infrastructure team", "This page
 * describes the Payments team": the page says which team it is about.
 */
const PAGE_ABOUT_TEAM =
  /^This\s+(?:document|page|site|handbook|guide|repository|repo|readme|space|wiki)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:about|describes|documents|covers|introduces)\s+(?:how\s+)?(?:the|our)\s+((?:[\p{L}][\p{L}\p{N}&'’.-]*\s+){1,3}?)(?:team|squad)\b/iu

/**
 * The team a title-less page is about, where its first paragraph names it as its subject: that
 * name stands for the title the page lacks, and the page's readings compare as for any title.
 * On a page with no heading at all, any sentence with the team as its subject says so ("The Core
 * subteam shepherds …"); under headings that come before all text ("## Summary"), only one saying
 * what the team is responsible for does (a section's text often opens on one of the page's teams).
 * So does a page that says which team it is about ("This document provides some information about
 * the infrastructure team"). A page opening on anything else ("This page …", "We …") names none.
 */
export function openingTeam(root: Section): { text: string; at: Position } | undefined {
  const pattern = root.children.length === 0 ? OPENS_ON_TEAM : SAYS_RESPONSIBLE
  let section: Section | undefined = root
  while (section) {
    const paragraph = section.blocks.find((block) => block.kind === 'paragraph')
    if (paragraph?.kind === 'paragraph') {
      const text = plainText(paragraph.inline).trim()
      const found = pattern.exec(text) ?? SAYS_RESPONSIBLE.exec(text)
      if (found) return { text: found[1], at: paragraph.inline.at }
      const about = PAGE_ABOUT_TEAM.exec(text)?.[1]?.trim()
      if (about) {
        const name = `${about.charAt(0).toUpperCase()}${about.slice(1)} team`
        return { text: name, at: paragraph.inline.at }
      }
      // Named as the title would name it: "Acme Engineering" is said to be a team, not an org.
      const said = IS_A_TEAM.exec(text)?.[1]
      if (!said) return undefined
      return {
        text: /\b(?:team|squad)$/iu.test(said) ? said : `${said} team`,
        at: paragraph.inline.at
      }
    }
    if (section.blocks.some((block) => block.kind !== 'other')) return undefined
    section = section.children[0]
  }
  return undefined
}

/**
 * "On the Payments team, we …", "We on the Search team …", "Here in the Data squad, we …": the
 * writers say which team "we" is. A capitalised name: "on the whole team, we" names none.
 */
const WRITERS_TEAM =
  /^(?:(?:[Hh]ere\s+)?(?:[Oo]n|[Ii]n|[Aa]t|[Ww]ithin)\s+(?:the\s+|our\s+)?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3})\s+(?:team|squad),?\s+we\b|[Ww]e\s+(?:on|in)\s+the\s+(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3})\s+(?:team|squad)\b)/u

/**
 * "… Acme formed a new team, Payments, to …", "we set up a team called Ledger": the opening says
 * which team was formed, and a page that goes on as "we" is that team's story.
 */
const FORMED_TEAM =
  /\b(?:formed|created|started|set up|launched|assembled|spun up)\s+(?:a|an)\s+(?:new\s+)?(?:[\p{Ll}-]+\s+)?(?:team|squad),?\s+(?:called\s+|named\s+)?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3})\b/u

/** "we", "our", "us": a page written in the first person plural speaks for a group. */
const WE = /\b(?:we|our|us|we['’](?:re|ve|ll|d))\b/giu

/** A page that says "we" this often speaks for its writers throughout, not in a line or two. */
const SPEAKS_AS_WE = 5

/**
 * The team a page is written by, where its first paragraph says so ("On the Payments team, we
 * recently …") and the page goes on speaking as "we": an engineering blog post by one team.
 * Its title names the post ("Shipping Quickly with a Large Team"), not the team; the team is the
 * one the writers name. `text` is the page's text (documentText).
 */
export function writersTeam(
  root: Section,
  text: string
): { text: string; at: Position } | undefined {
  let section: Section | undefined = root
  while (section) {
    const paragraph = section.blocks.find((block) => block.kind === 'paragraph')
    if (paragraph?.kind === 'paragraph') {
      const opening = plainText(paragraph.inline).trim()
      const found = WRITERS_TEAM.exec(opening)
      const name = found?.[1] ?? found?.[2] ?? FORMED_TEAM.exec(opening)?.[1]
      if (!name) return undefined
      // Count only as far as needed: the page may be megabytes long.
      let said = 0
      WE.lastIndex = 0
      while (said < SPEAKS_AS_WE && WE.exec(text)) said++
      return said >= SPEAKS_AS_WE ? { text: name, at: paragraph.inline.at } : undefined
    }
    section = section.children[0]
  }
  return undefined
}

/**
 * A page titled for technologies ("Technology choices", "Our tech stack", "Technologies we use"):
 * the list of what one team or organization builds with, its sections kinds of technology
 * ("Client-side", "Server-side", "Ops"), never teams.
 */
export const STACK_PAGE_TITLE =
  /^(?:(?:our|the)\s+)?(?:(?:tech(?:nology|nical)?|engineering|software)\s+(?:choices|stack|radar)|(?:tech\s+)?stack|technolog(?:y|ies)(?:\s+(?:we\s+use|used))?|tools\s+we\s+use)$/iu

/**
 * Who a stack page says uses its technologies: "technologies used by Digital Publishing",
 * "chosen by the Data Platform team" (the team's word left out, as a title's is).
 */
export function stackUser(text: string): string | undefined {
  const found =
    /\b(?:used|chosen|run|maintained)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,4})/u.exec(
      text
    )
  return found?.[1].replace(/\s+(?:Team|Squad)$/u, '').trim()
}

/** "our developer team", "our Payments squad": the name of a team the writers call theirs. */
const OUR_TEAM = /\bour +((?:[\p{L}][\p{L}\p{N}&'’-]* +){1,3}?)(?:team|squad)\b/giu

/** Words that say what the team is like, not what it is called ("our small team"). */
const NOT_A_NAME =
  /^(?:small|little|big|same|other|growing|whole|entire|own|new|wider|broader|extended|amazing|great|distributed|remote|global|core|current|local|internal|engineering|tech|technical|product)$/iu

/**
 * The team a page's writers call theirs ("our developer team"), named as a title would name it
 * ("Developer"); undefined when they name none, or two as often.
 */
export function ourTeamName(text: string): string | undefined {
  const counts = new Map<string, { name: string; count: number }>()
  for (const found of text.matchAll(OUR_TEAM)) {
    const name = found[1].trim()
    const words = name.split(/\s+/u)
    if (words.every((word) => NOT_A_NAME.test(word))) continue
    // "our offsite The Billing team" runs a title into the text: a name's words are written
    // alike, all capitalized or all in lower case, with no article among them.
    const capitals = words.filter((word) => /^\p{Lu}/u.test(word)).length
    if (
      (capitals > 0 && capitals < words.length) ||
      words.some((word) => /^(?:the|a|an)$/iu.test(word))
    )
      continue
    const key = name.toLowerCase()
    const seen = counts.get(key) ?? { name, count: 0 }
    seen.count++
    counts.set(key, seen)
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.count - a.count)
  if (!first || second?.count === first.count) return undefined
  return first.name.charAt(0).toUpperCase() + first.name.slice(1)
}

/**
 * The team a page's text names as the one it is about, the first time it names one by what it
 * does: "the development team", "the platform team", "l'équipe de développement", "el equipo de
 * datos", "a equipe de produto" — named as a title would name it ("Development"). Words that
 * say what the team is like ("the whole team", "the small team") name none.
 */
export function teamNamedInText(text: string): string | undefined {
  for (const found of text.matchAll(TEAM_BY_WHAT_IT_DOES)) {
    const name = (found[1] ?? found[2] ?? '').trim()
    if (!name || NOT_A_NAME.test(name) || ARTICLE_OR_PROJECT.test(name)) continue
    return name.charAt(0).toUpperCase() + name.slice(1)
  }
  return undefined
}

const TEAM_BY_WHAT_IT_DOES =
  /\b(?:the|our)\s+(\p{Ll}[\p{Ll}-]*|(?:\p{Lu}[\p{L}/&-]*\s+){0,3}\p{Lu}[\p{L}/&-]*)\s+team\b|\b(?:l['’]\s*[ée]quipe\s+(?:de\s+|d['’]\s*)|el\s+equipo\s+de\s+|a\s+equipe\s+de\s+|o\s+time\s+de\s+)(\p{L}[\p{Ll}-]*)/giu

/** What the French, Spanish and Portuguese patterns may catch that names no team. */
const ARTICLE_OR_PROJECT = /^(?:la|le|les|l|un|une|projet|proyecto|projeto)$/iu
