// The kinds of customer touchpoint brandvoice knows. A file's touchpoint
// decides which rules and lexicon entries apply to it.
export const touchpointTypes = [
  'welcome',
  'email-signature',
  'support-reply',
  'onboarding-email',
  'notification',
  'marketing',
  'social-post',
  'web-page',
  'generic'
] as const

export type TouchpointType = (typeof touchpointTypes)[number]

export function isTouchpointType(value: string): value is TouchpointType {
  return (touchpointTypes as readonly string[]).includes(value)
}
