// Formats by file extension.
import path from 'node:path'
import {markdown} from './markdown.js'
import {plainText} from './plain-text.js'
import {html} from './html.js'
import type {Format} from './format.js'

export const formats: readonly Format[] = [markdown, plainText, html]

export const supportedExtensions: readonly string[] = formats.flatMap((format) => format.extensions)

export function formatFor(filePath: string): Format | undefined {
  const extension = path.extname(filePath).toLowerCase()
  return formats.find((format) => format.extensions.includes(extension))
}
