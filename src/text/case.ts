// Give a suggestion the case of the text it replaces: User → Customer,
// USER → CUSTOMER, user → customer. A suggestion with its own capitals
// (a brand name such as “GitHub”) keeps them unless the match is all capitals.

export function matchCase(replacement: string, sample: string): string {
  const letters = sample.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase()
  }
  const first = sample.match(/\p{L}/u)?.[0]
  if (first && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}
