// Sizes on the bench's command line (`--generate 20MB`, `--sample 1MB`), in
// decimal units as the MB/s figures are: 1 KB = 1,000 bytes, 1 MB = 1,000,000.
const units: Record<string, number> = {b: 1, kb: 1e3, mb: 1e6, gb: 1e9}

export class SizeError extends Error {}

/** Bytes for a size such as `500KB`, `20MB` or `1.5mb`; `option` names the flag in the message. */
export function parseSize(text: string, option: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)\s*$/i.exec(text)
  const bytes = match ? Number(match[1]) * units[match[2]!.toLowerCase()]! : NaN
  if (!(bytes >= 1)) throw new SizeError(`${option} expects a size such as 500KB or 20MB, not “${text}”.`)
  return Math.round(bytes)
}

