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
      '(took|taken|swallowed|popped|ate|downed|snorted|injected|shot up|smoked|did|used|have taken|has taken) ~1 (too many|too much|to many|to much|way too many|way too much|way more|a lot more|so many|so much|a whole|an entire|the whole|(my|his|her|their) (whole|entire)|(my|his|her|their|a|the|an) (whole |entire |full )?(month|months|week|weeks|bottle|prescription|supply|refill|pack|package|box|strip|sheet|script) (supply |worth )?of|a handful of|a bunch of|a whole bunch of|the rest of( my| his| her| their| the)?|all the rest of|a shit ton of|a fuck ton of|a shitload of|a fistful of|a pile of|a bottle of|half (a|the) bottle of|a mouthful of|every|(like |about |around |maybe |over |at least )?([1-9][0-9]+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of)(?! (days?|weeks?|hours?|months?|years?|mg|milligrams?|ml|mcg|micrograms?|minutes?|mins?|hrs?|units?|percent|dollars?|bucks?)(?= |$))) ~3 ({drug})',
      '(took|taken|swallowed|popped|ate|downed|snorted) ~4 ({drug}) ~2 (like |about |around |maybe |over |at least |probably )?([1-9][0-9]+|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|all|every one|each one) of them',
      '(took|taken|swallowed|popped|ate|downed|have taken|has taken) ~1 (like )?([5-9]|five|six|seven|eight|nine) (of )?(my |his |her |the )?({sedatives})',
      '(took|taken|swallowed|popped|ate|downed) ~1 (too many|to many|way too many|too much|way too much|a whole bottle|the whole bottle|an entire bottle|all of them)(?= [|]|$| and| i | now| tonight| so| help| what| earlier| an hour| at)',
    ].join('|'),
    notWhen: { before: 'accidentally|by accident|by mistake|mistakenly|accidently', after: 'to (drink|eat)|of (my|his|her) time' },
  },
  {
    id: 'overdose.took-lots',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    pattern:
      '(took|taken|swallowed|popped|ate|downed|snorted|injected|shot up|did|have taken|has taken) ~1 (a ton of|tons of|a lot of|lots of|loads of|a load of|heaps of|a whole lot of) ~3 ({drug})',
    notWhen: {
      before: 'accidentally|by accident|by mistake|mistakenly|accidently',
      after:
        '(for|because of) (my|the|a|his|her|their) (back|pain|headache|headaches|migraine|migraines|period|cramps|tooth|toothache|knee|shoulder|injury|surgery|arthritis|fever|cold|flu|hangover)|over (the|a) (week|month|year|years|weekend)|(this|last) (week|month|year)|as prescribed|over time|in the past|back then|when i was',
    },
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
      '(took|swallowed|ate|downed|popped) all (of )?(my|his|her|their|the|those|these) ({pills})(?= [|]|$| and| at| now| tonight| i | he | she | what| help| please| like| about| around| an hour| a few| a couple| [0-9]| earlier| just| last night| ago| [a-z]+ ago| on purpose| so| because)|swallowed (all|every one|each one) (of )?(my|his|her|their|the|those|these|them)( ({pills}))?|(took|swallowed|ate|downed) (everything|every pill|all the pills|whatever (pills )?(was|were)|whatever i (found|could find|had)) (in|from) (my|the|his|her|our) (medicine cabinet|cabinet|bottle|pill bottle|drawer|cupboard|bathroom|purse)',
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
      '(mixed|mixing|combined|combining|took|taken|popped|swallowed) ~3 ({sedatives}) (with|and|plus|on top of) ~2 ({drink}|drinking|drank|booze|{sedatives})|(mixed|combined) ~2 ({drink}|booze|drinking) (with|and|plus) ~2 ({sedatives})|(drank|drinking|been drinking) ~2 (on|with|after taking|after i took) ~2 ({sedatives})|(drank|downed|had) ~4 ({drink}) (and|then|plus|with) ~2 (took|popped|swallowed|taking|ate) ~3 ({sedatives})|(drank|downed|had|chugged|finished) ~4 ({drink}) (and|then|plus|with) ~3 (a handful|a bunch|a lot|a bottle|some|a few|all|[0-9]+|half|a ton|a couple) ~3 ({sedatives})',
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
