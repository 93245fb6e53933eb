/**
 * Evidence rules: phrases that are not a crisis on their own but make one together with another
 * (stopped drinking + shaking badly, used more than usual + chest pain, a gun at home + thoughts
 * of ending it). They only ever count in the combinations of `combo-rules.ts`.
 */
import type { CrisisRule } from '../crisis-rule.js';

export const CUE_RULES: readonly CrisisRule[] = [
  {
    id: 'cue.withdrawal',
    kind: 'medical-emergency',
    level: 'cue',
    negatable: false,
    tags: ['withdrawal'],
    pattern: [
      '(stopped|stop|quit|quitting|stopping|came off|coming off|come off|cut out|gave up|got off|get off|kicking|kicked|off) ~1 ({withdrawSubst})',
      'detoxing|detoxed|withdrawing|cold turkey|(in|going through|am in|is in|started|having|have|bad) (withdrawal|withdrawals|withdrawl|withdrawls)|(detox|detoxing|detoxed) (at home|alone|myself|himself|herself|on (my|his|her) own)',
      '(sober|clean|dry) (for|since)',
      '(sober|clean|dry) (for )?([0-9]+|a|one|two|three|four|five|six|seven|a few|a couple of|couple) (days?|hours)',
      'since (my|his|her|their) last (drink|drinks|use|hit|dose|pill|fix)|last (drink|drank|use|used|dose) was',
      '(have not|did not|has not|had not|is not|not) (had|been)? ?(a )?(drink|drank|drinking|used|using|touched a drop)',
      '(no|without) (a )?(drink|drinks|alcohol|booze) (for|since|in)',
      '(days?|weeks?|hours?) (no|without) (a )?(drink|drinks|drinking|alcohol|booze|using|pills|benzos)',
      '(day|days|hour|hours|week) ([0-9]+|one|two|three|four|five|six|seven) (no|without|off|of no|off of) (a )?({withdrawSubst}|drinks)',
      '(withdrawal|withdrawals|withdrawl|withdrawls|detox|the shakes) (is|are|has been|have been|is getting|are getting) (so |really |very |super |getting )?(bad|rough|brutal|awful|horrible|terrible|intense|severe|worse)',
    ].join('|'),
  },
  {
    id: 'cue.withdrawal-word',
    kind: 'medical-emergency',
    level: 'cue',
    negatable: false,
    tags: ['withdrawal-word'],
    pattern: 'detox|withdrawal|withdrawals|withdrawl|withdrawls|dts|delirium tremens',
  },
  {
    id: 'cue.substance-use',
    kind: 'overdose-poisoning',
    level: 'cue',
    tags: ['substance-use'],
    pattern: [
      'relapsed|relapsing|shot up|shooting up|nodding (off|out)|nodded (off|out)|bad (reaction|trip)',
      '(needle|needles|syringe|syringes|rig|spoon|foil|pipe) (next to|beside|by|near|in|on) (him|her|them|his|her|their)|(narcan|naloxone)',
      '(he|she|they|i|we) (just )?(used|relapsed|got high)(?= [|]|$| and| then| again| now| tonight| today)',
      '(took|taken|ate|drank|smoked|used|snorted|injected|swallowed|did) (a bunch of |a lot of |some )?(something|some stuff|stuff|a pill|pills|a tab|a line)',
      '(used|using|took|taking|snorted|snorting|smoked|smoking|injected|injecting|shot up|shooting up|did|doing|drank|drinking|high on|on|mixed) ~2 ({subst})',
      '(used|drank|took|did) ~2 (more than (usual|normal|i usually do|i normally do)|way more|a lot more|too much|so much)',
      '(i am|he is|she is|was|got|am|been|is) ~1 (high|drunk|wasted|messed up|blacked out|tweaking|geeked)',
      'after (using|drinking|i used|i drank|taking|smoking|snorting|he used|she used)',
      '(been|is|was|keeps|kept) (drinking|using)|(drinking|using) (all day|all night|nonstop|heavily|since)',
    ].join('|'),
  },
  {
    id: 'cue.heavy-drinking',
    kind: 'overdose-poisoning',
    level: 'cue',
    tags: ['heavy-drinking'],
    pattern: '(drank|drunk|downed) ~1 (too much|way too much|a whole|an entire|a full|two|three) ~2 ({drink})',
  },
  {
    id: 'cue.shaking',
    kind: 'medical-emergency',
    level: 'cue',
    tags: ['shaking'],
    needsPerson: true,
    pattern: 'shaking|shakes|shaky|trembling|tremors|tremor|shivering uncontrollably|twitching',
    notWhen: { after: 'a little|slightly|a bit|with (excitement|anticipation|laughter)|my head|hands with' },
  },
  {
    id: 'cue.shaking-severe',
    kind: 'medical-emergency',
    level: 'cue',
    needsPerson: true,
    negatable: false,
    tags: ['shaking-severe'],
    pattern:
      '(shaking|trembling|twitching|jerking|convulsing) (uncontrollably|violently|nonstop|non stop|all over)|(can not|cant|will not|wont) stop (shaking|twitching|jerking)|(shaking|trembling|shakes are) (so |really |super |very )?(bad|badly|hard)(?= [|]|$| and| i | he | she | now| right)|(whole|entire) body (is |keeps |started )?(jerking|shaking|convulsing|twitching|spasming|seizing)|(body|arms|legs) (is |are |keeps |keep )?(jerking|convulsing|spasming)',
  },
  {
    id: 'cue.fit',
    kind: 'medical-emergency',
    level: 'cue',
    needsPerson: true,
    tags: ['seizure-weak'],
    pattern: '(had|having|has had|is having|just had) (a |another )?(fit|fits)',
    notWhen: { after: 'about|over|when|because|of (rage|anger|laughter|giggles)' },
  },
  {
    id: 'cue.confusion',
    kind: 'medical-emergency',
    level: 'cue',
    negatable: false,
    tags: ['confusion'],
    needsPerson: true,
    pattern:
      'confused|disoriented|delirious|out of it|not making sense|talking nonsense|(does not|do not|did not) know (where|who) (he|she|i|they|we) (is|am|are|was)|(does not|do not|did not) know what (day|year) it is|(does not|did not) recognize (me|us|anyone)|acting (crazy|strange|weird|paranoid)|paranoid|agitated',
  },
  {
    id: 'cue.hallucination-weak',
    kind: 'medical-emergency',
    level: 'cue',
    tags: ['hallucination-weak'],
    needsPerson: true,
    pattern:
      '(seeing|see|saw|hearing|hear|heard) (bugs|spiders|insects|snakes|rats|things|stuff|shadows|voices|people)|(bugs|spiders|insects|ants|things) (crawling|on (me|my skin|the walls|the ceiling)|under my skin)',
  },
  {
    id: 'cue.unresponsive-weak',
    kind: 'medical-emergency',
    level: 'cue',
    negatable: false,
    tags: ['unresponsive'],
    pattern:
      '(will not|would not|does not|is not|not|wont) (respond|responding|answer|answering|move|moving)|not moving|(passed|passes) out|(has not|have not|hasnt|did not) (moved|responded|woken up|woke up|answered me|opened (his|her|their) eyes)|not (talking|speaking|blinking)(?= [|]|$| and| at all| or)|(just )?(staring|stares) (blankly|at nothing|into space)',
    notWhen: { after: 'to (texts?|my texts|messages?|calls?|my calls|emails?|treatment|medication|meds|therapy)|out of|in with|on|forward|away|the (phone|door)|my (calls|texts)' },
  },
  {
    id: 'cue.heart-racing',
    kind: 'medical-emergency',
    level: 'cue',
    tags: ['heart-racing'],
    needsPerson: true,
    pattern: '(heart|pulse) ~2 ((will not|wont|can not|does not) (slow|calm) down|racing|pounding|beating (so |really |super |very )?(fast|hard)|beating out of (my|his|her) chest|skipping|fluttering|going crazy|is going to explode|feels like it is going to explode)',
  },
  {
    id: 'cue.faint',
    kind: 'medical-emergency',
    level: 'cue',
    tags: ['faint'],
    needsPerson: true,
    pattern: '(pass|passing|about to pass|going to pass|gonna pass) out|fainted|fainting|blacking out|dizzy|lightheaded|light headed|numb (arm|face|lips)|can not feel my|(can not|could not|cant) (stay awake|keep (my|his|her|their) eyes open)|(everything|the room|my head|room) (is|keeps) spinning',
  },
  {
    id: 'cue.feel-dying',
    kind: 'medical-emergency',
    level: 'cue',
    tags: ['feel-dying'],
    pattern: '(feel|feels|feeling|felt) like (i am|he is|she is|i|i will) ~1 (dying|going to die|gonna die|about to die|having a heart attack)|i think i am dying|i am dying',
    notWhen: { after: 'to know|of (laughter|embarrassment|boredom)|laughing' },
  },
  {
    id: 'cue.vomiting',
    kind: 'medical-emergency',
    level: 'cue',
    negatable: false,
    tags: ['vomiting-persistent'],
    pattern:
      '(can not|could not|will not|would not) stop (throwing up|vomiting|puking)|(throwing up|vomiting|puking) (for hours|all day|all night|nonstop|non stop|for days|constantly)',
  },
  {
    id: 'cue.vomiting-any',
    kind: 'medical-emergency',
    level: 'cue',
    negatable: false,
    tags: ['vomiting'],
    pattern:
      '(vomit|puke) (on|in|everywhere|all over)|(throwing up|threw up|vomiting|vomited|puking|puked|throwing up blood|vomiting blood|choking on (his|her|their) (vomit|puke)|(vomit|puke|foam) (everywhere|all over|in (his|her|their) mouth))',
  },
  {
    id: 'cue.weapon-self',
    kind: 'suicide-self-harm',
    level: 'cue',
    subject: 'self',
    tags: ['weapon-self'],
    pattern: [
      'i (have|got|bought|own|keep|am holding|am carrying|picked up|grabbed|loaded|have access to|can get|just got|just bought|took|found) ~3 ({weapon}|rope)',
      '({weapon}|rope|a rope|noose) (in|at|under) (the|my) (house|home|car|room|apartment|drawer|closet|nightstand|hand|bed|garage|basement|bag|backpack)',
      '(loaded|holding|cleaning) (a |the |my )?(gun|pistol|rifle|shotgun|weapon)',
    ].join('|'),
  },
  {
    id: 'cue.weapon-other',
    kind: 'violence-abuse',
    level: 'cue',
    tags: ['weapon-other'],
    pattern:
      '({agent}) ~2 (has|got|grabbed|is holding|pulled|pulled out|is waving|waved|bought|owns|keeps|has got|took out) ~2 (a |his |her |the )?({weapon})',
  },
  {
    id: 'cue.angry-agent',
    kind: 'violence-abuse',
    level: 'cue',
    tags: ['angry-agent'],
    pattern:
      '({agent}) ~2 (is|gets|got|was|getting) ~1 (angry|violent|raging|enraged|screaming|yelling|threatening|out of control)|({agent}) ~2 (is|gets|got) (drunk|high|wasted) and (angry|violent|yelling|screaming|raging)',
  },
  {
    id: 'cue.hiding',
    kind: 'violence-abuse',
    level: 'cue',
    tags: ['hiding'],
    pattern:
      '(i am|we are|i|we|been|im) (hiding|hidden) (in|from|under|inside|behind)|hiding from (him|her|them|my ({person}))|(he|she|they|{agent}) (is|are) (looking|searching|coming) for (me|us)',
    notWhen: { near: 'game|hide and seek|surprise|party|presents?|gifts?|birthday|cravings|feelings|emotions' },
  },
  {
    id: 'cue.revenge',
    kind: 'harm-to-others',
    level: 'cue',
    subject: 'self',
    tags: ['revenge'],
    pattern:
      '(i|i am going to|i will|gonna|going to|i am gonna|i want to|i wanna) ~2 (make|see) (them|him|her|everyone|everybody|all of them|them all|my ({person})) (all )?(pay|suffer|regret it|sorry)(?= [|]|$| for what| tonight| today| i | and)|(get|getting) (back at|even with|revenge on) (them|him|her|everyone|my ({person}))',
  },
  {
    id: 'cue.kill-me',
    kind: 'violence-abuse',
    level: 'cue',
    tags: ['kill-me'],
    pattern: '({kill}|hurt|murder|shoot|stab|strangle|choke) (me|us)',
  },
  {
    id: 'cue.intent-vague',
    kind: 'suicide-self-harm',
    level: 'cue',
    tags: ['intent-vague'],
    pattern:
      '(do it|go through with it|end it|ending it|end things|not be around|be gone|no longer be here|not wake up)( tonight| today| soon| this weekend| now)?|(thinking|thought) about (it|doing it)|(thinking|thought) (about|of) using (it|them)(?= [|]|$| on| tonight| now)|(i have|i made|i got|i have got) a plan|(use|using) (it|them) on (myself|me)|(want|going|about|ready|gonna|wanna) to use (it|them)(?= [|]|$| on me| on myself| tonight| now)|(know|decided|figured out) (exactly )?(what|how|when|where) (i am going to|i will|i am gonna|im gonna|to) (do it|use it|use them|end it|do with (it|them|that))|(what|how) (i am going to|i will|i am gonna) use (it|them) (for|on)',
  },
  {
    id: 'cue.high-place',
    kind: 'suicide-self-harm',
    level: 'cue',
    tags: ['high-place'],
    pattern:
      '(i am|standing|sitting|up|out|parked|driving|drove|walked|walking|been going) ~2 (on|at|in|by|near|to|on top of|atop) ~2 (balcony|window|roof|rooftop|ledge|bridge|cliff|railing|top floor|overpass|parking garage|parking structure|parking deck|tracks|lake|river|water|woods|ocean|dam|quarry)|([0-9]+(st|nd|rd|th)?|top|highest) (floor|story|storey) (balcony|window|ledge|roof)',
    notWhen: { after: '(program|street|st|road|rd|avenue|ave|location|clinic|office|campus|center|centre)' },
  },
  {
    id: 'cue.let-go',
    kind: 'suicide-self-harm',
    level: 'cue',
    tags: ['let-go'],
    pattern:
      '(want|wanna|going|gonna|about|ready|thinking about|tempted|urge|close) (to )?(let go|lean over|climb over|go over|fall|jump|step off)(?= [|]|$| now| tonight| right now| so bad| honestly)|(looking|staring|stare|look) (down|over the edge)(?= [|]|$| at the (ground|street|cars|water|road|tracks)| from)',
  },
  {
    id: 'cue.resolved',
    kind: 'suicide-self-harm',
    level: 'cue',
    subject: 'self',
    tags: ['resolved'],
    negatable: false,
    pattern: '(?<=^|[|] )(i have |i |i am )?(already |finally |just )?(decided|made (up )?my (mind|decision)|made up my mind)(?= [|]|$)',
  },
  {
    id: 'cue.weary',
    kind: 'suicide-self-harm',
    level: 'cue',
    tags: ['weary'],
    negatable: false,
    pattern:
      '(?<=^|[|] )(so|just|really|very|too|i am so|i am just|i am really|i am too) (tired|exhausted|done|drained)(?= [|]|$)|(tired|sick|exhausted) of (everything|it all|fighting|trying|this life|all of it|being here|waking up)|can not (do this|take it|take this|go on) (anymore|any more|any longer)',
  },
  {
    id: 'cue.recurrence',
    kind: 'suicide-self-harm',
    level: 'cue',
    tags: ['recurrence'],
    pattern: [
      '(thinking|thought|think) about (it|doing it|that) again',
      '(those|the|my|these|dark|bad|suicidal) thoughts (are|have|keep) (back|come back|came back|returned|coming back)',
      '(feel|feeling|felt) (that way|like that|like doing it) again',
      '(want|wanna|going|gonna) to (do it|try it|try) again',
      '(it is|its) (happening|starting) again',
      '(and|but) (then )?again( (last|this) (night|week|morning|month)| yesterday| today| tonight)?(?= [|]|$)',
      '(and|but) (again )?(last night|this (week|morning)|yesterday|today|tonight)(?= [|]|$)',
    ].join('|'),
  },
];
