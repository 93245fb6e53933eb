/**
 * Context checks for the crisis detector: splitting a message into sentences, and reading the
 * words around a matched phrase. Who is it about (me, my friend, people in general)? Is it
 * negated ("i am not suicidal")? Told as history ("years ago")? Asked about as a topic or a
 * what-if ("what happens if someone overdoses?")?
 *
 * Everything here works on normalised text: lower case words separated by single spaces, with
 * sentences joined by " | ".
 */
import { MAX_MESSAGE_CHARS, normalize } from '../text/normalize.js';
import {
  CLAUSE_BREAKS,
  DISTANT_PAST,
  GENERIC_PEOPLE,
  INDEFINITE_DETERMINERS,
  INDEFINITE_PEOPLE,
  NEGATION_BREAKERS,
  NEGATION_CANCELLERS,
  NEGATION_FILLERS,
  NEGATORS,
  OTHER_PRONOUNS,
  PERSON_SET,
  QUESTION_OPENERS,
  RECENT,
  SELF_WORDS,
} from './crisis-lexicon.js';
import { expandShorthand, repairText } from './fuzzy-words.js';

/**
 * How much of a message is read. A longer paste is read at its start and its end (where a
 * visitor's own words usually are); the middle is skipped, never an error.
 */
export const MAX_SCAN_CHARS = 100_000;
const TAIL_CHARS = 10_000;

/** One sentence of the prepared text: `text.slice(start, end)`. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Opens with a question word ("do you...", "what happens if..."). */
  readonly opener: boolean;
  /** Ends with a question mark. */
  readonly questionMark: boolean;
  /** Word positions where a comma started a new clause ("i overdosed last year, now i want help"). */
  readonly commas: readonly number[];
}

export interface PreparedText {
  /** Normalised, spell-repaired sentences joined by " | ". */
  readonly text: string;
  readonly segments: readonly Segment[];
}

// Sentence ends are marked with made-up words that survive normalisation, then turned into " | ".
const QUESTION_END = 'zqendz';
const SENTENCE_END = 'zsendz';
const COMMA = 'zcommaz';
const SENTENCE_BREAK = /[\n\r]+|[.!;…]+(?=\s|$)|[!;…]+|\?+[\s"')\]]*/g;
const LEADING_FILLERS: ReadonlySet<string> = new Set([
  'hi', 'hey', 'hello', 'ok', 'okay', 'so', 'also', 'and', 'um', 'umm', 'uh', 'well', 'btw', 'quick',
  'question', 'sorry', 'just', 'wondering', 'please', 'pls', 'oh', 'but', 'anyway', 'hiya', 'yo',
]);

/**
 * Normalises a message sentence by sentence, expanding chat shorthand ("thinkin bout" ->
 * "thinking about") and repairing misspelt key words. Long input is read in normaliser-sized chunks, cut
 * at sentence ends or spaces (see `MAX_SCAN_CHARS`).
 */
export function prepareMessage(message: string): PreparedText {
  const read =
    message.length <= MAX_SCAN_CHARS
      ? message
      : `${message.slice(0, MAX_SCAN_CHARS - TAIL_CHARS)}\n${message.slice(-TAIL_CHARS)}`;
  const marked = read
    .replace(SENTENCE_BREAK, (end) => (end.startsWith('?') ? ` ${QUESTION_END} ` : ` ${SENTENCE_END} `))
    .replace(/,(?!\d)/g, ` ${COMMA} `)
    .replace(/\s&\s/g, ' and ');
  const words: string[] = [];
  for (const chunk of chunks(marked)) {
    const normalized = normalize(chunk);
    if (normalized.length > 0) words.push(...normalized.split(' '), SENTENCE_END);
  }

  const parts: string[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  let current: string[] = [];
  let commas: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word === COMMA) {
      if (current.length > 0) commas.push(current.length);
      continue;
    }
    if (word !== QUESTION_END && word !== SENTENCE_END) {
      const expanded = expandShorthand(word, current[current.length - 1] ?? '', words[i + 1] ?? '');
      if (expanded === undefined) current.push(word);
      else current.push(...expanded);
      continue;
    }
    if (current.length > 0) {
      const sentence = repairText(current.join(' '));
      if (parts.length > 0) offset += 3; // " | "
      segments.push({
        start: offset,
        end: offset + sentence.length,
        opener: opensWithQuestion(sentence.split(' ')),
        questionMark: word === QUESTION_END,
        commas,
      });
      parts.push(sentence);
      offset += sentence.length;
    }
    current = [];
    commas = [];
  }
  return { text: parts.join(' | '), segments };
}

/** Splits marked text into pieces the normaliser reads whole, preferring sentence ends. */
function chunks(marked: string): string[] {
  const limit = MAX_MESSAGE_CHARS - 20;
  const out: string[] = [];
  let rest = marked;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(` ${SENTENCE_END} `, limit);
    if (cut < limit / 2) cut = rest.lastIndexOf(' ', limit);
    if (cut < limit / 2) cut = limit;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

function opensWithQuestion(tokens: readonly string[]): boolean {
  let i = 0;
  while (i < tokens.length - 1 && LEADING_FILLERS.has(tokens[i] ?? '')) i++;
  const first = tokens[i];
  return first !== undefined && QUESTION_OPENERS.has(first) && tokens[i + 1] !== 'not';
}

/** The segment that contains text position `index` (segments are sorted). */
export function segmentAt(segments: readonly Segment[], index: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    if (seg === undefined) return undefined;
    if (index < seg.start) hi = mid - 1;
    else if (index > seg.end) lo = mid + 1;
    else return seg;
  }
  return undefined;
}

const OBJECT_WORDS: ReadonlySet<string> = new Set(['my', 'our', 'me', 'us', 'myself']);
/**
 * Verbs of telling: after them "me" is who was told, not who the news is about ("he told me
 * there are spiders on him", "she texted me she took all her pills").
 */
const TELLING_VERBS: ReadonlySet<string> = new Set([
  'told', 'tells', 'telling', 'tell', 'texted', 'texts', 'texting', 'messaged', 'asked', 'asks',
  'showed', 'shows', 'warned', 'called', 'calls', 'emailed', 'sent', 'wrote', 'writes', 'promised',
]);

/** Who a phrase is about. */
export type Subject = 'self' | 'other' | 'indefinite' | 'generic' | 'unknown';

/**
 * Finds the subject nearest before a phrase: `words` are the words before the phrase's last
 * word, nearest last, and the phrase itself starts at `phraseStart`. "my friend took too many" -> other; "my chest hurts" -> self;
 * "people who overdose" -> generic; "someone overdosed" -> indefinite.
 */
export function findSubject(words: readonly string[], phraseStart = words.length): Subject {
  const stop = Math.max(0, phraseStart - 8);
  for (let j = words.length - 1; j >= stop; j--) {
    const word = words[j] ?? '';
    // Inside the phrase, "my"/"me" belong to the object ("ate some of my pills", "hits me").
    if (j >= phraseStart && OBJECT_WORDS.has(word)) continue;
    if ((word === 'me' || word === 'us') && TELLING_VERBS.has(words[j - 1] ?? '')) continue;
    if (SELF_WORDS.has(word) || word === 'my' || word === 'our') return 'self';
    if (OTHER_PRONOUNS.has(word)) return 'other';
    if (INDEFINITE_PEOPLE.has(word)) return 'indefinite';
    if (GENERIC_PEOPLE.has(word)) return 'generic';
    if (PERSON_SET.has(word)) {
      const before = words[j - 1] ?? '';
      if (INDEFINITE_DETERMINERS.has(before)) return 'indefinite';
      const owned = ['my', 'our', 'his', 'her', 'their', 'the', 'this', 'that', 'your'].includes(before);
      if (!owned && word.endsWith('s') && word !== 'boss') return 'generic';
      return 'other';
    }
  }
  return 'unknown';
}

/**
 * True when a negator governs the phrase: within six words before it with only filler words
 * in between ("i am not really going to hurt myself"), or inside it ("i am not suicidal").
 * "not sure", "no one", "why not", "trying not to" and "can not stop" are not negations, and
 * neither are the negators the rule's own template spells out (`ownNegators`: "never wake up").
 */
export function isNegated(
  before: readonly string[],
  phrase: readonly string[],
  ownNegators: ReadonlySet<string> = new Set(),
): boolean {
  const words = [...before, ...phrase.slice(0, -1)];
  for (let k = Math.max(0, before.length - 6); k < words.length; k++) {
    const word = words[k] ?? '';
    const prev = words[k - 1] ?? '';
    if (!NEGATORS.has(word)) continue;
    if (k >= before.length && ownNegators.has(word)) continue;
    const next = words[k + 1] ?? phrase[phrase.length - 1] ?? '';
    if (NEGATION_BREAKERS.has(next) || NEGATION_CANCELLERS.has(prev)) continue;
    if (k >= before.length) return true;
    if (words.slice(k + 1, before.length).every((w) => NEGATION_FILLERS.has(w))) return true;
  }
  return false;
}

const PAST = /(?<![^ |])(?:was|were|had|did|used to|took|tried|attempted|ate|drank|swallowed|went|got|cut|hit|beat|threatened|said|told|gave|found|fell|ran|broke|woke|bled|shot|threw|lost|[a-z]+ed)(?![^ |])/;
const STATE_PAST = /(?<![^ |])(?:was|were|had)(?![^ |])/;

/**
 * True when the phrase is told as history: in the past tense, with a time marker that puts it
 * back in time ("years ago", "in 2019", "when i was 16") and none that brings it up to now
 * ("again", "last night", "still") in the same clause (conjunctions, commas and a turn to a
 * question like "can i still join" end a clause). With `pastIsHistory`, "was"/"had" alone are
 * enough.
 */
export function isHistory(
  tokens: readonly string[],
  start: number,
  end: number,
  pastIsHistory: boolean,
  commas: readonly number[] = [],
): boolean {
  const lead = tokens.slice(Math.max(0, start - 2), end).join(' ');
  if (!PAST.test(lead)) return false;
  const from = clauseStart(tokens, start, commas);
  let to = end;
  while (to < tokens.length && !startsClause(tokens, to) && !commas.includes(to)) to++;
  const clause = tokens.slice(from, to).join(' ');
  if (RECENT.test(clause)) return false;
  return DISTANT_PAST.test(clause) || (pastIsHistory && STATE_PAST.test(lead));
}

/** Where the clause holding token `start` begins (see isHistory for what ends a clause). */
function clauseStart(tokens: readonly string[], start: number, commas: readonly number[]): number {
  let from = start;
  while (from > 0 && !startsClause(tokens, from - 1) && !commas.includes(from)) from--;
  return from;
}

/**
 * True when the phrase is told as something that happened, in a clause of its own after a
 * worry or what-if ("i am afraid he will overdose, he took a whole bottle"): the worry opened the
 * sentence, but the clause after the comma reports an event in the past tense, so it is not
 * hypothetical.
 * "what if he took too many pills" (one clause) stays a what-if.
 */
export function isReportedAfterWorry(tokens: readonly string[], start: number, end: number, commas: readonly number[]): boolean {
  // A comma ends the worry, or (unpunctuated) a new subject with a past-tense verb once the worry
  // is complete. In "what if he took too many pills" the "if" opens the clause: no new clause.
  const from = commas.filter((c) => c <= start).at(-1) ?? newPastClause(tokens, start);
  if (from === 0) return false;
  const clause = tokens.slice(from, end).join(' ');
  return PAST.test(clause) && !isHypotheticalAboutOthers(tokens.slice(from, start).join(' '));
}

const SUBJECTS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'they', 'we']);
const PAST_WORD = new RegExp(`^(?:${PAST.source})$`);

/**
 * Where an unpunctuated clause reporting a past event starts, at or before `start`
 * ("i am afraid he will overdose | he took a whole bottle"): a subject ("he", "my son") whose verb
 * is in the past tense, after a what-if or worry that was already complete one word earlier.
 * 0 when there is none.
 */
function newPastClause(tokens: readonly string[], start: number): number {
  for (let p = Math.min(start, tokens.length - 2); p > 1; p--) {
    const word = tokens[p] ?? '';
    const verb = word === 'my' ? tokens[p + 2] : SUBJECTS.has(word) ? tokens[p + 1] : undefined;
    if (verb === undefined || !PAST_WORD.test(verb)) continue;
    if (isHypotheticalAboutOthers(tokens.slice(0, p - 1).join(' '))) return p;
  }
  return 0;
}

const PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there']);
const AUXILIARIES: ReadonlySet<string> = new Set([
  'can', 'could', 'do', 'does', 'is', 'are', 'will', 'would', 'should', 'may', 'might', 'am',
]);

/** A conjunction, or a question turning to the program ("..., can i still join"). */
function startsClause(tokens: readonly string[], i: number): boolean {
  const word = tokens[i] ?? '';
  if (CLAUSE_BREAKS.has(word)) return true;
  return AUXILIARIES.has(word) && PRONOUNS.has(tokens[i + 1] ?? '') && i > 0;
}

const HYPOTHETICAL_ANY = new RegExp(
  `(?<![^ |])(?:${[
    'what if',
    'what happens (if|when)',
    'what would happen',
    'what (do|should|would|can|could) (i|you|we|one|a person|someone|people) do (if|when)',
    'in case',
    'if (someone|somebody|a person|anyone|you|your|a|an|my|his|her|their|he|she|they|hes|shes|the|people)',
    'how (do|can|would|will|should) (i|you|we|one|people) (know|tell|help|spot|recognize|recognise|handle|deal with|respond) (if|when)',
    'when (someone|somebody|a person|you|people|anyone)',
    'is it (normal|safe|common|possible|dangerous|bad|okay|ok|true)',
    '(can|could|does|do|will|would|might)( [^ |]+){0,2} (cause|causes|lead to|make you|trigger)',
    'signs of',
    'symptoms of',
    'risks? of',
    'chances? of',
    'likely to',
    '(scared|afraid|worried|terrified|nervous) (that )?(he|she|they|my [^ |]+|someone) (will|might|could|would|is going to|may)',
    'hypothetically',
    'lets say',
    'let us say',
    'suppose',
    'supposing',
  ].join('|')})(?![^ |])`,
);

const HYPOTHETICAL_SELF =
  /(?<![^ |])(?:what if|if|when|whenever|once|in case|scared|afraid|worried|terrified|nervous|might|may|could|would|should|will) i(?: [^ |]+){0,3}$/;

/** "what if someone overdoses", "how do you know if a friend is..." — asked, not happening. */
export function isHypotheticalAboutOthers(before: string): boolean {
  return HYPOTHETICAL_ANY.test(before);
}

/** "what if i have a seizure", "i am scared i will overdose" — a worry, not an event. */
export function isHypotheticalAboutSelf(before: string): boolean {
  return HYPOTHETICAL_SELF.test(before);
}
