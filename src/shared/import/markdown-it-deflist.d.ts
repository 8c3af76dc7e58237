/** markdown-it-deflist ships no types: a markdown-it plugin, as markdown-it's own types define one. */
declare module 'markdown-it-deflist' {
  import type { PluginSimple } from 'markdown-it'
  const deflist: PluginSimple
  export default deflist
}
