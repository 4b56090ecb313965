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

/** How a touchpoint type is written, built in or a brand's own (`brochure`, `sms-reminder`). */
export const touchpointNamePattern = '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$'

export function isTouchpointType(value: string): value is TouchpointType {
  return (touchpointTypes as readonly string[]).includes(value)
}

/** How messages name a file's touchpoint: “this support reply”, “in this support reply”, “in support replies”. */
export function touchpointWords(type: string): {this: string; inThis: string; inAll: string} {
  return touchpointPhrases[type as TouchpointType] ?? touchpointPhrases.generic
}

const touchpointPhrases: Record<TouchpointType, {this: string; inThis: string; inAll: string}> = {
  welcome: {this: 'this welcome message', inThis: 'in this welcome message', inAll: 'in welcome messages'},
  'email-signature': {this: 'this e-mail signature', inThis: 'in this e-mail signature', inAll: 'in e-mail signatures'},
  'support-reply': {this: 'this support reply', inThis: 'in this support reply', inAll: 'in support replies'},
  'onboarding-email': {this: 'this onboarding e-mail', inThis: 'in this onboarding e-mail', inAll: 'in onboarding e-mails'},
  notification: {this: 'this notification', inThis: 'in this notification', inAll: 'in notifications'},
  marketing: {this: 'this marketing copy', inThis: 'in this marketing copy', inAll: 'in marketing copy'},
  'social-post': {this: 'this social post', inThis: 'in this social post', inAll: 'in social posts'},
  'web-page': {this: 'this web page', inThis: 'on this web page', inAll: 'on web pages'},
  generic: {this: 'this file', inThis: 'in this file', inAll: 'in this brand’s copy'}
}
