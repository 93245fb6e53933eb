/**
 * Spelling repair for the few words the crisis detector cannot afford to miss, and expansion of
 * the chat shorthand people in distress type ("thinkin bout", "tmrw", "imma", "idk").
 *
 * People in distress type fast on phones: "suicdal", "overdoes", "unconcious", "myslef". Each
 * token of five letters or more that is one edit (insert, delete, substitute or swap two
 * neighbours) away from a key word is rewritten to that key word before the rules run. The key
 * words are chosen so that no common English word sits one edit away from them; the few that do
 * are listed in `NEVER_CORRECT`. Short words ("kil", "pils") are covered in the rule patterns.
 */

import { withinOneEdit } from '../text/edit-distance.js';


/** Distinctive words worth repairing, all five letters or longer. */
export const KEY_WORDS: readonly string[] = [
  'suicide', 'suicidal', 'overdose', 'overdosed', 'overdosing', 'overdoses', 'myself', 'himself', 'herself',
  'themselves', 'breathe', 'breathing', 'seizure', 'seizures', 'seizing', 'convulsing',
  'unconscious', 'unresponsive', 'hallucinating', 'hallucinate', 'hallucination',
  'hallucinations', 'anymore', 'goodbye', 'withdrawal', 'withdrawals', 'detoxing', 'delirium',
  'tremens', 'strangled', 'strangling', 'naloxone', 'fentanyl', 'alcohol', 'burden', 'alive',
  'abusive', 'delirious', 'stockpiling', 'hopeless', 'worthless', 'threatened', 'poisoned',
  'swallowed', 'disoriented', 'friend', 'husband', 'boyfriend', 'girlfriend', 'goodbyes',
  'tonight', 'tomorrow', 'everyone', 'lethal', 'unalive', 'xanax', 'strangle', 'strangles', 'disappear',
];

/** Real words that sit one edit from a key word and must be left alone. */
const NEVER_CORRECT: ReadonlySet<string> = new Set([
  'alike', 'olive', 'alice', 'clive', 'breath', 'breaths', 'breathed', 'seizes', 'seized',
  'sizing', 'burdens', 'burned', 'threatens', 'poisons', 'hopeful', 'homeless', 'friends', 'breather',
  'aliver',
]);

const KEY_SET: ReadonlySet<string> = new Set(KEY_WORDS);
const BY_LENGTH = new Map<number, string[]>();
for (const word of KEY_WORDS) {
  const list = BY_LENGTH.get(word.length) ?? [];
  list.push(word);
  BY_LENGTH.set(word.length, list);
}

const MIN_LENGTH = 5;
const CACHE_LIMIT = 4000;
const cache = new Map<string, string>();

/** The key word `token` is a misspelling of, or `token` itself. */
export function repairWord(token: string): string {
  if (token.length < MIN_LENGTH || KEY_SET.has(token) || NEVER_CORRECT.has(token)) return token;
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  let repaired = token;
  for (const length of [token.length, token.length - 1, token.length + 1]) {
    const candidates = BY_LENGTH.get(length);
    const hit = candidates?.find((word) => withinOneEdit(token, word));
    if (hit !== undefined) {
      repaired = hit;
      break;
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, repaired);
  return repaired;
}

/** Repairs every token of normalised text ("i am suicdal" -> "i am suicidal"). */
export function repairText(normalized: string): string {
  if (normalized.length === 0) return normalized;
  const tokens = normalized.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    // "overdoes it" is the verb "overdo", not a misspelt "overdose".
    if (token === 'overdoes' && tokens[i + 1] === 'it') continue;
    tokens[i] = repairWord(token);
  }
  return tokens.join(' ');
}

/** Chat shorthand and phonetic spellings, one token each, with what they stand for. */
const SHORTHAND: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', tmw: 'tomorrow', tomoro: 'tomorrow',
    tomorow: 'tomorrow', tommorow: 'tomorrow', tommorrow: 'tomorrow', '2morrow': 'tomorrow',
    '2moro': 'tomorrow', '2morow': 'tomorrow', tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight',
    tnite: 'tonight', tonigh: 'tonight', nite: 'night', bout: 'about', abt: 'about', bowt: 'about',
    imma: 'i am going to', ima: 'i am going to', finna: 'going to', tryna: 'trying to',
    gunna: 'gonna', gona: 'gonna', gnna: 'gonna', wana: 'wanna', wnna: 'wanna', wnt: 'want',
    gotta: 'got to', hafta: 'have to', lemme: 'let me', gimme: 'give me', dunno: 'do not know',
    idk: 'i do not know', idek: 'i do not even know', idc: 'i do not care', idgaf: 'i do not care',
    ngl: 'honestly', tbf: 'honestly', atm: 'at the moment', bc: 'because', cuz: 'because',
    coz: 'because', bcuz: 'because', becuz: 'because', bcz: 'because', b4: 'before', ppl: 'people',
    tho: 'though', thru: 'through', ded: 'dead', jus: 'just', jst: 'just', nuthin: 'nothing',
    evryone: 'everyone', every1: 'everyone', evry1: 'everyone', some1: 'someone', no1: 'no one',
    any1: 'anyone', luv: 'love', wat: 'what', wut: 'what', wht: 'what', prolly: 'probably',
    probs: 'probably', rly: 'really', rlly: 'really', srsly: 'seriously', hrs: 'hours', hr: 'hour',
    mins: 'minutes', wks: 'weeks', wk: 'week', yrs: 'years', fam: 'family',
    suicde: 'suicide', sucide: 'suicide', unalived: 'unalive', dnt: 'do not', didnt: 'did not',
    smth: 'something', sth: 'something', sumthin: 'something', nothin: 'nothing', n: 'and',
    w: 'with', wo: 'without', wout: 'without', dissapear: 'disappear', dissappear: 'disappear',
    disapear: 'disappear', dissapeared: 'disappeared', sucidial: 'suicidal', killl: 'kill', kil: 'kill', nemore: 'anymore', nomore: 'no more', anymor: 'anymore', overdoze: 'overdose', haveing: 'having',
  }).map(([short, long]) => [short, long.split(' ')]),
);

/** "-ing" words people type without the g ("thinkin", "endin"): the ones the rules read. */
const DROPPED_G: ReadonlySet<string> = new Set([
  'thinking', 'feeling', 'going', 'trying', 'ending', 'killing', 'cutting', 'hurting', 'dying',
  'planning', 'taking', 'getting', 'doing', 'living', 'waking', 'breathing', 'bleeding', 'shaking',
  'seeing', 'hearing', 'drinking', 'using', 'saying', 'talking', 'something', 'everything',
  'anything', 'having', 'starting', 'keeping', 'sitting', 'standing', 'holding', 'jumping',
  'hanging', 'overdosing', 'losing', 'falling', 'freaking', 'looking', 'calling', 'leaving',
  'giving', 'waiting', 'writing', 'sleeping', 'smoking', 'snorting', 'shooting', 'stabbing',
  'hitting', 'beating', 'choking', 'screaming', 'yelling', 'threatening', 'coming', 'running',
  'putting', 'making', 'telling', 'wanting', 'texting', 'hiding', 'saving', 'counting', 'seizing',
  'convulsing', 'throwing', 'puking', 'vomiting', 'passing', 'crying', 'burning', 'drowning',
  'hoping', 'praying', 'wishing', 'considering', 'fantasizing', 'picturing', 'imagining',
  'swallowing', 'harming', 'stockpiling', 'hoarding', 'nothing', 'relapsing', 'gurgling',
  'gasping', 'snoring', 'turning', 'moving', 'responding', 'struggling', 'fighting', 'suffering',
]);

/** Verbs after which "2" is "to" ("want 2 die"), not a number ("took 2 pills"). */
const TO_BEFORE: ReadonlySet<string> = new Set([
  'want', 'wanted', 'going', 'have', 'need', 'ready', 'about', 'trying', 'try', 'planning', 'plan', 'decided',
]);

/** Words after which "sewerslide" stands for the adjective ("been sewerslide" -> "been suicidal"). */
const STATE_WORDS: ReadonlySet<string> = new Set([
  'am', 'been', 'feeling', 'feel', 'felt', 'getting', 'kinda', 'so', 'very', 'really', 'pretty', 'lowkey', 'im',
]);

/** Phonetic spellings of "suicide" / "suicidal" too far from the word for one-edit repair. */
const SUICIDE_SPELLING = /^s(?:u|oo|ue)i?(?:c|s|ss|sc|k)(?:i|e|y)?d(e|es|al|le|el|ial|l|ual|ally)$/;
const SUICIDAL_ENDINGS: ReadonlySet<string> = new Set(['al', 'le', 'el', 'ial', 'l', 'ual', 'ally']);

/** Words that shorten "i will" / "i would" without the apostrophe, when a verb follows. */
const WILL_NEXT: ReadonlySet<string> = new Set([
  'be', 'never', 'not', 'just', 'do', 'go', 'kill', 'end', 'take', 'make', 'probably', 'always',
  'die', 'try', 'hurt', 'jump', 'finally', 'rather', 'still', 'definitely', 'literally', 'have',
]);

/**
 * What a token of normalised text stands for, when it is chat shorthand ("tmrw", "imma",
 * "thinkin", "ill be" -> "i will be"), else `undefined`. `prev`/`next` are the tokens around it.
 */
export function expandShorthand(token: string, prev: string, next: string): readonly string[] | undefined {
  const expanded = SHORTHAND.get(token);
  if (expanded !== undefined) return expanded;
  if (token === 'sewerslide' || token === 'sewerslided') return [STATE_WORDS.has(prev) ? 'suicidal' : 'suicide'];
  if (token === 'w' && next === 'o') return ['without'];
  if (token === 'o' && prev === 'without') return [];
  const suicideWord = SUICIDE_SPELLING.exec(token);
  if (suicideWord !== null) return [SUICIDAL_ENDINGS.has(suicideWord[1] ?? '') ? 'suicidal' : 'suicide'];
  if (token === 'ma' && prev === 'i') return ['am', 'going', 'to'];
  if (token === '2' && TO_BEFORE.has(prev)) return ['to'];
  if (token === 'b' && (prev === 'to' || prev === 'wanna' || prev === 'will' || prev === 'gonna')) return ['be'];
  if (token === 'ill' && WILL_NEXT.has(next)) return ['i', 'will'];
  if (token === 'id' && WILL_NEXT.has(next)) return ['i', 'would'];
  if (token.length >= 5 && token.endsWith('in') && DROPPED_G.has(`${token}g`)) return [`${token}g`];
  return undefined;
}
