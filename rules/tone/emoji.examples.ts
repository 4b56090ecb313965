import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'Emoji in an e-mail signature',
    touchpoint: 'email-signature',
    text: 'Best regards,\nAna Pop 👋\nCustomer Care 📞 +40 21 000 0000\n',
    messages: [
      '2:9-2:11: Emoji are not used in e-mail signatures: remove “👋”.',
      '3:15-3:17: Emoji are not used in e-mail signatures: remove “📞”.'
    ]
  },
  {
    title: '©, ® and ™ written as text are not emoji',
    language: 'ro',
    touchpoint: 'email-signature',
    text: 'Cu stimă,\nEchipa Acme™\n© 2025 Acme® SRL. Toate drepturile rezervate.\n',
    messages: []
  },
  {
    title: 'A welcome message may use emoji',
    language: 'pl',
    touchpoint: 'welcome',
    text: 'Witamy w Acme 🎉 Twoje konto jest gotowe 👍\n',
    messages: []
  },
  {
    title: 'At most one per social post: a flag, a skin tone and a family count once each',
    language: 'ca',
    touchpoint: 'social-post',
    config: {touchpoints: {'social-post': {tone: {emoji: 1}}}},
    text: 'Bon dia 👋🏽 Ja som a Barcelona 🇪🇸 per a tota la família 👨‍👩‍👧\n',
    messages: [
      '1:33-1:37: Second emoji in this social post; keep to 1 per file: remove “🇪🇸”.',
      '1:60-1:68: Third emoji in this social post; keep to 1 per file: remove “👨‍👩‍👧”.'
    ]
  },
  {
    title: 'Emoji in code or a URL are not counted',
    touchpoint: 'support-reply',
    config: {touchpoints: {'support-reply': {tone: {emoji: 'forbid'}}}},
    text: 'React with `:+1:` or `👍` to vote; see https://example.com/👍 for details.\n',
    messages: []
  }
]

export default examples
