/**
 * Rules for overdose and poisoning: someone took too much, is overdosing, swallowed something
 * dangerous, or needs naloxone. A current overdose is immediate (the emergency number first);
 * an accidental extra dose with no symptoms is not (poison help first).
 */
import type { CrisisRule } from '../crisis-rule.js';

const KIND = 'overdose-poisoning';

export const OVERDOSE_RULES: readonly CrisisRule[] = [
  {
    id: 'overdose.happening',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    topical: true,
    notWhen: {
      before: 'about|of|to|from|avoid|prevent|stop|risk|after|since',
      near: '(in|at|to) the (er|hospital|icu|emergency room)|in hospital|hospitalized|in recovery|recovering from|in rehab',
    },
    pattern:
      'overdosed|overdosing|od d|oded|od ing|odd out|(had|having|took|is having) an overdose|(is|are|just|i|he|she|they|hes|shes|think (i|he|she|they)) od|({agent}|i|someone|somebody) (just |think |might have |may have |maybe )?overdose(?= [|]|$| on| and| i | please| help| what)',
  },
  {
    id: 'overdose.too-much',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    pattern: [
      '(took|taken|swallowed|popped|ate|downed|snorted|injected|shot up|smoked|did|used|have taken|has taken) ~1 (too many|too much|to many|to much|way too many|way too much|way more|a lot more|so many|so much|a whole|an entire|the whole|(my|his|her|their) (whole|entire)|a handful of|a bunch of|every|like [1-9][0-9]|[1-9][0-9]+|twenty|thirty|forty|fifty|a hundred) ~3 ({drug})',
      '(took|taken|swallowed|popped|ate|downed) ~1 (too many|to many|way too many|too much|way too much|a whole bottle|the whole bottle|an entire bottle|all of them)(?= [|]|$| and| i | now| tonight| so| help| what| earlier| an hour| at)',
    ].join('|'),
    notWhen: { before: 'accidentally|by accident|by mistake|mistakenly|accidently', after: 'to (drink|eat)|of (my|his|her) time' },
  },
  {
    id: 'overdose.habitual',
    kind: KIND,
    level: 'gentle',
    pattern: '(take|taking|takes|keep taking) ~1 (too many|too much|way too many|way too much|way more) ~3 ({drug})',
  },
  {
    id: 'overdose.all-at-once',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    pattern:
      '(took|taken|swallowed|popped|downed) ~1 all (of )?(my|his|her|their|the|of the|those|these) ({pills}) (at once|at the same time|in one go|together|all at once)|(took|taken|swallowed|popped|downed) (them|it) all (at once|at the same time|in one go)',
  },
  {
    id: 'overdose.took-all',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    pattern:
      '(took|swallowed|ate|downed|popped) all (of )?(my|his|her|their|the|those|these) ({pills})(?= [|]|$| and| at| now| tonight| i | he | she | what| help| please)',
  },
  {
    id: 'overdose.accidental',
    kind: KIND,
    level: 'crisis',
    pattern: [
      '(accidentally|by accident|by mistake|mistakenly|accidently) ~2 (took|taken|take|swallowed|ate|drank|double dosed|doubled) ~4 ({drug}|twice|double|extra)',
      '(took|taken|had|swallowed|ate) ~1 (a |my )?(double|triple|extra|second) (dose|doses|dosage|pill|pills|my dose|my meds)',
      '(double|triple) dosed',
      '(took|taken) my (meds|medication|pills|dose|insulin) twice',
    ].join('|'),
  },
  {
    id: 'overdose.ingestion',
    kind: KIND,
    level: 'crisis',
    notForSelf: true,
    pattern:
      '(ate|swallowed|drank|got into|licked|chewed|bit into|eaten|swallowing|eating) ~3 ({pills}|edibles?|gummies|gummy|detergent|laundry pods?|tide pods?|pods|bleach|antifreeze|cleaner|cleaning (stuff|products?)|batteries|battery|button battery|rat poison|poison|vape juice|nicotine|my (meds|pills|medication|stash|weed|edibles?))',
  },
  {
    id: 'overdose.caustic',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    pattern:
      '(drank|drink|drinking|swallowed|ate|took|ingested|inhaled|huffed) ~2 (bleach|antifreeze|rat poison|drain cleaner|lye|pesticide|weed killer|lighter fluid|windshield washer( fluid)?|rubbing alcohol)',
  },
  {
    id: 'overdose.mixed',
    kind: KIND,
    level: 'crisis',
    topical: true,
    pattern:
      '(mixed|mixing|combined|combining|took|taken|popped|swallowed) ~3 ({sedatives}) (with|and|plus|on top of) ~2 ({drink}|drinking|drank|booze|{sedatives})|(drank|drinking|been drinking) ~2 (on|with|after taking|after i took) ~2 ({sedatives})|(drank|downed|had) ~4 ({drink}) (and|then|plus|with) ~2 (took|popped|swallowed|taking|ate) ~3 ({sedatives})',
  },
  {
    id: 'overdose.naloxone',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    topical: true,
    victim: 'other',
    pattern:
      '(gave|give|giving|given|used|using|use|sprayed|spray|administered|administer|hit (him|her|them) with|needed|needs) ~2 (narcan|naloxone)',
    notWhen: { before: 'how to|learn to|learning to|teach (me|us|people)? ?to|trained to|training to' },
  },
  {
    id: 'overdose.alcohol-poisoning',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    topical: true,
    pattern: '(has|have|got|getting|think (he|she|i|they) (has|have|got)|might have|may have|is|am|with) ~1 alcohol poisoning',
  },
];
