/**
 * Rules for medical emergencies: not breathing, unresponsive, seizures, delirium tremens,
 * hallucinations, chest pain, heavy bleeding. Most are immediate (the emergency number first);
 * asked about as topics ("can withdrawal cause seizures?") they get a gentle check instead.
 */
import type { CrisisRule } from '../crisis-rule.js';

const KIND = 'medical-emergency';

export const MEDICAL_RULES: readonly CrisisRule[] = [
  {
    id: 'medical.not-breathing',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    topical: true,
    negatable: false,
    tags: ['breathing'],
    notWhen: { before: 'can|could|cant|do' },
    pattern: [
      '(not|stopped|stop|barely|hardly|no longer|quit) breath(e|ing)',
      '(breathing|breath) (is )?(really |very |so )?(slow|shallow|weird|strange|funny|stopped|has stopped|sounds (weird|funny|strange|like snoring))',
      '(is|are|he is|she is|keeps) gasping|gasping for (air|breath)',
      '(lips|face|skin|fingers|fingernails|nails|he|she|they|hes|shes) ~2 (turning|turned|going|gone|are|is|look|looks|went) ~1 (blue|purple|gray|grey)',
      '(turning|turned|went|going) (blue|purple|gray|grey)',
      'blue lips|lips (are )?blue',
      'snoring (weird|strangely|really loud and)|death rattle|gurgling',
      '(making|is making|makes|made) ~2 (snoring|gurgling|choking|rattling|gasping|rattle) (noises|sounds|noise|sound)|weird (snoring|breathing)',
    ].join('|'),
  },
  {
    id: 'medical.turned-blue',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    negatable: false,
    notForSelf: true,
    tags: ['breathing'],
    pattern:
      '(my |our |his |her |the )?({person}|he|she|they|hes|shes|baby) (is|are|looks|look|went|turned|turning|is turning|going|is going|has gone|gone|has turned) ~1 (blue|purple|gray|grey)(?= [|]|$| and| in the face| now| i | he | she | not| please| help| what)',
    notWhen: {
      after: 'about|over|because|since|lately|these days|sometimes|in the (winter|fall|morning|evening)|all (week|day)|ish|and (sad|down|depressed|lonely|quiet)',
      near: 'mood|sad|depressed|cheer (him|her|them) up|christmas|holidays?|winter|lonely|bummed|missing|miss (me|him|her|them|us)|feeling|feel|felt|sweater|shirt|dress|paint|painted|hair|eyes',
    },
  },
  {
    id: 'medical.cannot-breathe',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    topical: true,
    negatable: false,
    anxietySensitive: true,
    tags: ['breathing'],
    pattern:
      '(can not|could not|can barely|can hardly|struggling to|hard to|trouble|difficulty|difficult to|unable to|hard time|having a hard time|having trouble) ~1 (breathe|breath|breathing|catch (my|his|her|their) breath|get (air|enough air|a breath))',
    notWhen: {
      after:
        'through (my|his|her|the) nose|in (this|that|here)|with (this|that|the) (mask|heat)|because of (the )?(smoke|heat|allergies|my allergies|pollen)|when i (laugh|run|exercise|think|look|see|hear|remember)|thinking about|for laughing',
    },
    softenWhen: { before: 'feel like|feels like|feeling like|felt like|like i|like', near: 'haha|hahaha|lol|lmao|jk' },
  },
  {
    id: 'medical.unresponsive',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    topical: true,
    negatable: false,
    notForSelf: true,
    tags: ['unresponsive'],
    pattern: [
      '(can not|could not|cant) (wake|rouse|get) (him|her|them|my {person})( up)?',
      '(will not|would not|does not|did not|can not|is not|not|wont) (wake|waking|waken)( up)?',
      'unresponsive|unconscious|not responding|not responsive|unrousable|lifeless|passed out cold|out cold|({person}|he|she|they|hes|shes|body|skin|hands) ~2 (is|feels|felt|are|so|really|ice) (ice )?cold to the touch',
      '(passed|blacked) out and ~2 (will not|can not|would not|not) (wake|respond|move|breathing)',
    ].join('|'),
    notWhen: {
      after:
        'to (texts?|my texts|messages?|calls?|my calls|emails?|treatment|medication|meds|therapy|me|anything i say)|for (school|work|class|group|church|the|his|her|my)|in time|on time|early|before|until|till|in the morning|at|when|unless|if|anymore|bias|mind|level|thoughts?',
    },
  },
  {
    id: 'medical.seizure',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    topical: true,
    tags: ['seizure'],
    pattern: [
      '(having|had|is having|am having|just had|going into|in the middle of|started having|keeps having|keep having|having another|had another) ~1 (seizures?|convulsions?|a fit and)',
      '(seizing|convulsing|seizuring)',
      '(seizures?|convulsions?) (right now|now|again|just now|started)',
    ].join('|'),
    notWhen: {
      after:
        'the (day|moment|opportunity|chance)|on (the|this|that|an|a|every|any|my|his|her) (opportunit[a-z]*|chances?|moments?|ideas?|issues?|mistakes?|words?|details?|points?|weakness[a-z]*)|upon|control',
    },
  },
  {
    id: 'medical.dts',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    topical: true,
    tags: ['dts'],
    pattern:
      '(having|has|have|got|getting|going into|think (i|he|she) (has|have|is having|am having)|started|is in|am in) ~1 (the )?(dts|dt|delirium tremens|d ts)',
  },
  {
    id: 'medical.hallucination',
    kind: KIND,
    level: 'crisis',
    topical: true,
    tags: ['hallucination'],
    pattern: [
      'hallucinating|hallucinations?|hallucinate|hallucinated',
      '(seeing|hearing|see|hear|saw|heard) (things|stuff|people|shadows|voices|bugs|spiders) that (are not|is not|were not|was not|are not really|is not really) (there|real)',
      '(seeing|hearing|see|hear) things that (are not|is not) there',
    ].join('|'),
  },
  {
    id: 'medical.chest-pain',
    kind: KIND,
    level: 'crisis',
    topical: true,
    anxietySensitive: true,
    tags: ['chest'],
    pattern: [
      'chest ~1 (hurts|hurt|hurting|is hurting|pain|pains|tight|tightness|is tight|feels tight|feels heavy|pressure|is pounding|squeezing|crushing|is killing me|is on fire)',
      'pain in (my|his|her) (chest|left arm)',
    ].join('|'),
  },
  {
    id: 'medical.stroke',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    topical: true,
    pattern:
      '(having|had|has|have|is having|think (i am|he is|she is|i|he|she) (having|had|has)) ~1 (a )?(heart attack|stroke)|(face|mouth|smile) (is )?(drooping|droopy)|slurring (his|her|my) words',
    notWhen: { before: 'gave me|give me|giving me|almost|nearly|going to give me|gonna give me' },
  },
  {
    id: 'medical.bleeding',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    topical: true,
    pattern: [
      '(bleeding|bleeds) (a lot|badly|heavily|so much|everywhere|really bad|and it will not stop|and will not stop|nonstop)',
      '(will not|can not|would not) stop (the )?bleeding',
      'lost a lot of blood',
      '(vomiting|throwing up|puking|coughing up|coughing|spitting up|threw up|vomited) ~1 blood',
      'blood in (my|his|her) (vomit|puke)',
    ].join('|'),
  },
  {
    id: 'medical.foaming',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    pattern: 'foaming at the mouth|foam (coming )?(from|out of) (his|her|their|my) mouth',
    notWhen: { near: 'angry|mad|rage|furious|dog|rabies' },
  },
  {
    id: 'medical.choking',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    pattern:
      '(choking|choked) on (his|her|their|my) (own )?(vomit|puke|tongue)|(vomiting|throwing up|puking) (while|when) (passed out|unconscious|asleep)',
  },
];
