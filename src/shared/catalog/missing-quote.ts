/** Where and how to report a quoted string whose closing quote is missing. */
export interface MissingQuote {
  offset: number
  message: string
  hint: string
}

/**
 * A missing closing quote for the string that opens at `start`, reported at the end of its first
 * line: where the quote belongs, whatever the parser read after it.
 */
export function missingQuote(text: string, start: number): MissingQuote {
  const quote = text[start]
  let end = text.indexOf('\n', start)
  if (end === -1) end = text.length
  if (text[end - 1] === '\r') end--
  return {
    offset: end,
    message: `missing closing ${quote}quote`,
    hint: `close the string with ${quote} on this line; a string that goes on to the next lines must indent them deeper than its key`
  }
}
