// Language tags as brandvoice uses them: BCP 47, compared by primary subtag.

export const languageTagPattern = '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'

export function primarySubtag(tag: string): string {
  return tag.split('-')[0]!.toLowerCase()
}

/** Whether `tag` (such as `ro-RO`) falls under one of `ranges` (such as `ro`). */
export function languageMatches(tag: string, ranges: readonly string[]): boolean {
  const lower = tag.toLowerCase()
  return ranges.some(function (range) {
    const r = range.toLowerCase()
    return lower === r || lower.startsWith(r + '-')
  })
}

export function isEnglish(tag: string): boolean {
  return primarySubtag(tag) === 'en'
}

// Made on first use: the first Intl.DisplayNames loads ICU's names, about 20 ms.
let displayNames: Intl.DisplayNames | undefined

/** The language's English name for messages (ro → Romanian); the tag itself when Intl does not know it. */
export function languageName(tag: string): string {
  displayNames ??= new Intl.DisplayNames(['en'], {type: 'language'})
  try {
    return displayNames.of(tag) ?? tag
  } catch {
    return tag
  }
}
