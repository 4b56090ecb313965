import type {RuleExample} from '../../src/rule-api.js'

const handlebars = {placeholders: {syntax: 'handlebars' as const, variables: ['first_name', 'order_id', 'agent_name']}}

const examples: RuleExample[] = [
  {
    title: 'Draft notes and filler text left in a welcome e-mail',
    touchpoint: 'welcome',
    text: '# Welcome to Inoveo!\n\nTODO: add the discount code. Lorem ipsum dolor sit amet.\n',
    messages: [
      '3:1-3:5: “TODO” is a note for the writer: finish the copy before a customer reads it.',
      '3:30-3:41: “Lorem ipsum” is filler text: replace it with the real copy.'
    ]
  },
  {
    title: 'Unfilled bracketed names in a Polish support reply',
    language: 'pl',
    touchpoint: 'support-reply',
    text: 'Dzień dobry [IMIĘ],\n\ndziękujemy za wiadomość.\n\nPozdrawiam,\n<AGENT NAME>\n',
    messages: [
      '1:13-1:19: “[IMIĘ]” looks like a placeholder nobody filled in: write the real text.',
      '6:1-6:13: “<AGENT NAME>” looks like a placeholder nobody filled in: write the real text.'
    ]
  },
  {
    title: 'Status tags in capitals are copy, not placeholders',
    language: 'ro',
    touchpoint: 'notification',
    text: '[ANULAT] Comanda dumneavoastră nr. 1042 a fost anulată.\n',
    messages: []
  },
  {
    title: 'A typo in a variable and a placeholder of another syntax, with the brand’s syntax configured',
    config: handlebars,
    touchpoint: 'support-reply',
    text: 'Hi {{frist_name}},\n\nyour order {{order_id}} ships today. Use {coupon} at checkout.\n\n{{agent_name}}\n',
    messages: [
      '1:4-1:18: “frist_name” is not one of the template’s variables: did you mean “first_name”?',
      '3:42-3:50: “{coupon}” is written in another template syntax than this brand’s (handlebars), so it would reach the customer as written; write “{{coupon}}”.'
    ]
  },
  {
    title: 'Known variables, block helpers and placeholders in code are fine',
    config: handlebars,
    language: 'ca',
    text: 'Hola {{first_name}}! {{#if order_id}}La comanda {{order_id}} ja és en camí.{{/if}}\n\nA la plantilla, escriviu `{nom}` per al nom.\n',
    messages: []
  },
  {
    title: 'Without a configured syntax, every placeholder shape is left alone; Spanish “Todo” is a word',
    language: 'es',
    text: 'Hola {nombre}, %{pedido} y {{codigo}}: todo listo. Todo está en camino.\n',
    messages: []
  }
]

export default examples
