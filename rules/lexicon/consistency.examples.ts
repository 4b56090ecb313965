import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A welcome message that writes e-mail two ways',
    text: 'Confirm your e-mail address to start. We sent the e-mail a minute ago; if the email is not there, check your spam folder.\n',
    messages: ['1:79-1:84: Write “e-mail” instead of “email”: this file writes “e-mail” twice.']
  },
  {
    title: 'A Romanian reply, inflected forms included',
    language: 'ro',
    text: 'Am trimis un email de confirmare. Dacă e-mail-ul nu a ajuns, verificați adresa de e-mail din cont.\n',
    messages: ['1:14-1:19: Write “e-mail” instead of “email”: this file writes “e-mail” twice.']
  },
  {
    title: 'A Polish notification: on a tie, the spelling used first wins',
    language: 'pl',
    text: 'Wi-Fi w biurze działa ponownie. Hasło do sieci WiFi znajdziesz w aplikacji.\n',
    messages: ['1:48-1:52: Write “Wi-Fi” instead of “WiFi”: this file writes “Wi-Fi” once.']
  },
  {
    title: 'One spelling throughout, in Catalan, is fine',
    language: 'ca',
    text: 'Hem rebut el vostre correu electrònic. Us respondrem per correu electrònic en un termini de dos dies.\n',
    messages: []
  },
  {
    title: 'A brand’s own group of spellings',
    config: {rules: {'lexicon/consistency': ['warning', {groups: [['sign-in', 'signin']]}]}},
    text: 'Use single sign-in for your team. Signin takes a second.\n',
    messages: ['1:35-1:41: Write “Sign-in” instead of “Signin”: this file writes “sign-in” once.']
  },
  {
    title: 'A verb and a noun that only look alike are not one thing',
    text: 'Log in with your login and password.\n',
    messages: []
  }
]

export default examples
