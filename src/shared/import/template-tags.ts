/**
 * Hugo shortcodes (`{{< tabs >}}`, `{{% alert %}}`) and Liquid tags (`{% include x %}`,
 * `{{ page.title }}`) on one line, at most 500 characters: bounded, so a guide full of unclosed
 * `{{<` stays linear.
 */
const TEMPLATE_TAG = /\{\{[<%][^\n]{0,500}?[%>]\}\}|\{%[^\n]{0,500}?%\}|\{\{[^\n{}]{0,500}?\}\}/gu

/**
 * A static-site page's text with its template tags taken out: they are markup for the site
 * generator, not words of the guide. Line breaks are kept, so every line number still holds
 * (not spaces in their place: four of them at a line's start would make it a code block).
 */
export function blankTemplateTags(text: string): string {
  return text.replace(TEMPLATE_TAG, '')
}
