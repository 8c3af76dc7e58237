// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../src/shared/import/import-guide'
import { loadCorpus } from './corpus'
import { importedTeams } from './imported-teams'
import {
  SCORE_GROUPS,
  scoreEntry,
  scoreTable,
  totals,
  type EntryScore,
  type ScoreGroup
} from './score-import'

const markdown = loadCorpus().filter((entry) => entry.meta.format === 'markdown')

function score(): EntryScore[] {
  return markdown.map((entry) => {
    const [file] = entry.files
    const result = importGuide(file.text, { file: `${entry.slug}.md` })
    return scoreEntry(entry, result.ok ? importedTeams(result.value) : [])
  })
}

interface Floor {
  rightParent: number
  worstNonTeamMade: number
  pairsFound: number
  falseRate: number
}

/**
 * The floors are today's measured levels (issue 14's goals are 90% of teams under the right
 * parent, at most one non-team section made a team per document, 80% of pairs with at most
 * 10% false): a change that scores lower fails here. Raise them when the importer improves.
 * Rules are developed on dev documents only; the held-out numbers are the honest ones.
 */
const FLOORS: Record<ScoreGroup, Floor> = {
  // Measured: 152/152 teams under the right parent, at most 0 non-team sections made teams in
  // one document (0 in all), 60/66 pairs, 3/63 false. With the eight dev documents of 2026-12-05
  // (corpus README), before any rule was written on them: 159/172, 1, 68/93, 14/82; after the
  // day's rules: 172/172, 0, 81/93, 4/85. With gitlab-devops-engineering (h26, labelled before
  // its first run): 185/185, 0, 81/93, 4/85, unchanged by h26's rules; with issue 15's
  // recognition rules of the same day (VPC needs a technical context, "Chart" names no
  // Chart.js): 185/185, 0, 81/93, 2/83. With h30's dictionary (CNCF landscape, reviewed names)
  // and sweep rules: 185/185, 0, 84/93, 2/86; with the chat-app rule applied to the dev labels
  // (five Slack pairs, none found, left them; corpus README): 84/88, 2/86; once a list item is
  // no person's employer ("Bug Bounty, AWS, New Relic"): 85/88, 2/87.
  // With h29's three dev documents (labelled before their first run, run first with h29's sweep
  // rules already in; their Slack contact pairs moved to unassignedTechnologies by the rule
  // above): 187/188, 0, 85/89, 2/87 (the SIG CLI page read its four described subprojects as
  // teams and missed the SIG; its GitHub contact mention was not found). After the
  // "Subprojects" rule: 188/188, 0, 85/89, 3/88 (SIG CLI's Kui, a subproject that is a tool,
  // left out of its hand label against the README's rule); with Kui labelled ambiguous as krew
  // is: 188/188, 0, 85/89, 2/87. With the eight held-out markdown documents opened and moved to
  // dev for diagnosis (corpus README, "Opened for diagnosis"), before any rule was written on
  // them (h29's rules in): 208/222, 0, 94/117, 22/116. After h32's rules on them and two Slack
  // contact pairs moved to unassigned (chat-app rule): 220/222, 0, 111/115, 2/113; once a table
  // restating the chart's teams is no unit: 222/222. With h35's four dev entries (pages of a
  // cross-validated sweep's develop half, teams labelled before their first run, after the
  // sweep's rules): 238/238, 0, 111/115, 2/113 (8/119 before a Gitter room's owner named the
  // organization: ONNX, the page's own name, was paired with five of its working groups).
  // With h37's dev entry (a sweep's develop page, pairs labelled before its first run, after
  // the sweep's rules): 239/239, 0, 112/116, 2/114.
  // With h36's two dev entries (a sweep's develop half, labelled before their first run, after
  // the sweep's rules): 254/254, 0, 111/115, 2/113 (250/254 before the rules: Volcano's four
  // SIGs sat under a "Special Interest Group List" level). Both merged: 255/255, 0, 112/116, 2/114.
  // With h74's rules on six of the opened sets 5 to 7 (session 12: roles heading over teams,
  // function-named teams, bare-name titles over prose teams, bold-label team paragraphs, "X is an
  // … organization"): 342/450, 3, 152/263, 29/181 (from 332/450, 4, 152/263, 30/182). With
  // h73's rules on six more (kinds of unit in headings and titles, lists named by one kind word,
  // "Directory" read through, headings without the space after the hashes…): 359/450, 2,
  // 152/263, 28/180 (h73's alone: 349/450, 4, 152/263, 29/181). With h72's rules on the last
  // six (stack tables by kind of technology, a team's contents line and its own section, status
  // words before a team-list heading, bold-label field records, tables of products under a
  // team-list heading, one team named in a page's opening, package registry links…): 429/450, 1,
  // 228/263, 3/231 (h72's alone: 402/450, 4, 228/263, 5/233). With held-out sets 3 and 4
  // opened too (fourteen documents more, corpus README): 492/588, 1, 241/427, 74/315. With
  // h80's rules on six of them (teams named in prose with their stack in parentheses, people
  // tables under "X Maintainers", runs of team headings split by a status word, ERB tags, a
  // front-matter owner…): 522/588, 1, 392/427, 19/411. With h79's rules on the other eight
  // (kramdown attribute lists, people tables with a sector column, "Name (Employer): work"
  // lines, headings that say what a list gives per team, areas of name-and-contact lines…):
  // 566/588, 1, 392/427, 4/396 (h79's alone: 536/588, 1, 241/427, 59/300). With h76's company
  // names and h77's parts that hold no projects: 566/588, 1, 392/427, 3/395.
  // Session 15: sets 8 to 10 opened and moved to dev (corpus README): 566/588, 1, 392/427, 3/395 ->
  // 606/672, 3, 402/457, 10/412.
  // With the rules written on them the same day (h102, h103): 643/672, 1, 411/457, 7/418.
  // Session 16: the thirteenth set opened and moved to dev (corpus README, "Session 16"), its
  // record while it was held out:
  //   Thirteenth held-out set, 2026-12-06 (h105: six documents of six organisations, five of them
  //   one team's page, chosen for the technologies they name; labelled blind by a helper who wrote
  //   no importer code and committed before any run; corpus README). One aggregate run after
  //   merging (at 554f84d: every rule of session 15 in, those written on the opened sets 8 to 10
  //   and on the worn set 12): 2/7 teams under the right parent (2 found by name), at most 1
  //   non-team section made a team in one document, 2/76 pairs found, 27/29 made false; 1 of 6
  //   documents at issue 14's structure goal. Recorded as measured, not excused.
  //   Later in session 15: WORN, more than by an aggregate. The lead diagnosed it document by
  //   document (its sources and labels read, as an opened set's are) and wrote five rules from it
  //   (a team's guide, a breadcrumb title, tutorials, a job's page, short names in capitals): 5/7
  //   (5 found), 0, 50/76, 20/70, 4 of 6 at goal. It stays held out only because the corpus keeps a
  //   fifth of its documents held out and the fourteenth set is not complete: open it (move it to
  //   dev) when the fourteenth lands.
  // Opened, dev went 643/672, 1, 411/457, 7/418 -> 648/679, 1, 461/533, 27/488 (19 of the 27
  // false pairs in one blog post that names its partners' languages beside its own stack).
  // With session 16's rules on it (headlines, a post's own team...): 649/679, 1, 477/533, 9/486.
  // Then the twelfth set opened too, once the fifteenth landed; its record while held out:
  //   Twelfth held-out set, 2026-12-06 (h101: six documents of six organisations, labelled blind
  //   by a helper who wrote no importer code and committed before any run; corpus README). One
  //   aggregate run after merging (at 39ccba0, session 15's spreadsheet changes in, no markdown
  //   rule of the session yet): 9/47 teams under the right parent (11 found by name), at most 1
  //   non-team section made a team in one document, no pair stated but an ambiguous one, 1 pair
  //   made and false; 1 of 6 documents at issue 14's structure goal. Recorded as measured. With
  //   the session's 26 markdown rules written on the opened sets 8 to 10 merged: the same, 9/47.
  // And in session 16, diagnosed document by document (sections from one template, "Staff"
  // titles, role words, a page that says which team it is about): 25/47, 0, 0/0, 0/0. Opened,
  // dev went 649/679, 1, 477/533, 9/486 -> 674/726, 1, 477/533, 9/486.
  // Session 17: the eleventh set opened once the sixteenth landed; its record while held out:
  //   Eleventh held-out set, 2026-12-06 (h93: six documents of three organisations, labelled blind
  //   by a helper who wrote no importer code and committed before any run; corpus README). One
  //   aggregate run after merging (at 7f707ae, every rule of session 14 in): 9/22 teams under the
  //   right parent (12 found by name), at most 1 non-team section made a team in one document, 0/9
  //   pairs found, 12/12 made false; 1 of 6 documents at issue 14's structure goal. Rounded the safe
  //   way; recorded as measured, not excused.
  //   Session 15: h103's first rule moved this set's aggregate (9 found, 21/21 false) and was
  //   narrowed after h103 saw that aggregate line (no document): counted WORN since. With every
  //   rule of the session merged: unchanged, 9/22 (12 found), 1, 0/9, 12/12.
  //   And in session 16, read document by document: 13/22, 0, 4/9, 10/14. Opened (session 17,
  //   at 3e93c9a + h115's company rules), dev went 682/726, 1, 483/533, 9/492 -> 695/748, 1, 487/542, 19/506 (the
  //   charter's YAML areas, read as one team, 6 of the 10 false pairs).
  // Session 18: the fourteenth set opened once the seventeenth landed; its record while held out:
  //   Fourteenth held-out set, 2026-12-06 (six documents of six organisations: h106 labelled two
  //   in session 15, when the search tool's budget ran out, h108 four in session 16; blind, by
  //   helpers who wrote no importer code, each document committed before any run). The first two's
  //   blind run, at fab6986: 8/8 teams under the right parent, 0 non-team made a team, 2/4 pairs
  //   found, 0/2 made false. The whole set's one blind run, at 6f92e07 (session 16's rules from the
  //   worn sets 11 and 12 in): 30/37 teams under the right parent (30 found), at most 1 non-team
  //   section made a team in one document, 10/14 pairs found, 3/13 made false; 5 of 6 documents at
  //   issue 14's structure goal. Floors as measured.
  //   Then a heading named as a team of the page's list became that team's section (its text read
  //   with the list's line, as a chart's team's already was): 10/14 pairs found, 4/14 made false
  //   (one more, the section's words). Recorded as measured, not excused (set 11 found one more).
  //   Its last blind run (session 18, at ab45626, every rule of the session in): 30/37 (30 found),
  //   1, 10/14, 3/13.
  //   Opened, dev went 695/748, 1, 487/542, 19/506 -> 725/785, 1, 497/556, 22/519; with the
  //   rule then written on it (a roster of teams, each over its people): 732/785.
  // Session 19: the fifteenth set opened (h125; corpus README, "Session 19"; its record while
  // held out is kept at its old floor's place below). Opened, dev went 732/785, 1, 497/556,
  // 22/519 -> 738/802, 1, 497/556, 28/525: its six made pairs are all false, since every pair
  // it labels is ambiguous, and the false-pair floor goes from 0.05 to 0.06 as measured.
  // With h125's rules on it: a title only saying "the team" ("Meet the Team") names no team,
  // 739/802, 1, 497/556, 26/523 (the false-pair floor back to 0.05); a maintainers file's areas
  // nested under their code directories are teams under them: 744/802, 1, 497/556, 25/522; a
  // "Team Composition" page's teams are the sections called teams: 746/802.
  // Session 20: the sixteenth set opened (h130; corpus README, "Session 20"; its record while
  // held out is kept at its old floor's place below). Opened, dev went 746/802, 1, 498/556,
  // 25/523 -> 758/832, 5, 507/575, 29/536: every floor goes to the level measured (0.91, 5,
  // 0.88, 0.06), one customer-success page making five of its sections teams.
  // With h130's rules on it: a page opening with a JSON object reads it as front matter,
  // 759/832, 5, 509/575, 28/537; a sentence breaking the page's own unit down into areas
  // introduces its teams (the heading over it no level): 759/832, 1 (the worst back to 1); an
  // organization overview's title names the company before its unit: 762/832; "Team Profile"
  // is a part: 762/832, 1 (7 non-team sections made teams in all, from 8); a heading repeating
  // the page's title is its unit again, no level: 766/832; an "Operating Model" is process:
  // 766/832, 1 (6 in all); a "Teamwork" title names no team: 766/832, 1, 509/575, 25/534;
  // "Disciplines" heads groups across the teams, no unit: 769/832 (its later rules, examples in
  // brackets, volunteers, members' records, company names, left it so). The floors go back up
  // as measured: 0.92, 1, 0.88 (509/575), 0.05 (25/534).
  // Session 21: the seventeenth set opened (h136; corpus README, "Session 21"; its record while
  // held out is kept at its old floor's place below). Opened, dev went 769/832, 1, 512/575,
  // 25/537 -> 770/862, 3, 512/580, 29/541: every floor goes to the level measured (0.89, 3,
  // 0.88, 0.06), one archived proposal making three of its sections teams.
  // With h136's rules on it: a list written in HTML reads as the markdown list it shows,
  // 770/862 (unchanged alone); a page titled only in front matter whose body is a nested list of
  // units reads it under an H1 of its title: 785/862; "X Charter" over a page calling its subject
  // "the X team" names that team: 786/862, 3, 515/580, 26/541; "**CEO Ana Ruiz**" over "Office of
  // the CEO" names an office holder, no unit: 787/862. The floors go back up as measured: 0.91,
  // 3, 0.88 (515/580), 0.05 (26/541); the archived proposal's three sections are left.
  // Session 22: the eighteenth set opened (h139; corpus README, "Session 22"; its record while
  // held out is kept at its old floor's place below). Opened, dev went 787/862, 3, 515/580,
  // 26/541 -> 810/911, 4, 520/595, 31/551: every floor goes to the level measured (0.88, 4,
  // 0.87, 0.06), one blog post making four of its sections teams.
  // With h139's rules on it: "Program Teams & Funding (March 2024)" heads the page's team list,
  // 813/911, 4, 520/595, 32/552; a bold label closing its list over a table of teams is their
  // unit: 827/911, 31/551; a contents list of in-page links is no org chart: 29/549; "Key
  // Takeaways", "Interaction Between Teams" head no team: 827/911, 3 (10 in all); "Contributing
  // & Credits", "Communities" head no team: 828/911, 30/550; a unit with its own people and one
  // team under it is a team: 829/911. The floors go back up as measured: 0.90, 3, 0.87
  // (520/595), 0.06 (30/550).
  // Session 24: the twentieth set opened (the lead; corpus README, "Session 24"; its record while
  // held out is kept at its old floor's place below). Opened, dev went 829/911, 3, 520/595,
  // 30/550 -> 838/983, 3, 528/611, 33/561: the floors go to the levels measured (0.85, 3, 0.86,
  // 0.06). An HTML page read as the markdown it shows (the game engine's page, which had made
  // no team): 857/983, 3, 530/611, 38/568; its false pairs (its own name in a stated stack, a
  // sub-team's language read as its parent's) take the false rate's floor to 0.07. Then the
  // section rules from the set (a proposal's own record, a roadmap's periods, a page's
  // principles, a company's functions, "Access to …", a practices title, "Applying for …"):
  // 870/983, 3, 530/611, 36/566; the right-parent floor goes up as measured (0.88).
  // Session 25: the twenty-first set opened (the lead; corpus README, "Session 25"). Opened, dev
  // went 870/983, 3, 530/611, 34/564 -> 885/1036, 3, 530/684, 79/609: the floors go to the
  // levels measured (0.85, 3, 0.77, 0.13). Then the rules from it (a stack page, a title
  // written apart, names in Chinese text and with slashes between them, "SIG name" columns,
  // headings over sections that all read as teams, "Team which…", "Main sections:", kinds of
  // group and roles) and sections written from one template: 921/1036, 3, 599/684, 37/636;
  // the floors go up as measured (0.88, 3, 0.87, 0.06).
  // Session 26: the twenty-second set opened (the lead; corpus README, "Session 26"). Opened,
  // dev went 921/1036, 3, 599/684, 37/636 -> 931/1067, 3, 603/691, 40/643: the floors go to the
  // levels measured (0.87, 3, 0.87, 0.07). Then the rules from it (headings written in HTML,
  // projects under a projects heading, a code host's unit page, repository links in stacks,
  // initials, "The Jekyll Team", a unit counting its teams, teams on GitHub, "Teams" as a
  // word, handles of teams, "Other Roles", "Contributor Levels"): 952/1067, 3, 605/691,
  // 38/643; the floors go up as measured (0.88, 3, 0.87, 0.06).
  // Session 27: the twenty-fifth set opened (the lead; corpus README, "Session 27"). Opened,
  // dev went 952/1067, 3, 605/691, 38/643 -> 962/1111, 3, 608/712, 51/659: the floors go to
  // the levels measured (0.86, 3, 0.85, 0.08). Then the rules from it (units' list headings in
  // other languages, "Our Organization", lists of links to documents, "<Name> team practices",
  // a team's working agreement named by its text, "tech topics"): 970/1111, 3, 616/712,
  // 40/656; the floors go up as measured (0.87, 3, 0.86, 0.07).
  // Session 28: the nineteenth set opened (the lead; corpus README, "Session 28"). Opened, dev
  // went 970/1111, 3, 616/712, 40/656 -> 972/1135, 59, 620/724, 56/676: the floors go to the
  // levels measured (0.85, 59, 0.85, 0.09). Then the rules from it (a heading linked to the
  // site its name is, a role's sections, a page of process with no team, "What help we need",
  // a title line without "#", "Team Points of Contact", "Team Charter" over one team named in
  // its text): 980/1135, 4, 620/724, 40/660; the floors go up as measured (0.86, 4, 0.85, 0.07).
  // Session 29: the twenty-sixth set opened (the lead; corpus README, "Session 29"). Opened, dev
  // went 980/1126, 4, 625/716, 40/665 -> 985/1174, 4, 625/716, 47/672: the right-parent floor
  // goes to the level measured (0.83).
  dev: { rightParent: 0.83, worstNonTeamMade: 4, pairsFound: 0.85, falseRate: 0.07 },
  // The held-out set of 2026-12-05 (its eight markdown documents; aggregate numbers only, never
  // per document). First measured by the helper who added them, before any rule of the day:
  // 9/34 teams under the right parent, at most 1 non-team section made a team per document,
  // 12/28 pairs found, 24/36 false. After the day's rules (written on dev documents only):
  // 9/34, 0, 13/28, 17/30. The seven former held-out documents are dev since 2026-12-05
  // (corpus README, "Exposure"). After the rules written on the eight dev documents of
  // 2026-12-05 (one aggregate run): 19/34, 0, 8/28, 20/28. Teams under the right parent rose;
  // pairs found FELL (13 -> 8) and false pairs rose (17 -> 20): the floors record that
  // regression as measured, they do not excuse it (issue 14's note says what is suspected).
  // After h26's rules (a chart's team named again by a row, heading or bullet is one team;
  // structure headings over a chart are no level; written on dev documents and made-up pages
  // only), one aggregate run: 19/34, 0, 9/28, 19/28. After h30's dictionary and sweep rules
  // (session 6: CNCF landscape, link lists, tool sub-headings; dev pairs 81 -> 85): 19/34,
  // 0, 9/28, 20/29: one more false pair and no pair found. Recorded as measured, not excused.
  // Second new held-out set, 2026-12-05 (h33: twelve markdown entries labelled blind, corpus
  // README), one aggregate run each, before h32's move of the first set to dev had reached main:
  // with the first set's eight still held out (20 documents), 72/109 teams under the right
  // parent, at most 3 non-team sections made teams in one document, 23/66 pairs found, 37/60
  // false; on h32's branch (the twelve alone), 52/75, 3, 14/38, 17/31. The floors take the lower
  // of the two, rounded the safe way, so they hold whichever lands first. The worst non-team
  // count rose from 0 to 3 with the new documents: recorded as measured, not excused.
  // Session 8 (lead, aggregate only, after the page readings and the maintainers-file, missed-team
  // and own-name rules, all written on other pages): 54/75 (56 found), 0, 14/38, 17/31.
  // Session 10 (lead, aggregate only), after the page-level readings of sections written alike
  // (found by the aggregate diagnosis of the fourth set, which is worn since): 63/75 (65 found),
  // 0, 16/38, 12/28.
  // Session 29: three held-out entries without a set joined this group (h170's two, h171's one;
  // blind, corpus README, "Session 29"; too few for a set of their own). Their blind run at
  // 3da3c7e3 (the lead read none): 4/8 teams under the right parent (4 found), 0 non-team
  // sections made teams, 0/7 pairs found, 2/2 made false; 0 of 3 at goal. With them the group is
  // 68/83, 0, 28/45, 4/32 (without them 64/75, 0, 28/38, 2/30): the right-parent floor goes to
  // the level measured (0.81).
  heldout: { rightParent: 0.81, worstNonTeamMade: 0, pairsFound: 0.42, falseRate: 0.43 },
  // Third held-out set, 2026-12-05 (h43: eight documents of seven organizations the corpus did
  // not hold, labelled blind by a helper who wrote no importer code; corpus README). Scored on its
  // own so that the first sets' largest document cannot hide it. One aggregate run after rebasing
  // on main (d912b1f): 4/73 teams under the right parent (32 found by name), at most 0 non-team
  // sections made teams in one document, 6/9 pairs found, 18/24 made false; 1 of 8 documents at
  // issue 14's structure goal. The same run gave the sets above 52/75, 3, 14/38, 17/31: unchanged.
  // Rounded the safe way; recorded as measured, not excused.
  // Later the same day (lead, aggregate only, same rules as above): 17/73 (45 found), 0, 9/9,
  // 16/25; still 1 of 8 documents at the structure goal. Session 10 (lead, aggregate only),
  // once "Project Lead(s)" names people (a rule from h54's sweep): 28/73 (45 found), 0, 9/9, 16/25.
  // Fourth held-out set, 2026-12-05 (h55: six documents of six organizations the corpus did not
  // hold, in the styles a company brings, labelled blind by a helper who wrote no importer code;
  // corpus README). One aggregate run after rebasing on main (f286faa): 4/65 teams under the
  // right parent (4 found by name), at most 1 non-team section made a team in one document, 0/155
  // pairs found, 46/46 made false. The same run gave the sets above 54/75, 0, 15/38, 17/32 and
  // 17/73, 0, 9/9, 16/25. Rounded the safe way; recorded as measured, not excused.
  // Session 10: WORN. The lead diagnosed it in aggregate (counts by category, the readings'
  // reasons and each document's shape in numbers, no names; corpus README) and wrote the
  // page-level readings of sections written alike from what it showed: 23/65 (23 found), 0,
  // 0/155, 45/45. A fifth set (h57) is the blind measure from then on. After h58's reading of
  // teams named in sentences (h58 also saw one of its pages by mistake, after its first rule;
  // corpus README): 34/65, 0, 4/155, 56/60.
  // Fifth held-out set, 2026-12-05 (h57: six documents of six organizations the corpus did not
  // hold, in the styles a company brings, labelled blind by a helper who wrote no importer code;
  // corpus README). One aggregate run after rebasing on main (c57adae): 7/92 teams under the
  // right parent (7 found by name), at most 4 non-team sections made teams in one document (7 in
  // all), 0/119 pairs found, 16/16 made false; 0 of 6 documents at issue 14's structure goal.
  // The same run gave the sets above 63/75, 0, 16/38, 12/28; 17/73, 0, 9/9, 16/25; and 23/65,
  // 0, 0/155, 45/45. Rounded the safe way; recorded as measured, not excused.
  // Session 10, WORN by the lead's aggregate diagnosis (corpus README). With h58's prose
  // reading merged, unchanged (7/92); once a team list prunes no three sure teams it leaves
  // out: 7/92 (14 found by name), 4, 35/119, 14/49.
  // Sixth held-out set, 2026-12-05 (h59: six documents of four organisations the corpus did not
  // hold, in the styles a company brings, labelled blind by a helper who wrote no importer code and
  // committed before any run; corpus README). One aggregate run after rebasing on main (5f7db85),
  // the importer as session 10 left it: 1/20 teams under the right parent (1 found by name), at
  // most 3 non-team sections made teams in one document (5 in all), 1/13 pairs found, 11/12 made
  // false; 1 of 6 documents at issue 14's structure goal. The same run gave the sets above
  // 63/75, 0, 16/38, 12/28; 28/73, 0, 9/9, 16/25; 34/65, 0, 4/155, 56/60; and 7/92 (14 found),
  // 35/119, 14/49. Rounded the safe way; recorded as measured, not excused.
  // Seventh held-out set, 2026-12-06 (h61: six documents of five organisations the corpus did
  // not hold, labelled blind by a helper who wrote no importer code and committed before any run;
  // corpus README). One aggregate run after merging (dbcf2b2, with the day's sweep rules: contact
  // and people parts, conventional file names, team-list introductions): 3/17 teams under the
  // right parent (9 found by name), at most 1 non-team section made a team in one document (2 in
  // all), 2/13 pairs found, 3/5 made false; 2 of 6 documents at issue 14's structure goal. The
  // same run gave every set above as it did before the day's rules. Rounded the safe way.
  // Sets 5 to 7 were opened for diagnosis on 2026-12-06 (session 12; corpus README) and are dev
  // now. Their last blind aggregate run, at 2cbca6b: 7/92 (14 found), 4, 35/119, 14/49; 1/20,
  // 3, 1/13, 11/12; 3/17 (9 found), 1, 2/13, 3/5. Set 8 replaces them.
  // Sets 3 and 4 were opened for diagnosis the same day, after the rules written on sets 5 to 7
  // (corpus README) and are dev now. Their last aggregate run, at e2c5399: 28/73 (45 found), 0,
  // 9/9, 15/24; 35/65 (35 found), 0, 4/155, 56/60. Set 9 replaces them.
  // Eighth held-out set, 2026-12-06 (h71: six documents of five organisations the corpus did
  // not hold, labelled blind by a helper who wrote no importer code and committed before any run;
  // corpus README). One aggregate run after merging (at 5706283's importer, before session 12's
  // rules on the opened sets): 10/21 teams under the right parent (14 found by name), at most 0
  // non-team sections made teams in one document, 5/7 pairs found, 0/5 made false; 3 of 6
  // documents at issue 14's structure goal. Rounded the safe way. After the rules written on
  // sets 5 to 7 (e2c5399), the same: 10/21 (14 found), 0, 5/7, 0/5.
  // Ninth held-out set, 2026-12-06 (h78: six documents of six organisations the corpus did not
  // hold, labelled blind by a helper who wrote no importer code and committed before any run;
  // corpus README). One aggregate run after merging (30788a9: the rules on sets 5 to 7 in, none
  // on sets 3 and 4 yet): 15/24 teams under the right parent (15 found by name), at most 2
  // non-team sections made teams in one document (3 in all), 0/14 pairs found, 4/4 made false;
  // 3 of 6 documents at issue 14's structure goal. Rounded the safe way.
  // Session 14: sets 8 and 9 WORN. The lead diagnosed them in aggregate (where the names of
  // missed teams stand in their page, counts by category, no names; corpus README) and wrote the
  // abbreviation, bold-line and team-list-unit rules from what it showed: set 8 10/21 -> 15/21
  // (15 found), 0, 5/7, 0/5; set 9 15/24 -> 15/24 (17 found), 2 -> 1 worst (3 -> 2 in all),
  // 0/14, 4/4. Set 10 is the blind measure from then on.
  // Tenth held-out set, 2026-12-06 (h91: six documents of five organisations, labelled blind by a
  // helper who wrote no importer code and committed before any run; corpus README). One
  // aggregate run after merging (75f21cd: session 14's rules on the worn sets 8 and 9 in): 7/39
  // teams under the right parent (14 found by name), at most 3 non-team sections made teams in
  // one document (5 in all), 1/9 pairs found, 9/10 made false; 0 of 6 documents at issue 14's
  // structure goal. The importer as the session began (d95ef83) gave the same but 13 found.
  // Rounded the safe way; recorded as measured, not excused.
  // Later in session 14: WORN. The lead diagnosed it in aggregate (where missed teams' names stand,
  // the enclosing entries' roles and the lists' shapes, no names; corpus README) and wrote the
  // headcount rule ("Payments (2-3 engineers)" is Payments) from it: 10/39 (17 found), 3, 5/9,
  // 3/8, 1 of 6 at goal. Set 11 is the blind measure from then on.
  // Sets 8 to 10 were opened for diagnosis in session 15 (2026-12-06; corpus README) and are dev
  // now. Their last aggregate run, at 242653f: 15/21 (15 found), 0, 5/7, 0/5; 15/24 (17 found),
  // 1, 0/14, 4/4; 10/39 (17 found), 3, 5/9, 3/8. Set 12 replaces them.
  // Fifteenth held-out set, 2026-12-06 (h110: six documents of six organisations, three of them
  // one team's page, every technology pair labelled ambiguous; blind, by a helper who wrote no
  // importer code, each document committed before any run; corpus README). Its one blind run, at
  // f70cf71 (every rule of session 16 in): 6/17 teams under the right parent (6 found), at most 1
  // non-team section made a team in one document, no pair to find (0/0), 6/6 made false; 1 of 6
  // documents at issue 14's structure goal. Floors as measured, not excused: where the
  // fourteenth set's styles are read, most of these (member cards in MDX, an HTML table, people
  // grouped by vendor, a FAQ of governance) are not.
  // The fifteenth set was opened for diagnosis in session 19 (2026-12-06, h125; corpus README,
  // "Session 19") and is dev now. Its last blind aggregate run, at 9edacdf (every rule of
  // session 18 in), before it was opened: 6/17 (6 found), 1, 0/0, 6/6; 1 of 6 at goal.
  // Sixteenth held-out set, 2026-12-06 (h113: six documents of six organisations, two of them one
  // team's page, 13 of its 30 teams labelled ambiguous; blind, by a helper who wrote no importer
  // code, each document committed before any run; corpus README). Its one blind run, at 3e93c9a
  // (every rule of session 17 but h115's company names in): 12/30 teams under the right parent
  // (16 found), at most 5 non-team sections made teams in one document (7 in all), 9/19 pairs
  // found, 6/15 made false; 2 of 6 documents at issue 14's structure goal. h115's company rules
  // merged after: the same. Floors as measured, not excused.
  // The sixteenth set was opened for diagnosis in session 20 (2026-12-06, h130; corpus README,
  // "Session 20") and is dev now. Its last blind aggregate run, at a62d21e (every rule of
  // session 19 in), before it was opened: 12/30 (16 found), 5, 9/19, 4/13; 2 of 6 at goal.
  // Seventeenth held-out set, 2026-12-06 (h119: six documents of six organisations, three of
  // them a public agency's, two one team's page; blind, by a helper who wrote no importer code,
  // each document committed before any run; corpus README). Its one blind run, at 17890b8 (every
  // rule of session 18 in, the lead's and h120's and h121's): 1/30 teams under the right parent
  // (4 found), at most 3 non-team sections made teams in one document (3 in all), 0/5 pairs
  // found, 4/4 made false; 1 of 6 documents at issue 14's structure goal. Floors as measured,
  // not excused.
  // The seventeenth set was opened for diagnosis in session 21 (2026-12-07, h136; corpus README,
  // "Session 21") and is dev now. Its last blind aggregate run, at c2dcedd (every rule of
  // session 20 in), before it was opened: 1/30 (4 found), 3, 0/5, 4/4; 1 of 6 at goal.
  // Eighteenth held-out set, 2026-12-06 (h124: six documents, three of them a public agency's, and
  // h127: two companies' pages; blind, by helpers who wrote no importer code, each document
  // committed before any run; corpus README). Its one blind run, at 79f8f3b (every rule of
  // session 19 in: the lead's, h125's from the opened fifteenth set and h126's): 23/49 teams
  // under the right parent (39 found), at most 4 non-team sections made teams in one document
  // (4 in all), 5/15 pairs found, 5/10 made false; 3 of 8 documents at issue 14's structure
  // goal. Floors as measured, not excused.
  // The eighteenth set was opened for diagnosis in session 22 (2026-12-07, h139; corpus README,
  // "Session 22") and is dev now. Its last blind aggregate run, at 240082a (every rule of
  // session 21 in), before it was opened: 23/49 (39 found), 4, 5/15, 5/10; 3 of 8 at goal.
  // Nineteenth held-out set, 2026-12-06 (h128: six documents, h129: three companies' pages;
  // blind, by helpers who wrote no importer code, each document committed before any run; corpus
  // README). Its one blind run, at 0296963 (session 19's rules and session 20's first four; an
  // empty-bullets crash fixed first on made-up pages): 2/24 teams under the right parent (2
  // found), at most 59 non-team sections made teams in one document (71 in all), 4/12 pairs
  // found, 19/23 made false; 1 of 9 documents at issue 14's structure goal. Floors as measured.
  // The nineteenth set was opened for diagnosis in session 28 (2026-12-07, the lead; corpus
  // README, "Session 28") and is dev now. Its last blind aggregate run, at 416f358 (every rule
  // of sessions 20 to 27 in), before it was opened: 2/24 (2 found), 59, 4/12, 16/20; 1 of 9 at
  // goal.
  // Twentieth held-out set, 2026-12-07 (h132: five documents, h133: three; blind, by helpers who
  // wrote no importer code, each document committed before any run; corpus README). Its one
  // blind run, at 97955a3 (session 20's rules and session 21's first: Inter in the preview, 26
  // dictionary entries, a Backstage company's own product, team words in five more languages):
  // 9/72 teams under the right parent (16 found), at most 3 non-team sections made teams in one
  // document (8 in all), 8/16 pairs found, 3/11 made false; 0 of 8 documents at issue 14's
  // structure goal. Floors as measured.
  // The twentieth set was opened for diagnosis in session 24 (2026-12-07, the lead; corpus
  // README, "Session 24") and is dev now. Its last blind aggregate run, at db62164 (every rule
  // of session 23 in), before it was opened: 9/72 (16 found), 3, 8/16, 3/11; 0 of 8 at goal.
  // Twenty-first held-out set, 2026-12-07 (h137, h138 and h141: blind, by helpers who wrote no
  // importer code; corpus README). Its one blind run, at c8f908c (session 22's first six rules
  // in): 15/53 teams under the right parent (15 found), at most 1 non-team section made a team
  // in one document (1 in all), 0/73 pairs found, 45/45 made false; 2 of 9 documents at issue
  // 14's structure goal. Floors as measured.
  // The twenty-first set was opened for diagnosis in session 25 (2026-12-07, the lead; corpus
  // README, "Session 25") and is dev now. Its last blind aggregate run, at c9b6f99 (every rule of
  // session 24 in), before it was opened: 15/53 (15 found), 1, 0/73, 45/45; 2 of 9 at goal.
  // Twenty-second held-out set, 2026-12-07 (h142: four documents, h143: two; blind, by helpers
  // who wrote no importer code; corpus README). Its one blind run, at 6ecf7a0 (the importer as
  // session 22 left it): 10/31 teams under the right parent (13 found), at most 2 non-team
  // sections made teams in one document (2 in all), 4/7 pairs found, 3/7 made false; 1 of 6
  // documents at issue 14's structure goal. Floors as measured.
  // The twenty-second set was opened for diagnosis in session 26 (2026-12-07, the lead; corpus
  // README, "Session 26") and is dev now. Its last blind aggregate run, at b417e21 (every rule of
  // session 25 in), before it was opened: 10/31 (13 found), 2, 4/7, 3/7; 1 of 6 at goal.
  // Twenty-third held-out set, 2026-12-07 (h146: four documents, h147: four, h148: one; blind, by
  // helpers who wrote no importer code; corpus README). Its one blind run, at 70e976c (the
  // importer as session 23 left it): 19/37 teams under the right parent (25 found), at most 6
  // non-team sections made teams in one document (8 in all), 0/43 pairs found, 48/48 made false;
  // 2 of 9 documents at issue 14's structure goal. Floors as measured.
  'heldout-23': { rightParent: 0.51, worstNonTeamMade: 6, pairsFound: 0, falseRate: 1 },
  // Twenty-fourth held-out set, 2026-12-07 (h150: three documents, h151: three, h152: three;
  // blind, by helpers who wrote no importer code; corpus README). Its one blind run, at e7c8b56
  // (the importer as session 24 left it): 2/38 teams under the right parent (6 found), at most 1
  // non-team section made a team in one document (3 in all), 1/42 pairs found, 32/33 made false;
  // 2 of 9 documents at issue 14's structure goal. Floors as measured. Names in Chinese text
  // recognized (names against their neighbours, names with slashes between them) made 9 more
  // pairs there, all false (41/42): which team they land on is not known without opening the
  // set (aggregates only); the false rate's floor goes to 0.98.
  'heldout-24': { rightParent: 0.05, worstNonTeamMade: 1, pairsFound: 0.02, falseRate: 0.98 },
  // Twenty-fifth held-out set, 2026-12-07 (h153, h154, h155; blind, by helpers who wrote no
  // importer code; corpus README). Its blind run at 60d9a73 (the importer as session 25 left
  // it): 10/35 teams under the right parent (16 found), at most 1 non-team section made a team
  // in one document (1 in all), 3/13 pairs found, 13/16 made false; 1 of 7 documents at issue
  // 14's structure goal. Floors as measured.
  // The twenty-fifth set was opened for diagnosis in session 27 (2026-12-07, the lead; corpus
  // README, "Session 27") and is dev now. Its last blind aggregate run, at 7450638 (every rule
  // of sessions 26 and 27 in), before it was opened: 10/35 (16 found), 1, 3/13, 13/16; 1 of 7 at
  // goal.
  // Twenty-sixth held-out set, 2026-12-07 (h158, h159, h160; blind, by helpers who wrote no
  // importer code; corpus README). Its blind run at d7bf368 (the importer as session 27 had it
  // before the set landed): 5/48 teams under the right parent (21 found), at most 3 non-team
  // sections made teams in one document (6 in all), no unambiguous pair stated, 7/7 made false;
  // 1 of 6 documents at issue 14's structure goal. Floors as measured.
  // The twenty-sixth set was opened for diagnosis in session 29 (2026-12-08, the lead; corpus
  // README, "Session 29") and is dev now. Its last blind aggregate run, at 6723394a (every rule of
  // sessions 27 to 29 in), before it was opened: 5/48 (21 found), 3, no pair stated, 7/7 false;
  // 1 of 6 at goal: unchanged since its first run.
  // Twenty-seventh held-out set, 2026-12-07 (h162, h163, h164; blind, by helpers who wrote no
  // importer code; corpus README). Its blind run at 3dc8dc9 (the importer as session 28 had it
  // when the set landed): 14/101 teams under the right parent (29 found), at most 2 non-team
  // sections made teams in one document (2 in all), 0/4 pairs found, 8/8 made false; 1 of 11
  // documents at issue 14's structure goal. Floors as measured.
  'heldout-27': { rightParent: 0.13, worstNonTeamMade: 2, pairsFound: 0, falseRate: 1 },
  // Twenty-eighth held-out set, 2026-12-08 (h166, h168, h169; blind, by helpers who wrote no
  // importer code; corpus README; h165 and h167 found nothing under a licence the index holds).
  // Its blind run at cb7ff5a2 (the importer as session 29 had it when the set landed): 7/26 teams
  // under the right parent (15 found), at most 5 non-team sections made teams in one document (9
  // in all), 1/1 pair found, 0/1 made false; 1 of 6 documents at issue 14's structure goal.
  // Floors as measured.
  'heldout-28': { rightParent: 0.26, worstNonTeamMade: 5, pairsFound: 1, falseRate: 0 }
}

/**
 * Per dev document, so that a gain on one document cannot hide a loss on another: teams under the
 * right parent (at least), non-team sections made teams (at most), pairs found (at least), false
 * pairs (at most).
 */
const DOCUMENT_FLOORS: Record<string, [number, number, number, number]> = {
  'agency-about-page-bold-name-role-lists': [2, 0, 0, 0],
  'agency-archived-proposal-division-team-bullets': [0, 3, 0, 0],
  'agency-contact-list-h2-per-team-empty-bullets': [8, 0, 0, 0],
  'agency-engineering-handbook-tools-teams-in-passing': [1, 0, 0, 1],
  'agency-handbook-disciplines-across-vendor-teams': [3, 0, 0, 0],
  'agency-offices-linked-bullets-abbreviations': [5, 0, 0, 0],
  'agency-org-structure-html-list-divisions-officers': [16, 0, 0, 0],
  'agency-platform-team-charter-roles-out-of-scope': [1, 0, 3, 1],
  'agency-product-team-composition-bold-vendor-groups': [2, 0, 0, 0],
  'agency-support-contacts-h2-per-team-erb-title': [7, 2, 8, 0],
  'agency-team-charter-preface-metrics-table-governance': [1, 0, 0, 0],
  'agency-technology-choices-setext-h1-categories-linked-tools': [1, 0, 47, 0],
  'auth-project-team-shortcodes': [2, 0, 0, 0],
  'autopilot-maintainers-sector-table': [13, 0, 0, 0],
  'blog-post-developer-team-technology-choices': [1, 0, 16, 1],
  'blog-post-governance-update-working-group-domains-bold-bullets': [0, 1, 0, 0],
  'build-tool-maintainers-team-labels': [20, 0, 3, 0],
  'careers-post-one-team-in-prose-cloud-stack': [1, 0, 2, 0],
  'chat-channel-map-areas-verticals-team-channels': [0, 0, 0, 0],
  'city-data-engineering-readme-pipeline-steps': [1, 0, 9, 0],
  'city-office-org-structure-cost-center-table-generated-charts': [0, 4, 0, 0],
  'cncf-tag-app-delivery': [5, 0, 0, 0],
  'cncf-tags': [8, 0, 0, 0],
  'committee-page-setext-headings-members-table': [1, 0, 0, 0],
  'community-github-teams-tables-per-org-repeated-names': [4, 0, 1, 0],
  'community-handbook-working-group-meetings': [6, 0, 0, 0],
  'community-roles-bold-bullets-nested-workgroups': [6, 0, 0, 0],
  'community-working-groups-colead-bullets-readme-template': [4, 0, 0, 0],
  'company-blog-post-cells-ml-platform-team-in-prose': [0, 2, 0, 1],
  'company-customer-success-org-html-strong-areas': [3, 0, 0, 0],
  'company-department-services-headings-language-list': [1, 0, 9, 0],
  'company-design-system-about-page-html-member-grid': [0, 0, 0, 0],
  'company-design-system-how-we-work-framework-maintainers': [0, 0, 0, 0],
  'company-governance-levels-project-teams-handle-bullets': [3, 0, 0, 0],
  'company-handbook-engineering-page-bold-stack-languages': [1, 0, 5, 0],
  'company-hosting-practices-setext-headings-team-in-passing': [0, 0, 0, 0],
  'company-incident-guide-departments-as-h2-admonition': [8, 0, 0, 1],
  'company-led-project-maintainers-doc-github-teams-in-prose-labels-table': [0, 1, 0, 2],
  'company-org-page-h4-teams-abbreviations-mission-labels': [7, 0, 0, 0],
  'company-org-units-page-spanish-departments-tribes-bold-bullets': [6, 0, 0, 0],
  'company-speed-operations-three-h2-teams-tl-email-lines': [3, 0, 3, 0],
  'company-team-practices-index-handbook-sections-as-h2': [1, 0, 8, 0],
  'company-tool-inventory-h2-per-tool-teams-in-passing': [0, 0, 0, 0],
  'compiler-infra-maintainers-areas': [3, 0, 2, 0],
  'compiler-runtime-maintainers': [17, 0, 0, 0],
  'config-tool-maintainers-platforms': [11, 0, 0, 0],
  'consultancy-department-headings': [6, 0, 0, 0],
  'consultancy-guild-directory': [6, 0, 0, 0],
  'consultancy-leadership-roles-per-office-norwegian': [0, 0, 0, 0],
  'coop-handbook-working-groups-named-in-passing-image-charts': [0, 0, 0, 0],
  'council-delegated-team-charter-member-categories': [1, 0, 0, 0],
  'data-department-numbered-pillars-role-ladders': [4, 0, 0, 0],
  'department-page-bold-principles-linked-team-list': [7, 0, 0, 0],
  'department-page-goals-reporting-public-reports-members': [1, 0, 1, 0],
  'department-page-initiatives-prose-h2': [0, 0, 0, 3],
  'department-page-role-table-process-dependency-list': [1, 0, 2, 0],
  'department-page-teams-bullets-and-h3': [3, 0, 2, 0],
  'design-system-teams-using-table': [44, 0, 13, 0],
  'distro-repositories-controlled-by-teams': [6, 0, 0, 0],
  'distro-single-team-handles-page': [1, 0, 1, 0],
  'division-h2-group-h3-team-h4-placeholders': [8, 0, 2, 0],
  'docs-project-roles-bold-requirements-teams-code-span-handles-subteam-topics': [0, 3, 0, 2],
  'education-nonprofit-committee-roles-page': [0, 1, 0, 0],
  'education-nonprofit-subcommittee-page': [1, 0, 1, 0],
  'engineering-blog-org-structure-post': [4, 0, 0, 0],
  'engineering-blog-team-stacks': [30, 0, 155, 1],
  'foundation-org-chart-image-map': [0, 0, 0, 0],
  'foundation-toc-sig-bullets': [4, 0, 0, 0],
  'foundation-working-group-json-front-matter': [1, 0, 2, 0],
  'gitlab-data-access': [5, 0, 5, 0],
  'gitlab-delivery-stage': [5, 0, 0, 0],
  'gitlab-department-diagram-table': [12, 0, 5, 0],
  'gitlab-developer-experience': [5, 0, 0, 0],
  'gitlab-developer-tooling': [1, 0, 0, 0],
  'gitlab-devops-engineering': [13, 0, 0, 0],
  'gitlab-feature-readiness': [1, 0, 0, 0],
  'gitlab-infrastructure-platforms': [26, 0, 0, 0],
  'gitlab-ops-subdepartment': [7, 0, 0, 0],
  'gitlab-pipeline-authoring-group': [1, 0, 2, 0],
  'gitlab-single-group-page': [1, 0, 8, 0],
  'governance-readme-ascii-box-diagram-wg-bullets': [8, 0, 0, 0],
  'guild-index-process-then-liquid-list': [4, 0, 0, 0],
  'html-teams-page-area-headings-subteam-table-cells': [19, 0, 2, 5],
  'istio-working-groups': [7, 0, 2, 0],
  'kubernetes-community-groups': [23, 0, 14, 0],
  'kubernetes-sig-cli': [1, 0, 0, 0],
  'kubevirt-sig-list': [12, 0, 0, 0],
  'kyma-sig-and-wg-guide': [1, 0, 0, 0],
  'kyma-sig-core-readme': [1, 0, 0, 0],
  'lab-teams-stack-tables': [15, 0, 86, 0],
  'llm-startup-gtm-team-links': [3, 0, 0, 0],
  'maintainer-teams-people-tables': [6, 0, 0, 0],
  'maintainers-file-nested-code-path-bullets': [7, 0, 0, 0],
  'maintainers-file-people-sections-security-team': [1, 0, 0, 0],
  'medtech-single-team-welcome-page': [1, 0, 0, 0],
  'nodejs-working-groups': [10, 0, 9, 0],
  'nonprofit-committee-readme-build-commands': [1, 0, 2, 0],
  'nonprofit-one-team-page-workstream-headings': [1, 0, 0, 0],
  'nonprofit-staff-domains-responsibilities-roles': [6, 0, 0, 0],
  'nonprofit-volunteer-roles-bold-bullets-teams-in-passing': [0, 0, 0, 0],
  'notebook-project-wg-committees': [4, 0, 0, 0],
  'onboarding-readme-practices-nested-bullets': [0, 0, 0, 0],
  'onnx-working-groups-status-tables': [8, 0, 0, 0],
  'openssf-tac-initiatives': [10, 0, 0, 0],
  'org-profile-readme-html-table-repo-categories': [0, 0, 0, 0],
  'packaging-community-bold-team-roles': [2, 0, 0, 0],
  'people-nested-team-bullets-area-parentheses': [7, 0, 0, 0],
  'platform-subteam-page-ownership-priorities': [1, 0, 1, 0],
  'platform-team-contact-page-help-list': [1, 0, 2, 0],
  'posthog-small-teams-early': [7, 0, 0, 0],
  'posthog-team-structure': [10, 0, 0, 0],
  'practice-page-breadcrumb-title-tool-lists': [1, 0, 12, 0],
  'product-groups-role-tables-working-groups': [6, 0, 1, 0],
  'product-team-handle-tables-two-categories': [9, 1, 0, 0],
  'program-consortium-about-page-grant-tables': [17, 0, 0, 0],
  'program-team-page-html-card-tables': [1, 0, 0, 0],
  'project-components-maintainers-h3-areas-h4-formats-leadership-council': [10, 0, 0, 1],
  'project-governance-faq-headings-single-maintainer': [0, 1, 0, 3],
  'project-governance-levels-company-team-role': [0, 0, 0, 0],
  'project-maintainers-areas-of-expertise-handles': [11, 0, 0, 0],
  'project-maintainers-h2-areas-h3-permission-teams': [13, 0, 0, 0],
  'project-organization-roles-page-teams-named-in-prose': [1, 1, 0, 2],
  'project-readme-subteam-bullets-handles': [0, 0, 0, 0],
  'project-rfc-deprecated-details-team-repo-table': [7, 0, 0, 0],
  'project-rfc-proposed-sub-teams-examples-only': [0, 0, 0, 0],
  'project-sig-table-leads-gitee-handles-unlinked-rows': [14, 0, 0, 0],
  'project-team-page-numbered-members-affinity-team-links': [8, 0, 0, 0],
  'project-teams-bold-label-bullets-repo-permissions': [4, 0, 0, 0],
  'project-teams-h3-data-grid-shortcodes': [4, 0, 0, 0],
  'project-teams-h3-repeated-h4-responsibilities-permissions': [10, 0, 1, 0],
  'project-teams-handles-readme': [18, 0, 0, 0],
  'project-teams-page-h3-teams-member-lists': [7, 0, 0, 0],
  'project-teams-page-shortcode-grids': [3, 0, 0, 0],
  'project-teams-prose-bullets-no-title': [15, 0, 0, 0],
  'project-teams-roles-working-groups-code-span-categories': [10, 0, 3, 2],
  'project-working-groups-artifact-and-lead-tables': [11, 0, 0, 0],
  'project-working-groups-html-card-divs-organizer-bullets': [6, 0, 0, 0],
  'project-working-groups-master-table-leads-example-topics': [6, 0, 2, 0],
  'project-working-groups-numbered-types-active-inactive-details': [17, 0, 0, 0],
  'protocol-maintainers-lead-core-sdk-tables-company-emails': [4, 0, 0, 0],
  'public-app-who-does-what': [3, 0, 0, 0],
  'public-body-single-team-definition-of-done': [1, 0, 1, 1],
  'public-startup-dev-team-working-agreement-french': [1, 0, 0, 0],
  'react-team-page-mdx-member-cards': [1, 0, 0, 0],
  'research-group-handbook-intro-faq-headings-inspirations': [0, 0, 0, 1],
  'rfc-team-charter-subteam-creation-membership-bullets': [0, 0, 0, 0],
  'ride-hailing-review-board-page': [1, 0, 4, 0],
  'roslyn-area-owners-table': [20, 0, 0, 0],
  'science-community-roles-and-teams': [3, 0, 1, 0],
  'sig-roster-table-codeowners-groups-project-map': [14, 0, 0, 1],
  'sig-summary-table-detail-sections-leadership-quotes': [7, 1, 7, 2],
  'single-team-about-stakeholders-values-goals': [1, 0, 0, 0],
  'single-team-handbook-page-repo-ownership': [1, 0, 2, 0],
  'single-team-page-competency-contact-table': [1, 0, 0, 0],
  'single-team-playbook-apps-dashboards': [1, 0, 2, 0],
  'sourcegraph-admin-exp-org': [8, 0, 0, 0],
  'sourcegraph-code-graph-org': [5, 0, 0, 0],
  'sourcegraph-code-insights-team': [1, 0, 1, 0],
  'sourcegraph-core-services-team': [1, 0, 5, 0],
  'sourcegraph-engineering-index': [14, 0, 0, 0],
  'sourcegraph-engineering-ownership': [14, 0, 25, 1],
  'sourcegraph-frontend-platform-team': [1, 0, 7, 0],
  'sourcegraph-org-chart': [13, 0, 0, 0],
  'sourcegraph-own-team': [1, 0, 1, 0],
  'sourcegraph-team-page-areas': [1, 0, 0, 0],
  'sourcegraph-team-page-stack': [1, 0, 8, 0],
  'sourcegraph-web-team': [1, 0, 5, 0],
  'spiffe-readme-sig-table': [6, 0, 0, 0],
  'standards-body-workstreams-list': [15, 0, 1, 0],
  'startup-engineering-department-practices-page': [1, 0, 7, 1],
  'studio-group-page-chinese-prose-stack-cohort-headings': [1, 0, 17, 0],
  'super-app-blog-one-team-post': [1, 0, 9, 0],
  'team-ownership-headcount-headings-path-tables': [3, 0, 4, 0],
  'team-page-members-roles': [1, 0, 0, 0],
  'tech-office-bold-label-units-subteam-bullets': [7, 1, 0, 1],
  'technology-team-guide-delivery-matrix-stack-paragraph': [1, 0, 34, 1],
  'tts-business-unit-page': [1, 0, 0, 0],
  'tts-infrastructure-team': [1, 0, 9, 1],
  'tts-team-page-bold-labels': [1, 0, 3, 0],
  'tts-tech-portfolio': [1, 0, 3, 0],
  'university-center-org-profile-projects-as-headings-language-fields': [1, 0, 2, 1],
  'university-engineering-site-index-grid-cards-two-teams-handy-links': [0, 1, 0, 2],
  'vllm-committers-area-owners': [46, 0, 2, 0],
  'volcano-sig-list': [4, 0, 0, 0],
  'volunteer-teams-h3-channel-spans-people-tables': [9, 0, 0, 0],
  'wholesale-startup-engineering-about-stack': [1, 0, 8, 0],
  'working-group-charter-yaml-areas': [0, 0, 0, 6],
  'working-group-headings-abbreviation-handles': [8, 0, 1, 1],
  'working-groups-index-artifact-and-lead-tables': [9, 0, 0, 1]
}

describe('the markdown importer on the corpus of real documents', () => {
  const scores = score()
  console.log(scoreTable(scores))
  // Details for dev documents only: held-out ones are scored, never read for rules.
  for (const s of scores.filter((entry) => entry.split === 'dev')) {
    if (s.misplaced.length + s.missing.length + s.extras.length === 0) continue
    console.log(
      `${s.slug}: missing ${s.missing.join(', ') || 'none'}; misplaced ${s.misplaced.join('; ') || 'none'}; extra ${s.extras.join(', ') || 'none'}`
    )
  }

  // One aggregate per group: dev, the first two held-out sets together, and each later blind set.
  for (const group of SCORE_GROUPS) {
    const some = scores.filter((s) => s.group === group)
    it.skipIf(some.length === 0)(
      `keeps the ${group} scores at or above the measured floors`,
      () => {
        const t = totals(some)
        console.log(`${group}: ${JSON.stringify(t)}`)
        const floor = FLOORS[group]
        expect(t.rightParent / t.teams).toBeGreaterThanOrEqual(floor.rightParent)
        expect(t.worstNonTeamMade).toBeLessThanOrEqual(floor.worstNonTeamMade)
        expect(t.pairs === 0 ? 1 : t.pairsFound / t.pairs).toBeGreaterThanOrEqual(floor.pairsFound)
        expect(t.pairsMade === 0 ? 0 : t.falsePairs / t.pairsMade).toBeLessThanOrEqual(
          floor.falseRate
        )
      }
    )
    if (some.length === 0)
      console.log(`Skipped the ${group} floors: the corpus has no ${group} markdown document.`)
  }

  it('keeps every dev document at or above its own floor', () => {
    const dev = scores.filter((s) => s.split === 'dev')
    expect(dev.map((s) => s.slug).sort()).toEqual(Object.keys(DOCUMENT_FLOORS).sort())
    for (const s of dev) {
      const [rightParent, nonTeamMade, pairsFound, falsePairs] = DOCUMENT_FLOORS[s.slug]
      expect(s.rightParent, `${s.slug}: teams under the right parent`).toBeGreaterThanOrEqual(
        rightParent
      )
      expect(s.nonTeamMade, `${s.slug}: non-team sections made teams`).toBeLessThanOrEqual(
        nonTeamMade
      )
      expect(s.pairsFound, `${s.slug}: pairs found`).toBeGreaterThanOrEqual(pairsFound)
      expect(s.falsePairs, `${s.slug}: false pairs`).toBeLessThanOrEqual(falsePairs)
    }
  })
})
