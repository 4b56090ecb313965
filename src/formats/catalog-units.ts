// What a catalog parser gives back: each string value with its key path and
// where its characters sit in the catalog's source, or the one problem that
// stops the catalog from being read.
import type {SourceMap} from './catalog-align.js'

export interface CatalogUnit {
  /** Key path from the root: `["ro", "user_mailer", "welcome", "subject"]`; list items are their index. */
  keys: string[]
  value: string
  /** Source offset where the value's text starts (inside any quotes, after a block header). */
  start: number
  /** Undefined when the value cannot be placed exactly in the source. */
  map: SourceMap | undefined
}

export type CatalogParse = {units: CatalogUnit[]; rootKeys: string[]} | {problem: {offset: number; reason: string}}
