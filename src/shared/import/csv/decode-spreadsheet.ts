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
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding:
        'Windows-1252 (Latin-1): it is not UTF-8; save it as "CSV UTF-8" if a name reads wrong'
    }
  }
}
