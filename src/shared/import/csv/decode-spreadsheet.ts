/** A spreadsheet's bytes as text, and the encoding they were read as when it was not UTF-8. */
export interface DecodedSpreadsheet {
  text: string
  /** Said in the import's notes: "UTF-16 (little-endian)", "Windows-1252 (Latin-1)". */
  encoding?: string
}

/**
 * Decodes a CSV as Excel and other tools save it: UTF-8 (with or without a byte-order mark),
 * UTF-16 with its byte-order mark ("Unicode text"), or, when the bytes are not valid UTF-8, the
 * Windows-1252 superset of Latin-1 that older Excel versions write ("CSV (Comma delimited)"):
 * every byte is a character there, so nothing is lost and "Café" reads as written.
 */
export function decodeSpreadsheet(bytes: Uint8Array): DecodedSpreadsheet {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16 (little-endian)' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16 (big-endian)' }
  }
  // UTF-16 saved without a byte-order mark: ASCII text has every other byte zero.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16 (little-endian)' }
  }
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16 (big-endian)' }
  }
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding:
        'Windows-1252 (Latin-1): it is not UTF-8; save it as "CSV UTF-8" if a name reads wrong'
    }
  }
}

/**
 * Windows-1252 as the Encoding Standard defines it (what browsers decode): Latin-1, but for
 * 0x80–0x9F, where it has "€", "–", curly quotes and more. Decoded here rather than by
 * TextDecoder: Node's (20 and 22) reads the label as ISO-8859-1, turning "–" into the control
 * character U+0096, which a catalog then refuses.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  const CHUNK = 8192
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_C1[byte - 0x80] : byte
    )
    text += String.fromCharCode(...codes)
  }
  return text
}

/**
 * The code points of bytes 0x80–0x9F in Windows-1252 (encoding.spec.whatwg.org, index
 * windows-1252); the five bytes it leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay the
 * C1 controls of the same number, as browsers decode them.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
]
