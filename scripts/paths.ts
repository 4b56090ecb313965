// The project's root folder, whether this runs as TypeScript (scripts/, under
// vitest) or compiled (dist/scripts/).
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

export const root = path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '../..') : path.resolve(here, '..')
