/**
 * The few XML helpers the SVG writer needs. Catalog text is user input: everything that goes
 * into text or an attribute passes through `escapeXml`, so a team called `<b>"R&D"</b>` is
 * drawn as written and cannot break the document.
 */

// Characters XML 1.0 forbids anywhere, even escaped; a pasted control character would make the
// whole file unreadable, so it is dropped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export type Attributes = Record<string, string | number | undefined>

/** ` name="value"` pairs; undefined values are left out, numbers rounded to 2 decimals. */
export function attrs(attributes: Attributes): string {
  let out = ''
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`
  }
  return out
}

/** An element; with no children it is self-closed. Children are already-serialized XML. */
export function el(name: string, attributes: Attributes, children?: string): string {
  return children === undefined
    ? `<${name}${attrs(attributes)}/>`
    : `<${name}${attrs(attributes)}>${children}</${name}>`
}

/** Short, stable number formatting: the same input always gives the same bytes. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100)
}
