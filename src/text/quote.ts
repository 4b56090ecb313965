// How messages quote copy: typographic quotes, line breaks shown as spaces,
// alternatives joined with “or”.

export function quote(text: string): string {
  return `“${text.replace(/\s+/gu, ' ')}”`
}

export function quoteAlternatives(texts: readonly string[]): string {
  const quoted = texts.map(quote)
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}
