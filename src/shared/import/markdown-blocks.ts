import MarkdownIt, { type Token } from 'markdown-it'
import deflist from 'markdown-it-deflist'
import { MAX_TEXT_LENGTH } from '../catalog/name-text'
import { keepsLineBreaks } from './field-records'
import { htmlHeadings } from './html-headings'
import { htmlListLines } from './html-lists'
import { htmlTables } from './html-tables'
import { mkdocsBlocks } from './mkdocs-blocks'

/** 1-based, like every position OrgScope reports. */
export interface Position {
  line: number
  column: number
}

/** A run of inline text: plain text, or the text of a link together with its target. */
export interface Span {
  text: string
  href?: string
  /** Set when the text is bold (`**Team**`): a bold label at an item's start names something. */
  strong?: boolean
  at: Position
}

/** The inline content of a heading, paragraph or list item, links kept apart from the text. */
export interface Inline {
  spans: Span[]
  at: Position
}

export interface ListItem {
  /** The item's first paragraph. */
  inline: Inline
  /** Its further paragraphs and the items of lists nested in it, in order. */
  details: Inline[]
  /** The items of lists nested in it, with their own nesting: "Search teams" → its teams. */
  children: ListItem[]
  at: Position
}

/** A GFM table: header cells, then rows (ragged rows padded or cut to the header's width). */
export interface TableBlock {
  kind: 'table'
  header: Inline[]
  /** `written`: how many cells the row's line holds, before padding or cutting to the header. */
  rows: { cells: Inline[]; at: Position; written: number }[]
  at: Position
}

export type Block =
  | {
      kind: 'heading'
      depth: number
      inline: Inline
      /** Set when a bold line stands for the heading (bold-label-headings.ts). */
      boldLine?: true
      /** Written underlined ("Title\n=====") rather than with "#". */
      setext?: true
    }
  | {
      kind: 'paragraph'
      inline: Inline
      /**
       * Its source lines, kept only when one is a one-letter field ("M: Ana <ana@…>") or an
       * area's owners ("Parser: @ana"): a maintainers file's lines, whose breaks say where each
       * field or area ends.
       */
      lines?: string[]
      /**
       * Its lines one by one, kept only when two or more open on a label ("**Lead:** Ana Ruiz",
       * "Stack: Go, Kafka"): fields a line each, whose breaks say where each value ends.
       */
      labelLines?: Inline[]
    }
  | { kind: 'list'; items: ListItem[]; at: Position }
  | TableBlock
  | { kind: 'other'; what: 'code' | 'html' | 'rule'; at: Position; text?: string }

/**
 * markdown-it rather than micromark/mdast: on this machine micromark took 6 s for 8 KB of
 * "- - - …" and 29 s for 1,000 nested list levels (a guide can be opened in the app, so that
 * would freeze main), while markdown-it caps nesting (`maxNesting`) and stays linear. It gives
 * line ranges, not columns; columns are recovered from the source lines below. Its GFM table
 * rule (on top of CommonMark) reads team tables, padding ragged rows as GitHub does.
 */
// Definition lists (MkDocs' def_list, Pandoc, kramdown: "Ledger" over ": Owns invoices") read as
// lists of their terms: CommonMark alone joins each term and its definition into one paragraph.
const markdown = new MarkdownIt('commonmark').enable('table').use(deflist)
// Keep every link as a link so the importer can report the ones it refuses (javascript:,
// relative paths) instead of markdown-it silently turning them into text. Nothing here is ever
// rendered as HTML: hrefs only reach the catalog after the http/https/mailto check.
markdown.validateLink = () => true

/**
 * "##[HR](../hr)", "###Platform": an ATX heading written without the space after its hashes.
 * CommonMark reads the line as a paragraph; Markdown.pl and Python-Markdown (MkDocs), which
 * many handbooks are written for, read it as the heading its author meant, and so does this.
 * Two hashes or more, then a link or a capital: "#hashtag" and "#1" stay text. A line in a
 * fence stays code (the fence is still a fence); an indented line is not touched.
 */
function spacedHeadings(text: string): string {
  return text.replace(/^(#{2,6})(?=\[|\p{Lu})/gmu, '$1 ')
}

/** GitHub's alert callouts: "> [!NOTE]", "> [!TIP]", "> [!IMPORTANT]", "> [!WARNING]", "> [!CAUTION]". */
const CALLOUT = /^\[!(?:note|tip|important|warning|caution)\]/iu

/** Whether the blockquote opening at `i` is a callout (CALLOUT on its first line). */
function opensCallout(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i + 1]?.type === 'paragraph_open' &&
    tokens[i + 2]?.type === 'inline' &&
    CALLOUT.test(tokens[i + 2].content.trimStart())
  )
}

/** The index of the blockquote_close that closes the blockquote opening at `i`. */
function closingQuote(tokens: readonly Token[], i: number): number {
  let depth = 0
  for (let j = i; j < tokens.length; j++) {
    if (tokens[j].type === 'blockquote_open') depth++
    else if (tokens[j].type === 'blockquote_close' && --depth === 0) return j
  }
  return tokens.length - 1
}

/** An HTML block opening on a list's tag: "<ul>", "<ol class=…>", "<dl>". */
const HTML_LIST = /^[ \t]{0,3}<(?:ul|ol|dl)\b/iu

/**
 * The tokens again with each list written in HTML outside a list or quote rewritten, on its own
 * lines (`lines` too), as the markdown list it shows (html-lists.ts); the same tokens without one.
 */
function htmlListsRead(tokens: Token[], lines: string[]): Token[] {
  let rewritten = false
  for (const token of tokens) {
    if (token.type !== 'html_block' || token.level !== 0 || !token.map) continue
    if (!HTML_LIST.test(token.content)) continue
    const start = token.map[0]
    const list = htmlListLines(lines, start)
    if (!list) continue
    lines.splice(start, list.length, ...list)
    rewritten = true
  }
  return rewritten ? markdown.parse(lines.join('\n'), {}) : tokens
}

/** The blocks of a markdown document in source order; lists inside blockquotes included. */
export function readBlocks(text: string): Block[] {
  const source = mkdocsBlocks(spacedHeadings(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text))
  // markdown-it numbers lines after turning \r\n and \r into \n; split the same way.
  const lines = source.split(/\r\n|\r|\n/)
  const tokens = htmlListsRead(markdown.parse(source, {}), lines)
  const blocks: Block[] = []
  let listDepth = 0
  let quoteDepth = 0
  let list: Extract<Block, { kind: 'list' }> | undefined
  let item: ListItem | undefined
  /** The open items, outermost first: a nested item is its parent's child. */
  const open: ListItem[] = []
  /** For each open definition list, whether a term of it is open (in `open`). */
  const terms: boolean[] = []
  /** The term whose definition opened and has not yet given its first paragraph. */
  let defining: ListItem | undefined
  let table: TableBlock | undefined
  let row: Inline[] | undefined

  const lineAt = (token: Token): Position => startOfLine(lines, token.map?.[0] ?? 0)
  const inlineOf = (i: number, at: Position): Inline => {
    const token = tokens[i]
    return token?.type === 'inline' ? readInline(token, at, lines) : { spans: [], at }
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    switch (token.type) {
      case 'blockquote_open':
        // "> [!CAUTION]", "> [!NOTE]": a callout to the reader (GitHub's alerts), no part of what
        // the page says about its teams.
        if (opensCallout(tokens, i)) {
          i = closingQuote(tokens, i)
          break
        }
        quoteDepth++
        break
      case 'blockquote_close':
        quoteDepth--
        break
      // A definition list is a list of its terms: each term an item, its inline the term, its
      // definitions its details.
      case 'dl_open':
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (token.type === 'dl_open') terms.push(false)
        if (listDepth === 0) {
          list = { kind: 'list', items: [], at: lineAt(token) }
          blocks.push(list)
        }
        listDepth++
        break
      case 'dl_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (token.type === 'dl_close' && terms.pop()) open.pop()
        listDepth--
        if (listDepth === 0) {
          list = undefined
          item = undefined
        }
        break
      case 'dt_open':
      case 'list_item_open': {
        if (token.type === 'dt_open') {
          // A term closes the one before it (its definitions were its details and children).
          if (terms[terms.length - 1]) open.pop()
          terms[terms.length - 1] = true
        }
        const opened: ListItem = {
          inline: { spans: [], at: lineAt(token) },
          details: [],
          children: [],
          at: lineAt(token)
        }
        if (listDepth === 1 && list) {
          item = opened
          list.items.push(item)
        } else {
          open[open.length - 1]?.children.push(opened)
        }
        open.push(opened)
        if (token.type === 'dt_open') {
          // The term is the item's label, bold as "**Ledger** — Owns invoices" writes it.
          const term = inlineOf(i + 1, lineAt(token))
          opened.inline = { ...term, spans: term.spans.map((span) => ({ ...span, strong: true })) }
        }
        break
      }
      case 'dd_open':
        defining = open[open.length - 1]
        break
      case 'list_item_close':
        open.pop()
        break
      case 'table_open':
        if (!item && quoteDepth === 0) {
          table = { kind: 'table', header: [], rows: [], at: lineAt(token) }
          blocks.push(table)
        }
        break
      case 'table_close':
        if (table) promoteHeaderRow(table)
        table = undefined
        break
      case 'tr_open':
        row = []
        if (table && table.header.length > 0) {
          const index = token.map?.[0] ?? 0
          table.rows.push({
            cells: row,
            at: lineAt(token),
            written: writtenCells(lines[index] ?? '')
          })
        } else if (table) table.header = row
        break
      case 'th_open':
      case 'td_open':
        if (row) row.push(inlineOf(i + 1, table?.rows.at(-1)?.at ?? table?.at ?? lineAt(token)))
        break
      case 'heading_open':
      case 'paragraph_open': {
        const at = lineAt(token)
        const inline = inlineOf(i + 1, at)
        if (defining && defining === open[open.length - 1] && token.type === 'paragraph_open') {
          // A term's first definition is the text after its label: "**Ledger** — Owns invoices".
          const dash: Span = { text: ' — ', at: inline.at }
          defining.inline = {
            ...defining.inline,
            spans: [...defining.inline.spans, dash, ...inline.spans]
          }
          defining = undefined
        } else if (item) {
          if (item.inline.spans.length === 0 && item.details.length === 0) item.inline = inline
          else item.details.push(inline)
          // A nested item's first paragraph is its own text too.
          const innermost = open[open.length - 1]
          if (innermost && innermost !== item && innermost.inline.spans.length === 0) {
            innermost.inline = inline
          }
        } else if (token.type === 'heading_open' && quoteDepth === 0) {
          const setext = token.markup === '=' || token.markup === '-'
          blocks.push({
            kind: 'heading',
            depth: Number(token.tag.slice(1)),
            inline: headingWithinTextLimit(inline),
            ...(setext && { setext: true as const })
          })
        } else {
          const [start, end] = token.map ?? [0, 0]
          const piped = quoteDepth === 0 ? pipedTable(lines, start, end) : undefined
          if (piped) {
            blocks.push(piped)
            break
          }
          const named = quoteDepth === 0 ? namedLines(lines, start, end) : undefined
          if (named) {
            blocks.push({ kind: 'list', items: named, at })
            break
          }
          const typed = quoteDepth === 0 ? typedList(lines, start, end) : undefined
          if (typed) {
            if (typed.intro) blocks.push({ kind: 'paragraph', inline: typed.intro })
            blocks.push({ kind: 'list', items: typed.items, at: typed.items[0].at })
            break
          }
          let fields = false
          for (let l = start; l < end && !fields; l++) fields = keepsLineBreaks(lines[l] ?? '')
          const labelled = fields || quoteDepth > 0 ? undefined : labelLines(lines, start, end)
          blocks.push(
            fields
              ? { kind: 'paragraph', inline, lines: lines.slice(start, end) }
              : labelled
                ? { kind: 'paragraph', inline, labelLines: labelled }
                : { kind: 'paragraph', inline }
          )
        }
        break
      }
      case 'fence':
      case 'code_block':
        if (!item) {
          blocks.push({
            kind: 'other',
            what: 'code',
            at: lineAt(token),
            // The fence's language and text: a mermaid org chart is read for its units.
            text: token.type === 'fence' ? `${token.info.trim()}\n${token.content}` : ''
          })
        }
        break
      case 'html_block': {
        if (item) break
        // A table written in HTML reads as the table it shows; other markup says nothing.
        const tables = quoteDepth === 0 ? htmlTableBlocks(token, lines) : []
        const cards = tables.length === 0 ? memberCards(token.content) : []
        const headings = tables.length === 0 && quoteDepth === 0 ? htmlHeadings(token.content) : []
        if (tables.length > 0) blocks.push(...tables)
        else if (headings.length > 0) {
          const first = lineAt(token)
          for (const heading of headings) {
            const at = { line: first.line + heading.offset, column: heading.column }
            // A card's header is one level below the heading its cards are under.
            const above = blocks.findLast((b) => b.kind === 'heading' && !cardHeaders.has(b))
            const depth =
              heading.depth ?? Math.min(6, (above?.kind === 'heading' ? above.depth : 1) + 1)
            const block: Block = {
              kind: 'heading',
              depth,
              inline: headingWithinTextLimit({ spans: [{ text: heading.text, at }], at })
            }
            if (heading.depth === undefined) cardHeaders.add(block)
            blocks.push(block)
          }
        } else if (cards.length > 0) {
          // Cards one after another are one list of people, as the page shows them.
          const first = lineAt(token)
          for (const card of cards) {
            const at = { line: first.line + card.offset, column: 1 }
            const person: ListItem = {
              inline: { spans: [{ text: card.text, at }], at },
              details: [],
              children: [],
              at
            }
            const last = blocks[blocks.length - 1]
            if (last?.kind === 'list' && cardLists.has(last)) last.items.push(person)
            else {
              const people: Extract<Block, { kind: 'list' }> = { kind: 'list', items: [person], at }
              cardLists.add(people)
              blocks.push(people)
            }
          }
        } else blocks.push({ kind: 'other', what: 'html', at: lineAt(token) })
        break
      }
      case 'hr':
        if (!item) blocks.push({ kind: 'other', what: 'rule', at: lineAt(token) })
        break
    }
  }
  return blocks
}

/** The text of an inline run as one line: what titles, names and summaries are made of. */
/** A list item of one plain text, at one place: a name read elsewhere, handled as a list's line. */
export function textItem(text: string, at: Position): ListItem {
  return { inline: { spans: [{ text, at }], at }, details: [], children: [], at }
}

/**
 * A heading cut at MAX_TEXT_LENGTH characters: a catalog keeps no longer text, as a name or as
 * its summary, so the rest could never reach the catalog, and each reading of the heading (as a
 * name, a kind of section, a page's title) would otherwise scan all of it.
 */
function headingWithinTextLimit(inline: Inline): Inline {
  let room = MAX_TEXT_LENGTH
  const spans: Span[] = []
  for (const span of inline.spans) {
    if (room <= 0) break
    spans.push(span.text.length > room ? { ...span, text: span.text.slice(0, room) } : span)
    room -= span.text.length
  }
  return spans.length === inline.spans.length && room >= 0 ? inline : { ...inline, spans }
}

export function plainText(inline: Inline | Span[]): string {
  const spans = Array.isArray(inline) ? inline : inline.spans
  return spans
    .map((span) => span.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A kramdown inline attribute list: "## Priority {:#priority}", "[Playbook](…){: .external}".
 * kramdown (Jekyll's and Google's developer-site markdown) reads it as the element's id, class or
 * attributes, never as text; CommonMark leaves it in the text, where it would end a team's name.
 * Only ids, classes and key="value" pairs: "{:ok, pid}" in code stays text. Bounded, and with
 * a space before each key, so a long run of word characters after "{:" is read once.
 */
const ATTRIBUTE_LIST =
  /\{:[ \t]*(?:[#.][\w:-]{1,100}|[\w-]{1,100}=(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'))(?:[ \t]*[#.][\w:-]{1,100}|[ \t]+[\w-]{1,100}=(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'))*[ \t]*\}/gu

/**
 * A person's card written as an MDX or JSX component: '<TeamMember name="Ada Brightwater"
 * title="Engineer at Fernhill Labs">' (react.dev's team page), '<Member name="…" role="…" />'. It
 * shows one person, named by its `name` attribute, with the role its `title` or `role` gives:
 * read as the line "Ada Brightwater, Engineer at Fernhill Labs" of a list of people. Only a
 * capitalized component's tag that says it is about a person; its inner text (a biography) is
 * not read.
 */
const MEMBER_CARD =
  /^<([A-Z][A-Za-z0-9]{0,40}(?:Member|Person|Profile|Maintainer|Contributor|Staff)[A-Za-z0-9]{0,20}|Member|Person|Profile|Maintainer|Contributor)\b([^<>]{0,2000})\/?>/u
const CARD_ATTRIBUTE = /\b(name|title|role)=(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')/gu

/** Headings that are cards' headers: the next card's header is their sibling. */
const cardHeaders = new WeakSet<Block>()

/** The lists made of member cards, which a next card joins. */
const cardLists = new WeakSet<Block>()

/** Whether a list is made of member cards: each of its lines shows a person, whatever the role. */
export function isCardList(block: Block): boolean {
  return cardLists.has(block)
}

/**
 * The person lines of an HTML block's member cards, each with its line in the block: one card
 * a line. A run of cards with no blank line between them is one
 * block to markdown-it; each card is a person.
 */
function memberCards(html: string): { text: string; offset: number }[] {
  const cards: { text: string; offset: number }[] = []
  html.split('\n').forEach((line, offset) => {
    const text = memberCard(line)
    if (text) cards.push({ text, offset })
  })
  return cards
}

/** The person line a member card shows ("Ada Brightwater, Engineer at Fernhill Labs"), if it is one. */
function memberCard(html: string): string | undefined {
  const tag = MEMBER_CARD.exec(html.trimStart())
  if (!tag) return undefined
  const values = new Map<string, string>()
  for (const found of tag[2].matchAll(CARD_ATTRIBUTE)) {
    const value = (found[2] ?? found[3]).replace(/\s+/gu, ' ').trim()
    if (value && !values.has(found[1])) values.set(found[1], value)
  }
  const name = values.get('name')
  if (!name || !/^\p{Lu}/u.test(name)) return undefined
  const role = values.get('title') ?? values.get('role')
  // "Backend developer, Oslo": a role with a place after it reads as one bracket, not as more
  // names after the person's.
  if (role?.includes(',')) return `${name} (${role})`
  return role ? `${name}, ${role}` : name
}

/**
 * An MDX comment after a heading or in a paragraph: "{/" then "*react-core*" then "/}", the
 * heading id react.dev-style MDX sites write where Docusaurus writes "{#react-core}", or a note
 * to the page's editors. MDX never shows it; read as markdown its asterisks become emphasis,
 * leaving "{/react-core/}" at the end of a team's name. Bounded, one line, no brace inside.
 */
const MDX_COMMENT = /\{\/\*?[^{}\n]{0,200}?\*?\/\}/gu

/**
 * A MyST role written before a code span: "{ref}", "{doc}", "{term}". Sphinx shows the
 * reference, never the role's name or the code span's backticks.
 */
const MYST_ROLE = /\{(?:ref|doc|term|any|numref|external(?:\+[\w-]+)?(?::[\w-]+)*)\}$/u

/**
 * What a role's reference shows: the title before the target in angle brackets ("HPC Team
 * <hpc-team>"), else the target's section title, which its label spells ("desktop-team" is
 * "Desktop Team", "qa-team" "QA Team"; "teams/translations" the page's last part).
 */
function roleTitle(reference: string): string {
  const titled = /^(.*?\S)\s*<[^<>]*>$/u.exec(reference.trim())
  if (titled) return titled[1]
  const label = reference.trim().split('/').pop() ?? ''
  return label
    .split(/[-_\s]+/u)
    .filter(Boolean)
    .map((word) =>
      word.length <= 2 ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)
    )
    .join(' ')
}

function readInline(token: Token, at: Position, lines: string[]): Inline {
  const locateLink = linkLocator(lines, token.map)
  const spans: Span[] = []
  let link: Span | undefined
  let text = ''
  let strong = 0
  const flush = (): void => {
    if (text.includes('{:')) text = text.replace(ATTRIBUTE_LIST, '')
    if (text.includes('{/')) text = text.replace(MDX_COMMENT, '').replace(/[ \t]+$/u, '')
    if (text) spans.push(strong > 0 ? { text, strong: true, at } : { text, at })
    text = ''
  }
  const children = token.children ?? []
  for (let i = 0; i < children.length; i++) {
    const child = children[i]
    switch (child.type) {
      case 'strong_open':
        flush()
        strong++
        if (link) link.strong = true
        break
      case 'strong_close':
        flush()
        strong = Math.max(0, strong - 1)
        break
      case 'text':
        if (link) link.text += child.content
        else text += child.content
        break
      case 'code_inline': {
        // "{ref}`desktop-team`": a MyST role, its code span the reference it shows as a title.
        const role = link ? undefined : MYST_ROLE.exec(text)
        if (role) text = text.slice(0, role.index) + roleTitle(child.content)
        else if (link) link.text += child.content
        else text += child.content
        break
      }
      case 'softbreak':
      case 'hardbreak':
        if (link) link.text += ' '
        else text += ' '
        break
      case 'link_open': {
        flush()
        const href = String(child.attrGet('href') ?? '')
        link = {
          text: '',
          href,
          at: locateLink(href) ?? at,
          ...(strong > 0 ? { strong: true } : {})
        }
        break
      }
      case 'link_close':
        if (link) spans.push(link)
        link = undefined
        break
      // Images, inline HTML and emphasis markers carry no text a catalog can use.
    }
  }
  if (link) spans.push(link)
  flush()
  return { spans, at }
}

/**
 * "**Mission:** Own checkout", "**Lead:** Ana Ruiz", "Size: 6 engineers": a line that opens on a
 * short label, bold or plain, then its value.
 */
const LABEL_LINE = /^(?:\*\*|__)?[^\s:*_][^:*_]{0,39}(?::(?:\*\*|__)|(?:\*\*|__)?:)[ \t]+\S/u

/**
 * A paragraph's lines, each read as its own inline text, when two or more of them open on a
 * label: a card of a team's fields written a line each (with or without hard breaks), which
 * its joined text would run together ("Own checkout Lead: Ana Ruiz Size: 6 engineers").
 */
function labelLines(lines: string[], start: number, end: number): Inline[] | undefined {
  if (end - start < 2) return undefined
  let labelled = 0
  for (let l = start; l < end; l++) if (LABEL_LINE.test(lines[l]?.trimStart() ?? '')) labelled++
  if (labelled < 2) return undefined
  const read: Inline[] = []
  for (let l = start; l < end; l++) {
    const at = startOfLine(lines, l)
    // A hard break's marks ("  " or "\\" at the line's end) are no part of the value.
    const [inline] = markdown.parseInline((lines[l] ?? '').replace(/(?:\\|[ \t]+)$/u, ''), {})
    const text = inline ? readInline(inline, at, []) : { spans: [], at }
    if (text.spans.length > 0) read.push(text)
  }
  return read
}

/**
 * "Ledger – owns invoices and refunds": a line that opens on a name of a few capitalized words
 * (plain, bold or linked), then a spaced dash and what it is.
 */
const NAMED_LINE =
  /^(?:\*\*|__|\[)?\p{Lu}[\p{L}\p{N}&'.]*(?:[ \t]+[\p{L}\p{N}&'.]+){0,4}(?:\*\*|__|\]\([^)]*\))?[ \t]+[–—-][ \t]+\S/u

/**
 * A bullet typed or pasted as a character ("• ", "▪ ", "➤ ", "🔹 ", "✅ "): the line is a list's
 * item all the same, its text after the bullet.
 */
const TYPED_BULLET = /^(?:[•·▪▫▸►▶➤➔→‣⁃◆◇■□●○✓✔]|\p{Extended_Pictographic})\uFE0F?[ \t]+/u

/** Fewer lines than this, each a name and its text, are a sentence broken by chance. */
const NAMED_LINES = 3

/**
 * A paragraph whose every line is a name and what it is ("Ledger – owns invoices", "• Lookup –
 * owns search"): the list it would be with a bullet before each line (markdown joins the lines
 * into one paragraph), an item a line.
 */
function namedLines(lines: string[], start: number, end: number): ListItem[] | undefined {
  if (end - start < NAMED_LINES) return undefined
  const item = (l: number): string => (lines[l] ?? '').trim().replace(TYPED_BULLET, '')
  for (let l = start; l < end; l++) if (!NAMED_LINE.test(item(l))) return undefined
  const items: ListItem[] = []
  for (let l = start; l < end; l++) {
    items.push(lineItem(lines, l))
  }
  return items
}

/** A line of a paragraph read on its own inline text, what `from` matches (a typed bullet) left out. */
function lineInline(lines: string[], l: number, from?: RegExp): Inline {
  const at = startOfLine(lines, l)
  const text = (lines[l] ?? '').trim()
  const [inline] = markdown.parseInline(from ? text.replace(from, '') : text, {})
  return inline ? readInline(inline, at, []) : { spans: [], at }
}

/** A line of a paragraph read as a list's item, its typed bullet left out. */
function lineItem(lines: string[], l: number): ListItem {
  const inline = lineInline(lines, l, TYPED_BULLET)
  return { inline, details: [], children: [], at: inline.at }
}

/** Fewer lines than this, each opening on a typed bullet, are no list. */
const TYPED_ITEMS = 2

/**
 * A paragraph whose lines open on a typed bullet ("Our teams:" over "• Ledger", "• Lookup"),
 * as pasted from a document: the list it shows, each line an item, after the line before the
 * first bullet (its introduction, kept as a paragraph). Undefined unless every line after the
 * first opens on a bullet.
 */
function typedList(
  lines: string[],
  start: number,
  end: number
): { intro?: Inline; items: ListItem[] } | undefined {
  const bulleted = (l: number) => TYPED_BULLET.test((lines[l] ?? '').trim())
  const first = bulleted(start) ? start : start + 1
  if (end - first < TYPED_ITEMS) return undefined
  for (let l = first; l < end; l++) if (!bulleted(l)) return undefined
  const items: ListItem[] = []
  for (let l = first; l < end; l++) {
    items.push(lineItem(lines, l))
  }
  return first > start ? { intro: lineInline(lines, start), items } : { items }
}

/**
 * A table whose header row is empty, its names in the first row ("|  |  |" over "| **Team** |
 * **Lead** |"), as a word processor's export writes it: that row is the header.
 */
function promoteHeaderRow(table: TableBlock): void {
  const [first] = table.rows
  if (!first || table.header.some((cell) => plainText(cell).trim() !== '')) return
  if (first.cells.every((cell) => plainText(cell).trim() === '')) return
  table.header = first.cells
  table.rows.shift()
}

/** The tables an HTML block writes (html-tables.ts), as the blocks a GFM table gives. */
function htmlTableBlocks(token: Token, lines: string[]): TableBlock[] {
  const first = token.map?.[0] ?? 0
  const cell = (text: string, at: Position): Inline => {
    const [inline] = markdown.parseInline(text, {})
    return inline ? readInline(inline, at, []) : { spans: [], at }
  }
  return htmlTables(token.content).map((table) => {
    const at = startOfLine(lines, first + table.line)
    return {
      kind: 'table',
      header: table.header.map((text) => cell(text, at)),
      rows: table.rows.map((row) => {
        const rowAt = startOfLine(lines, first + row.line)
        const cells = row.cells.map((text) => cell(text, rowAt))
        // Padded or cut to the header's width, as a GFM table's ragged rows are.
        const fitted = table.header.map((_, i) => cells[i] ?? { spans: [], at: rowAt })
        return { cells: fitted, at: rowAt, written: cells.length }
      }),
      at
    }
  })
}

/** A line written as a table row: a pipe first and last. */
const PIPE_ROW = /^[ \t]*\|.*\|[ \t]*$/u

/**
 * A paragraph whose every line is a row of pipes, with as many cells in each, read as the table
 * its author wrote: without the delimiter row GFM requires (`|---|---|`) it is a paragraph to
 * GitHub, but wiki exports and hand-written pages write tables so (Confluence heads its columns
 * with `||Team||Lead||`). Its first line is the header. Undefined for anything else: one line, a
 * single cell, or rows of different widths (text that happens to hold pipes).
 */
function pipedTable(lines: string[], start: number, end: number): TableBlock | undefined {
  if (end - start < 2) return undefined
  const rows: { cells: Inline[]; at: Position; written: number }[] = []
  for (let l = start; l < end; l++) {
    const line = lines[l] ?? ''
    if (!PIPE_ROW.test(line)) return undefined
    const cells = pipeCells(line, l)
    if (cells.length < 2 || (rows.length > 0 && cells.length !== rows[0].cells.length)) {
      return undefined
    }
    rows.push({ cells, at: startOfLine(lines, l), written: cells.length })
  }
  const [header, ...body] = rows
  return { kind: 'table', header: header.cells, rows: body, at: header.at }
}

/** A pipe row's cells, each read as inline markdown (links and bold kept) at its column. */
function pipeCells(line: string, index: number): Inline[] {
  // Confluence's header row: `||Team||Lead||`.
  const doubled = /^[ \t]*\|\|/u.test(line)
  const first = line.indexOf('|')
  // Split on pipes not escaped: the parts before the first and after the last are empty.
  const parts = line
    .slice(first)
    .trimEnd()
    .split(doubled ? /(?<!\\)\|\|/u : /(?<!\\)\|/u)
  const width = doubled ? 2 : 1
  const cells: Inline[] = []
  let column = first + 1 // 1-based, at the first pipe
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (i > 0 && i < parts.length - 1) {
      const at = { line: index + 1, column: column + (part.length - part.trimStart().length) }
      const [token] = markdown.parseInline(part.trim(), {})
      cells.push(token ? readInline(token, at, []) : { spans: [], at })
    }
    column += part.length + width
  }
  return cells
}

/** The cells a table row's line holds: pipes not escaped or in code, outer ones aside. */
function writtenCells(line: string): number {
  const cells = line
    .trim()
    .replace(/^\|/u, '')
    .replace(/(?<!\\)\|$/u, '')
    .replace(/`[^`]*`/gu, '')
    .split(/(?<!\\)\|/u)
  return cells.length
}

/** Line and column of a line's content: past indentation and blockquote markers. */
function startOfLine(lines: string[], index: number): Position {
  const line = lines[index] ?? ''
  const indent = /^[ \t>]*/.exec(line)?.[0].length ?? 0
  return { line: index + 1, column: indent + 1 }
}

/** How far ahead of the previous link to look for the next one: keeps a 100,000-link line linear. */
const LINK_SEARCH_WINDOW = 2000

/**
 * Finds where each link of a block starts (its `[`) from its target in the source lines, since
 * markdown-it keeps no columns. Links come in source order, so each search starts where the
 * last one ended. Undefined when the target was written differently (escaped, or a reference).
 */
function linkLocator(
  lines: string[],
  map: [number, number] | null
): (href: string) => Position | undefined {
  let index = map?.[0] ?? 0
  let from = 0
  const end = Math.min(map?.[1] ?? 0, lines.length)
  return (href) => {
    if (!href) return undefined
    for (let i = index; i < end; i++) {
      const start = i === index ? from : 0
      const window = lines[i].slice(start, start + LINK_SEARCH_WINDOW)
      let found = window.indexOf(`](${href}`)
      let column = found === -1 ? -1 : window.lastIndexOf('[', found)
      if (found === -1) {
        found = window.indexOf(`<${href}>`)
        column = found
      }
      if (found !== -1) {
        index = i
        from = start + found + href.length
        return { line: i + 1, column: start + Math.max(column, 0) + 1 }
      }
      if (i - index > 3) break
    }
    return undefined
  }
}
