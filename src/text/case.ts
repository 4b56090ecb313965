// Give a suggestion the case of the text it replaces: User → Customer,
// USERS → CUSTOMERS, user → customer. A suggestion with its own capitals
// (a brand name such as “GitHub”) keeps them unless the match is shouted.

/** The text with its first letter in capitals (“this support reply” → “This support reply”). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function matchCase(replacement: string, sample: string, written?: string): string {
  // Copy that writes the term exactly as the config does (ASAP, SMS) gets the
  // replacement exactly as the config writes it.
  if (written !== undefined && sample === written) return replacement
  const letters = sample.replace(/[^\p{L}]/gu, '')
  // Capitals over three letters are shouting (USERS → CUSTOMERS); shorter ones
  // are acronyms (IT), whose replacement keeps its own case.
  if (letters.length > 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase()
  }
  const first = sample.match(/\p{L}/u)?.[0]
  if (first && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}
