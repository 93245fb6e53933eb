/**
 * Rules for violence and abuse against the visitor (or someone with them): being hit, threats
 * from a partner, being afraid to go home, being attacked now. A threat someone reported
 * ("he said he will kill me") is real; "my boss would kill me if he found out" is a figure of
 * speech and is not matched at all.
 */
import type { CrisisRule } from '../crisis-rule.js';

const KIND = 'violence-abuse';

const HARM_VERBS = '{kill}|hurt|murder|shoot|stab|strangle|choke|beat|drown|poison|run over|burn';

export const VIOLENCE_RULES: readonly CrisisRule[] = [
  {
    id: 'violence.hit-me',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    pattern:
      '({agent}|someone|somebody) ~2 (hits|hit|hitting|beats|beat|beating|punches|punched|punching|slaps|slapped|slapping|kicks|kicked|kicking|chokes|choked|choking|strangles|strangled|strangling|shoves|shoved|pushes|pushed|attacks|attacked|attacking|hurts|rapes|raped|abuses|abused|abusing|smacks|smacked|throws things at|threw things at|stabbed|stalks|stalking|stalked|locks|locked|traps|trapped|beat up|beats up|touches|touched|touching|molests|molested|molesting|threw|throws|thrown|slammed|slams|dragged|drags|pinned|pins) (me|us)',
    notWhen: {
      after:
        'up|to|at|into (the|a) (pool|water)|in (chess|cards|a game|the game|the race|a race|an argument)|back|away|off|over to|with (the|his|her) (news|question|idea|truth|bill)|out of (nowhere|the blue)|hard when|deeply|emotionally|so much|on the shoulder|base|under the bus|a (party|bone|curveball|surprise|ball)',
    },
  },
  {
    id: 'violence.injured-me',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    notForSelf: true,
    pattern:
      '({agent}|someone|somebody) ~2 (broke|broken|fractured|cracked|split|busted|bloodied|dislocated|blacked) my (nose|arm|arms|jaw|ribs?|wrist|fingers?|lip|eye|eye socket|tooth|teeth|collarbone|hand|leg)',
  },
  {
    id: 'violence.being-attacked',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    victim: 'speaker',
    pattern: [
      '({agent}|someone|somebody) (is|are|keeps|is been|has been|was|just)? ?(hitting|beating|attacking|choking|strangling|stabbing|kicking|punching|hurting|raping|assaulting|threatening) (me|us)( right now| now| again)?',
      '(breaking|kicking|broke|kicked) (down|in) (the|my|our) (door|window)',
      '(trying|tried) to (break|get|force (his|her|their) way) in',
      '(broke|breaking|has broken|just broke|broken) in(to)?( (the|my|our) (house|home|apartment|place|room|car))?(?= [|]|$| and| he| she| they| with| right| now)',
      'locked myself in (the|my|a) (bathroom|room|bedroom|closet|car)',
      '({partner}|he|she|hes|shes) ~2 (will not|wont|would not|does not|doesnt|is not letting|refuses to let) let me (leave|go out|out|go|escape|call)(?= [|]|$| the (house|room|apartment|car)| home| and| anywhere)',
      '({agent}|someone|somebody) ~1 (grabbed|grabs|grabbing|had|has|held|holds|pinned|pins) (me|us) (by|around) (the|my) (throat|neck|hair)|(pinned|pins|holding|held) me down',
      '({agent}|someone|somebody) ~3 (hands?|arms?|fingers|belt|rope|cord|pillow|knee) (around|on|over|against|to) (my|our) (throat|neck|mouth|face|windpipe)',
      '({agent}|someone|somebody) ~3 ({weapon}) (to|against|at|in) (my|our) (throat|neck|head|chest|face|back|side)',
      '({agent}|someone|somebody) (is|are) (outside|here|at the door|in the house) (with|and) ~2 ({weapon}|threatening|screaming)',
    ].join('|'),
    notWhen: { after: 'up|at|in (chess|cards|a game|the game)' },
  },
  {
    id: 'violence.attacking-other',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    victim: 'other',
    notForSelf: true,
    pattern:
      '({agent}|someone|somebody|hes|shes) (is|are|keeps|is been|has been)? ?(hitting|beating|attacking|choking|strangling|stabbing|kicking|punching|raping|assaulting|threatening) (my|our|his|her|the|their) ({person})|(he|she|they|hes|shes|{agent}) (is|are) (hitting|beating|attacking|choking|strangling|stabbing) (her|him|them)|(and|who) (is|are|keeps|has been|started) (hitting|beating|attacking|choking|strangling|stabbing|kicking|punching|threatening) (my|our|his|her|the|their) ({person})',
  },
  {
    id: 'violence.threat-other',
    kind: KIND,
    level: 'crisis',
    victim: 'other',
    notForSelf: true,
    pattern:
      '({agent}|hes|shes) (will|is going to|gonna|going to|is gonna|wants to|threatened to|threatens to|is trying to|tried to|said (he|she|they) (would|will)) ~1 (' + HARM_VERBS + ') (her|him|them|(my|our|his|her|their) ({person}))',
    softenWhen: {
      after: '(if|when|once) (he|she|they) (finds? out|found out|knew|knows|sees|saw)|for (this|that|it|not|(?!leaving|telling|reporting|calling|talking)[a-z]+ing)',
      near: 'lol|haha|hahaha|lmao|lmfao|jk|just kidding|joking',
    },
  },
  {
    id: 'violence.hurting-other',
    kind: KIND,
    level: 'crisis',
    victim: 'other',
    notForSelf: true,
    pattern:
      '({agent}|hes|shes) ~1 (hits|hit|beats|beat|hurts|abuses|abused|molests|molested|chokes|choked|strangled|burns|burned) (my|our|the|his|her|their) (kids|kid|children|child|son|daughter|baby|toddler|mom|mother|sister|brother|little brother|little sister)',
    notWhen: { after: 's feelings|feelings|at|in (chess|cards|a game)|back' },
  },
  {
    id: 'violence.touching-other',
    kind: KIND,
    level: 'crisis',
    victim: 'other',
    notForSelf: true,
    pattern:
      '({agent}|hes|shes|someone|somebody) ~2 (touches|touched|is touching|has been touching|keeps touching|molests|rapes|raped|sexually abuses|sexually abused|gropes|groped) (my|our|the|his|her|their) (little |baby |younger |older )?(kids|kid|children|child|son|daughter|baby|toddler|sister|brother|niece|nephew|cousin|stepdaughter|stepson|girl|boy)(?= [|]|$| and| when| at| in| inappropriately| while| every| again| sexually| i | but| so)',
  },
  {
    id: 'violence.threat-reported',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    negatable: false,
    pattern: [
      '(said|says|saying|told me|tells me|telling me|swore|swears|keeps saying|promised|warned me|texted|texts|screamed|yelled|yells|screams|threatened|threatens)( that)? ~3 (he|she|they|hes|shes) (would|will|is going to|gonna|going to|was going to|could|might|is gonna|will not hesitate to|is about to) ~1 (' + HARM_VERBS + ') (me|us|my (kids|children|son|daughter|baby|family|dog|cat|mom))',
      '(threatened|threatens|threatening|tried|tries|is trying|trying|attempted) (to )?(' + HARM_VERBS + ') (me|us|my (kids|children|son|daughter|baby|family))',
      'death threats?',
      '(said|says|told me|tells me|swore|swears|keeps saying|warned me|texted|texts|threatened|threatens)( that)? ~3 (he|she|they|hes|shes) (would|will|is going to|gonna|going to|was going to|is gonna) (make (me|us) pay|come after (me|us)|get back at (me|us)|end (me|us)|make (me|us) regret it)',
    ].join('|'),
    softenWhen: {
      after:
        '(if|when|once) i (take|took|eat|ate|touch|use|borrow|wear|break|forget|am late|lose|lost|sign up|spend|crash|scratch|mess up|finish|drink his|drink her)|for (this|that|it|(?!leaving|telling|reporting|calling|talking)[a-z]+ing)',
      near: 'lol|haha|hahaha|lmao|lmfao|jk|just kidding|joking',
    },
  },
  {
    id: 'violence.threat-partner',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    pattern:
      '({partner}|he|she|hes|shes) (will|is going to|gonna|going to|is gonna|wants to|is coming to|is on (his|her) way to|is about to) ~1 (' + HARM_VERBS + ') (me|us)',
    softenWhen: {
      after:
        '(if|when|once) (he|she|they) (finds? out|found out|knew|knows|sees|saw|hears|heard|gets home and sees)(?! (that )?(i am|i was|i have been|i) (reaching out|calling (you|someone|a hotline|the police|911)|talking to (you|someone|a counselor|the police)|leaving|trying to leave|planning to leave|getting help|asking for help|contacting|going to the police))|for (this|that|it|not|(?!leaving|telling|reporting|calling|talking)[a-z]+ing)',
      near: 'lol|haha|hahaha|lmao|lmfao|jk|just kidding|joking',
    },
  },
  {
    id: 'violence.afraid',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    pattern: [
      '(afraid|scared|terrified|frightened|fear|fearful|in fear) (of|for) (my|our) (life|lives|safety|kids safety|childrens safety)',
      '(afraid|scared|terrified|frightened) of (my|our) ({partner}|dad|father|stepdad|stepfather|mom|mother|stepmom|son|brother|roommate)',
      '(afraid|scared|terrified|frightened|too scared|too afraid) ~2 (to go|to be|of going|going|to stay|to return|to sleep|to get) ~1 (home|back home|at home|in my (house|home|room|apartment)|there tonight|in the same house)',
      '(afraid|scared|terrified) (that )?(he|she|they|hes|shes) (will|is going to|gonna|might|is gonna|would) ~1 (' + HARM_VERBS + '|find|come after|hit) (me|us|my)',
    ].join('|'),
    notWhen: {
      after:
        'finding out|knowing|seeing|being (mad|angry|disappointed|upset)|judging|reaction|find out|be (mad|angry|disappointed|upset)|and (face|tell|explain)|to (face|tell|explain)',
    },
  },
  {
    id: 'violence.unsafe-home',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    negatable: false,
    pattern:
      'not safe (at home|in my (home|house)|with (him|her|them|my ({person})))|(do not|dont) feel safe (at home|in my (home|house|own home)|with (him|her|them|my ({person}))|around (him|her|them|my ({person})))|(unsafe|in danger) (at home|with (him|her|my ({person})))',
  },
  {
    id: 'violence.abusive',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    pattern: [
      '(in|stuck in|trapped in|living with|married to|with|leave|leaving|escape|escaping|get out of) (an |a |my )?(abusive|violent) (relationship|marriage|partner|home|household|husband|wife|boyfriend|girlfriend|man|dad|father|parent|parents)',
      'my (abusive|violent) ({partner}|dad|father|stepdad|mom|mother|parents?)',
      '({agent}|hes|shes) (is|are|gets|get|becomes|turns|has been|is been) ~1 (abusive|violent|physical)(?= [|]|$| when| with| to| toward| towards| and| if| again)',
      '(being|getting|am being|been) (abused|beaten|beat up|hit|raped|assaulted|trafficked)',
    ].join('|'),
  },
  {
    id: 'violence.sexual',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    pattern:
      '(raped|sexually assaulted|molested|assaulted|groped|drugged|trafficked) (me|us)|(i was|i have been|i got|been|was|got|getting|being) (raped|sexually assaulted|molested|assaulted|drugged|trafficked)|rape kit',
  },
];
