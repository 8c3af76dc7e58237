import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Catalog } from '../../../src/shared/catalog/catalog'
import {
  ExportOptions,
  ExportView,
  type ExportOptionsInput
} from '../../../src/shared/export/options'
import { writeSvg, type SvgExport } from '../../../src/shared/export/svg'
import type { ExportFonts } from '../../../src/shared/export/fonts'
import { z } from 'zod'

/** writeSvg with schema defaults filled in, as every caller gets them. */
export function svgOf(
  catalog: Catalog,
  view: z.input<typeof ExportView> = {},
  options: ExportOptionsInput = {},
  fonts?: ExportFonts
): SvgExport {
  return writeSvg(catalog, ExportView.parse(view), ExportOptions.parse(options), fonts)
}

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

/**
 * Parses with a real XML parser (fast-xml-parser) after validating: a document a strict parser
 * rejects fails here, whatever a lenient browser would do with it.
 */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`invalid XML: ${valid.err.msg} at line ${valid.err.line}`)
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    processEntities: true,
    htmlEntities: false
  })
  type Raw = Record<string, unknown> & { ':@'?: Record<string, string> }
  const convert = (raw: Raw): XmlElement | undefined => {
    const name = Object.keys(raw).find((key) => key !== ':@')
    if (!name || name === '#text' || name === '?xml') return undefined
    const kids = (raw[name] as Raw[]) ?? []
    return {
      name,
      attributes: raw[':@'] ?? {},
      children: kids.map(convert).filter((c): c is XmlElement => c !== undefined),
      text: kids.map((k) => (k['#text'] === undefined ? '' : String(k['#text']))).join('')
    }
  }
  const roots = (parser.parse(xml) as Raw[]).map(convert).filter((c) => c !== undefined)
  if (roots.length !== 1) throw new Error(`expected one root element, got ${roots.length}`)
  return roots[0]!
}

export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child
    yield* descendants(child)
  }
}

/** The text of every <text> element inside `element`. */
export function texts(element: XmlElement): string[] {
  return [...descendants(element)].filter((e) => e.name === 'text').map((e) => e.text)
}

/** The <g> drawn for a node id. */
export function nodeGroup(root: XmlElement, id: string): XmlElement | undefined {
  return [...descendants(root)].find((e) => e.name === 'g' && e.attributes['data-node-id'] === id)
}
