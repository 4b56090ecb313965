// Messages the engine itself puts on a file (not a rule's): a problem that
// stops the file from being linted, and a warning about how it is written.
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/** The file could not be linted (or a rule failed on it); with an offset, where. */
export function fatal(file: VFile, reason: string, offset?: number): void {
  const place = offset === undefined ? undefined : location(file).toPoint(offset)
  const message = file.message(reason, {...(place ? {place} : {}), source: 'brandvoice'})
  message.fatal = true
}

/** Something about the file brandvoice reads past, such as broken frontmatter. */
export function fileWarning(file: VFile, offset: number, reason: string): void {
  const message = file.message(reason, {place: location(file).toPoint(offset), source: 'brandvoice'})
  message.fatal = false
}
