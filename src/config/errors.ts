// A config problem the user must fix before anything is linted (exit 2).

export class ConfigError extends Error {
  readonly file: string | undefined
  readonly line: number | undefined
  readonly column: number | undefined

  constructor(message: string, place: {file?: string; line?: number; column?: number} = {}) {
    super(message)
    this.name = 'ConfigError'
    this.file = place.file
    this.line = place.line
    this.column = place.column
  }

  /** `file:line:column: message`, as editors and terminals link it. */
  override toString(): string {
    let where = this.file ?? 'config'
    if (this.line !== undefined) where += `:${this.line}:${this.column ?? 1}`
    return `${where}: ${this.message}`
  }
}
