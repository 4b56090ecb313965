// How the tone rules count in messages: “Third exclamation mark …”.
const words = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth']

/** 1 → “First”, 11 → “11th”, 22 → “22nd”. */
export function ordinal(n: number): string {
  if (n >= 1 && n <= words.length) return words[n - 1]!
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({1: 'st', 2: 'nd', 3: 'rd'} as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}
