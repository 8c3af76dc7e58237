import { holdsTeam, skippedEntry, type GuideEntry } from './guide-entry'
import { TEAM_WORD } from './section-assessment'
import type { TitleKind } from './section-headings'

/** A process, a ritual or a tool a page may be about, as a title names it. */
const PROCESS = [
  String.raw`interview(?:s|ing)?`,
  String.raw`hiring`,
  String.raw`recruit(?:ing|ment)`,
  String.raw`on-?call`,
  String.raw`escalations?`,
  String.raw`incidents?(?:\s+(?:response|management|reviews?|handling))?`,
  String.raw`post-?mortems?`,
  String.raw`paging`,
  String.raw`code\s+reviews?`,
  String.raw`pull\s+requests?`,
  String.raw`(?:communication|chat|messaging)(?:\s+(?:via|in|on|with)\s+\S+)?`,
  String.raw`slack|zoom|discord|mattermost|microsoft\s+teams`,
  // Rituals and rotations a person takes a turn in: "Sprint Rotation", "Support hero", "Open
  // Standup", "Retrospectives".
  String.raw`(?:sprint\s+|support\s+)?rotations?`,
  String.raw`support\s+hero(?:es)?`,
  String.raw`(?:open\s+|daily\s+)?stand-?ups?`,
  String.raw`retro(?:spective)?s?`,
  // "Record architecture decisions": the decision record that starts an ADR log.
  String.raw`(?:record(?:ing)?\s+)?architecture\s+decisions?(?:\s+records?)?`,
  // "Hosting best practices", "Coding guidelines", "Release checklist": how a kind of work is
  // done, whoever does it.
  String.raw`(?:[\p{L}-]+\s+){0,2}(?:best\s+)?(?:practices|guidelines|conventions|checklists?)`
].join('|')

/**
 * A title that is only such a subject: "Interviewing @ Acme", "On-call and escalation",
 * "Incident response process", "Communication via Slack". Not "Hiring Services" (a team named
 * for what it does), nor a tour ("Finding your way around") or an onboarding page, which often
 * name real teams.
 */
const PROCESS_TITLE = new RegExp(
  // "1. Record architecture decisions": a numbered record's number is no part of its subject.
  String.raw`^(?:\d+[.:]?\s+)?(?:(?:the|our)\s+)?(?:${PROCESS})` +
    String.raw`(?:\s+(?:process|loop|policy|rotations?|schedules?|guide|playbook|etiquette))?` +
    String.raw`(?:\s+(?:and|&)\s+(?:${PROCESS}))?` +
    String.raw`(?:\s*(?:@|\bat\b)\s*\S.*)?$`,
  'iu'
)

/**
 * Whether a page's title names a process, a ritual or a tool the page is about: such a page is
 * no team's and lists no teams; its sections are the process's steps.
 */
export function namesProcessPage(title: string | undefined): boolean {
  return title !== undefined && !TEAM_WORD.test(title) && PROCESS_TITLE.test(title.trim())
}

/**
 * How a title naming a process reads: as no team and no unit, so that its sections are read on
 * their own ("### Response team" under "# Incident response" is a team, not a part of one).
 */
export function processTitle(title: string): TitleKind | undefined {
  return namesProcessPage(title)
    ? { role: 'skip', name: title, reason: 'the title names a process, not a team', sure: true }
    : undefined
}

/**
 * A process page's reading with its sections left out: a heading per interview or per step
 * ("Technical Fluency", "Before going on call") looks like a team written alike with its
 * siblings, or like one with a description and a list, and the title like the one team the page
 * is about; each is a step of the process, or the process. A team the page is sure of (its
 * people, its ownership) or names a team ("Release team") stays, as does a unit still
 * holding one; a unit left with no team goes with its sections.
 */
export function withoutProcessSteps(entries: GuideEntry[]): GuideEntry[] {
  return entries.map((entry) => {
    const children = withoutProcessSteps(entry.children)
    const kept = { ...entry, children }
    if (entry.role === 'team') return keepsTeam(entry) ? kept : leftOut(kept)
    if ((entry.role === 'division' || entry.role === 'group') && !holdsTeam(children))
      return leftOut(kept)
    return kept
  })
}

/**
 * Not by the page's calls: "set up as a slack team" on a page about the chat app calls a group of
 * its users so, not a section.
 */
function keepsTeam(entry: GuideEntry): boolean {
  return entry.sure || TEAM_WORD.test(entry.label)
}

function leftOut(entry: GuideEntry): GuideEntry {
  return skippedEntry(entry, 'a step of the process the title names, not a team')
}
