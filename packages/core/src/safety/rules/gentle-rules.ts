/**
 * Gentle-check rules: words that never take over but deserve a soft "how are you doing?" —
 * low mood and hopelessness, and questions that name a crisis topic (suicide, overdose,
 * withdrawal, abuse) without anyone being in danger now.
 */
import type { CrisisRule } from '../crisis-rule.js';

export const GENTLE_RULES: readonly CrisisRule[] = [
  {
    id: 'gentle.suicide-topic',
    kind: 'suicide-self-harm',
    level: 'gentle',
    negatable: false,
    pattern:
      'suicide|suicidal|sewerslide|unalive|kill (himself|herself|themselves|yourself)|killed (himself|herself|themselves)|self (harm|harming|injury|injure|mutilation)|selfharm|took (his|her|their) (own )?life|died by suicide|committed suicide',
  },
  {
    id: 'gentle.overdose-topic',
    kind: 'overdose-poisoning',
    level: 'gentle',
    negatable: false,
    pattern: 'overdose|overdoses|overdosed|overdosing|od|oded|alcohol poisoning',
  },
  {
    id: 'gentle.withdrawal-topic',
    kind: 'medical-emergency',
    level: 'gentle',
    negatable: false,
    pattern: 'withdrawal|withdrawals|withdrawl|withdrawls|dts|delirium tremens|seizures?|hallucinations?|hallucinating|the shakes',
  },
  {
    id: 'gentle.violence-topic',
    kind: 'violence-abuse',
    level: 'gentle',
    negatable: false,
    pattern:
      'abusive|domestic (violence|abuse)|(was|been|were|being) (abused|beaten|assaulted|raped|molested)|(hits|hit|beats|beat) me|afraid of (him|her)',
    notWhen: { after: 'up|back|at|in (chess|cards|a game)' },
  },
  {
    id: 'gentle.harm-topic',
    kind: 'harm-to-others',
    level: 'gentle',
    negatable: false,
    pattern: '(hurt|hurting|harm|harming|kill|killing) (others|other people)|violent (thoughts|urges)',
  },
  {
    id: 'gentle.hopeless',
    kind: 'suicide-self-harm',
    level: 'gentle',
    negatable: false,
    tags: ['hopeless'],
    pattern: [
      '(do not|dont|no longer) want to (live|go on) like this',
      '(do not|dont) want to be here(?= [|]|$)',
      'can not (keep going|go on|keep living) like this',
      'can not (do|take|handle) (this|it|life) (anymore|any more|any longer)',
      'can not (cope|take much more)',
      '(what is|whats) the point(?= [|]|$)',
      'nothing matters|no way out|at (the end of )?my rope|rock bottom|lost everything|falling apart',
      '(rather|sooner) die',
      'no one (cares|would care)|nobody cares',
    ].join('|'),
  },
  {
    id: 'gentle.low-mood',
    kind: 'suicide-self-harm',
    level: 'gentle',
    tags: ['low-mood'],
    pattern: [
      '(i am|i feel|feeling|feel|felt|been|been feeling|i have been) (really |so |very |pretty |super |kinda |kind of |extremely )?(down|depressed|hopeless|miserable|worthless|useless|empty|numb|broken|alone|lonely)',
      '(really|so) down',
      'hate (my life|myself|being alive|living)',
      '(want|wanting|ready|about|going) to give up(?= [|]|$| on (myself|everything))',
      '(feel|feeling|felt) like giving up(?= [|]|$| on (myself|everything|life))',
      '(killing|drinking|using|drugging) (myself|himself|herself|themselves) (to death|with)|drink (myself|himself|herself) to death',
      'giving up on (myself|everything)',
      'done with everything',
      '(want|need) (it|this|everything|the pain) to (stop|end)',
    ].join('|'),
  },
];
