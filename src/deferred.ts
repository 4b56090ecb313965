// Modules that only some runs need — franc's language profiles, the HTML
// parser, retext-equality's word lists — are imported when a run first needs
// them, not when brandvoice starts: each costs tens of milliseconds to load,
// and a pre-commit hook linting one Markdown file needs none of them.
//
// Linting a file stays synchronous, so a module is loaded before the file is
// linted: a rule or a format names what it needs (`requires`), and
// prepareLint (src/prepare-lint.ts) loads what the config's rules and the
// file's format need.

export class Deferred<T> {
  #value: T | undefined
  #loading: Promise<T> | undefined

  constructor(
    /** What is loaded, for the message when it is used too early. */
    readonly name: string,
    readonly load: () => Promise<T>
  ) {}

  get loaded(): boolean {
    return this.#value !== undefined
  }

  async ready(): Promise<void> {
    this.#loading ??= this.load()
    this.#value = await this.#loading
  }

  /** The module; it must have been loaded (prepareLint does it). */
  get value(): T {
    if (this.#value === undefined) throw new Error(`${this.name} was used before it was loaded: lint through prepareLint first`)
    return this.#value
  }
}

export function deferred<T>(name: string, load: () => Promise<T>): Deferred<T> {
  return new Deferred(name, load)
}
