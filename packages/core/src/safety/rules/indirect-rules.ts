/**
 * Indirect suicide talk with no anchor word: weariness and hopelessness said as final ("i can not
 * do this anymore", "what is the point of any of this"), passive death wishes ("i hope i get hit
 * by a car"), planning and preparation ("i have made my arrangements", "i picked a date"),
 * self-harm in its community words ("relapsed on cutting", "sh again"), and a parent finding
 * fresh injuries. Each is a class of phrasing; the ordinary readings (paperwork, waitlists,
 * childcare arrangements, a start date) are carved out by context.
 *
 * Templates are over normalised text ("do not", "i am", "can not"); see `rule-pattern.ts`.
 */
import type { CrisisRule } from '../crisis-rule.js';

const KIND = 'suicide-self-harm';

/** Everyday burdens that make weariness about them, not about living. */
const EVERYDAY =
  'paperwork|forms?|homework|school|class|classes|job|work|shift|shifts|boss|commute|traffic|wait|waiting|waitlist|wait list|insurance|bills?|phone|app|website|line|queue|hold|diet|gym|mornings?|early|schedule|drive|driving|noise|neighbors?|kids homework|laundry|cravings?|hangovers?|drinking|using|drugs|pills|booze|alcohol|program|rehab|treatment|therapy|meetings?|group|relationship|marriage|roommate|lol|lmao|haha';

/** "It all", the whole of life: the thing a visitor wants to stop or sees no point in. */
const WHOLE =
  'it all|all of it|all of this|any of it|any of this|everything|anything|life|my life|living|being alive|existing|being here|going on|carrying on|trying|even trying|fighting|waking up|getting up|it anymore|this anymore|me|myself';

export const INDIRECT_RULES: readonly CrisisRule[] = [
  // Weariness said as final, at the end of a sentence, about nothing in particular.
  {
    id: 'indirect.cannot-anymore',
    kind: KIND,
    level: 'crisis',
    onlyForSelf: true,
    negatable: false,
    pattern:
      '(can not|cant|could not) (do|take|handle|bear|stand|face) (this|it|life|any of (this|it)|this life|another day|one more day) (anymore|any more|any longer|much longer)(?= [|]|$| i | honestly| tbh| please| i am| everything| nothing| no one| nobody)|(can not|cant) keep (going|living|fighting|pretending|doing this)(?= [|]|$| anymore| any more| any longer| like this| i )',
    notWhen: { near: EVERYDAY },
  },
  {
    id: 'indirect.doubt-go-on',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    subject: 'self',
    pattern:
      '(do not|dont|no longer) (think|know if|know how|know how much longer|believe) i (can|could|will be able to|am able to) (keep going|go on|keep living|keep fighting|hold on|survive this|make it through (this|tonight|the night)|stay alive|stay safe)(?= [|]|$| anymore| much longer| any longer| like this| honestly| i )|(running out of|out of|lost all|losing all|have no|can not find any|can not find a|no more) (reasons?) (to (stay|live|keep going|be here|stay alive|go on|keep living|wake up|keep trying|hold on))',
    notWhen: { near: EVERYDAY },
  },
  {
    id: 'indirect.tired-of-living',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    onlyForSelf: true,
    pattern:
      '(tired|sick|exhausted|done|weary) (of|with) (living|existing|being alive|life|my life|being me|being here|waking up|breathing|everything and everyone|it all|all of it|fighting|trying)(?= [|]|$| i | honestly| tbh| and| so| anymore| any more| every| at this)|(done|finished) (trying|fighting)(?= [|]|$| i | honestly| tbh| anymore| any more| at this)',
    notWhen: { near: 'to (quit|stop|get sober|stay sober|get clean|stay clean)|sobriety|sober|relapse|relapsing|diet|lose weight|quit (drinking|using|smoking)|with (drinking|using|drugs|alcohol)|(drinking|using) (and|so)|ready for (help|treatment|rehab)|need help (with|for) (my )?(drinking|using)' },
  },
  // Wanting all of it to stop, end or be over.
  {
    id: 'indirect.want-it-all-stop',
    kind: KIND,
    level: 'crisis',
    onlyForSelf: true,
    negatable: false,
    pattern:
      '(want|wanna|need|wish|just want|ready for) (for )?(it all|all of it|all of this|everything|the pain|my pain|my life|life|this life|the world|it) (to )?(stop|end|be over|go away|go black|go quiet)(?= [|]|$| for good| forever| already| i | now| please| so| and)|(want|wanna|wish) (it|this|everything) (all )?(to )?(stop|end|be over) (for good|forever|permanently)',
    notWhen: { near: 'treatment|rehab|program|detox|start (fresh|over)|fresh start|so i can|cravings?|urges? to (drink|use)|withdrawal|shakes|noise|pain in my|headache|back pain|hangover|drinking|using|the (drinking|using|fighting|arguing|yelling)|rain|snow|song|show|meeting|call|session|week|day|shift' },
  },
  // No point, no future, no way out: hopelessness said about the whole of life.
  {
    id: 'indirect.no-point',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    pattern:
      '(what is|whats|what|is there|there is no|there is not|no|theres no) (even )?(the |a |any )?point (of|in|to) (' + WHOLE + ')(?= [|]|$| anymore| any more| at all| honestly| tbh| if| when| i | seriously| really)|(everything|life|it all|living|my life|existence|existing|all of it|all of this) (is|feels|seems) (so |just |completely |totally )?(pointless|meaningless|hopeless|worthless)(?= [|]|$| anymore| now| and| i | honestly| tbh| so)',
    notWhen: { near: 'group|program|session|sessions|meeting|meetings|class|insurance|form|forms|paperwork|app|call|appointment|waitlist|if i (work|have|am|can|do|miss)|sober|sobriety|sponsor|step' },
  },
  {
    id: 'indirect.no-way-out',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    pattern:
      '(do not|dont|can not|cant|could not) see (a|any|another) (way out|way forward|future|way through|light|point|reason)(?= [|]|$| of this| anymore| any more| for me| except| other than| but| at all| honestly| i )|(there is|theres|i have|i see|there is just) no (future|hope|way out|way forward|light|tomorrow) (for me|left|anymore|any more|at all)(?= [|]|$| i | honestly| and| so)|no (future|hope|way out) for (me|someone like me)',
    notWhen: { near: 'debt|debts|loans?|bills|mortgage|contract|lease|plan|insurance|program|commitment|waitlist|parking|building|maze|tunnel' },
  },
  // Passive death wishes: an accident, an illness, not waking.
  {
    id: 'indirect.passive-death-wish',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    subject: 'self',
    pattern: [
      '(hope|hoping|wish|wishing|pray|praying|want|wanting) ~2 (i|that i) (get|got|gets|would get|will get|could get) (hit|run over|killed|shot|struck|cancer|sick enough to die|in a (crash|wreck|accident))',
      '(hope|hoping|wish|wishing|pray|praying) ~2 (i|that i|my (car|plane|bus)|the (car|plane|bus)) (crash|crashes|would crash|will crash|die|dies|would die|just die|drown|stop breathing)',
      '(hope|hoping|wish|wishing|pray|praying) ~3 (i|that i) (do not|will not|would not|never) (wake up|make it (through|to)|come back|survive)',
      '(wish|wishing|want|wanting|hope|hoping) ~2 (to|i could|i would) (die|go) in my sleep',
      '(wish|wishing|hope|hoping|pray|praying) ~2 (something|someone|god|a car|a truck|a bus|cancer|an accident) (would|will|could) (just )?(kill|take|end) (me|my life)',
      '(easier|better|simpler|nicer|a relief) (to|if i) (just )?(not exist|stop existing|disappear|not be here|not wake up|never wake up|die|be dead|not be alive)(?= [|]|$| honestly| tbh| anymore| sometimes| i )',
      '(want|wanna|wish|ready|going|just want) to (fall asleep|sleep|go to sleep) (forever|for good|and (never|not) wake up)',
      '(would not|wouldnt|would not even) (mind|care) (if|when) (i|it all) (died|die|was dead|were dead|did not wake up|never woke up|got hit|crashed|ended|just ended|stopped)',
      '(keep|keeps|kept) (thinking|dreaming|fantasizing) (about|of) (not waking up|never waking up|dying|being dead|disappearing|crashing|driving (off|into))',
      '(thinking|thought|think|dream|dreaming|fantasizing|fantasize) (about|of) (driving|crashing|swerving|steering) (my car )?(into|off) (a|the|oncoming|traffic)',
    ].join('|'),
    notWhen: { near: 'hangover|lol|lmao|haha|game|movie|show|dream last night|nightmare' },
  },
  // Planning and preparation.
  {
    id: 'indirect.arrangements',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern:
      '(made|making|finished|finalized|finalised|sorted|got|have|put|putting|getting) ~1 (my|all my|the|final|last) (final |last )?(arrangements|affairs in order|affairs sorted|things in order|final plans)(?= [|]|$| now| already| and| everything| so| i | for (after|when i am gone|my funeral|my kids|the end))|(planned|planning|wrote|writing|picked) ~1 my (own )?(funeral|obituary|eulogy)|(picked|chose|chosen|set|have|got) ~1 (a|the) (date|day|time)(?= [|]|$| to (do it|end it|go|die)| for (it|my death|the end))|(planning|planned|plan|figured out|figuring out|thinking about|thought about) ~1 my (final |last )?(exit|way out)(?= [|]|$| from (this|here|life|everything|the world|it all)| tonight| soon| now)|(i know|i have decided|decided) (when|how|where|what) (i am going to|i will|i am gonna|to) (do it|use it|end it|go)',
    notWhen: { near: 'strategy|company|lease|building|emergency exit|while|residential|inpatient|outpatient|iop|stay|away|childcare|babysitter|ride|rides|travel|flight|intake|start|admission|admit|program|treatment|rehab|detox|appointment|session|work|job|leave|vacation|pets? sitter|dog sitter|wedding|move|moving|court|surgery|party|birthday|graduation|school' },
  },
  {
    id: 'indirect.if-not-here',
    kind: KIND,
    level: 'cue',
    subject: 'self',
    negatable: false,
    tags: ['finality'],
    pattern:
      '(if|when|in case) i am (not|no longer) (here|around|alive) (tomorrow|next week|by (then|tomorrow|monday|the weekend|morning)|anymore|any more)|(if|when|in case) (something|anything) happens to me',
  },
  {
    id: 'indirect.do-something',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern:
      '(scared|afraid|worried|terrified|think|feel like|i know) ~1 (i am going to|i will|i might|ill|i am gonna|i could) (do something|do it|go through with it|act on it)(?= [|]|$| tonight| today| to myself| right now| now| this time| soon)',
    notWhen: { near: 'drink|drinking|drunk|relapse|relapsing|using|use again|bar|liquor|booze|gamble|gambling|money|spend|text (him|her)|call (him|her)|quit|leave|the program|sign up|enroll' },
  },
  // Someone else showing warning signs: goodbyes or giving things away.
  {
    id: 'indirect.other-goodbyes',
    kind: KIND,
    level: 'crisis',
    notForSelf: true,
    victim: 'other',
    pattern:
      '(saying|said|says|been saying|texting|texted|calling|called) ~1 (goodbye|goodbyes|bye) to (people|everyone|everybody|us|all of us|his|her|their|family|friends|the kids|me)(?! (at|before|after|for the (day|night|weekend)|and (left|went)))',
    notWhen: { near: 'party|moving|move|trip|vacation|deploy|deployment (tomorrow|next)|flight|airport|leaving for|graduation|going away|new job|school' },
  },
  // Someone at the door with a weapon.
  {
    id: 'indirect.agent-armed-here',
    kind: 'violence-abuse',
    level: 'crisis',
    immediate: true,
    victim: 'speaker',
    pattern:
      '({agent}) (is |are )?(outside|at|in|by|inside|near|banging on|trying to get in|breaking into) ~3 (house|home|door|window|apartment|place|room|car|work|job) ~3 with (a|his|her|their|the) ({weapon}|bat|hammer|crowbar)',
  },
  // Asking about a crisis line, then saying it is needed now.
  {
    id: 'indirect.hotline-mention',
    kind: KIND,
    level: 'cue',
    subject: 'self',
    negatable: false,
    tags: ['hotline'],
    pattern: '988|nine eight eight|suicide (hotline|line|lifeline|prevention)|crisis (line|hotline|text line|number)|lifeline',
  },
  {
    id: 'indirect.need-it-now',
    kind: KIND,
    level: 'cue',
    negatable: false,
    onlyForSelf: true,
    tags: ['need-now'],
    pattern: '(need|might need|have to|should) ~1 (it|them|that|one|to call|to text|to talk to someone|to call them|to text them|to use it)(?= [|]|$| tonight| now| right now| soon| today| honestly)',
  },
  // Self-harm in its own words: relapse, "sh", urges, a parent finding fresh injuries.
  {
    id: 'indirect.selfharm-relapse',
    kind: KIND,
    level: 'crisis',
    pattern: [
      '(relapsed|relapse|relapsing|slipped|slip) (on|with|into|back into|back to) (cutting|self harm|self harming|sh|burning|scratching|hurting myself|harming myself)',
      '(cut|cutting|burned|burning|burnt|scratched|sh|shd|self harmed|hurt myself|harmed myself) (again|last night|tonight|today|this morning|just now|yesterday)(?= [|]|$| and| after| i | for| because| so)',
      '(i|just|i just|i have|i have been|been|started|keep|kept) (sh|shing|shd) (again|tonight|today|last night|yesterday|every|more|deeper)',
      '(urge|urges|need|want|wanna|going|gonna|about) (to )?(sh|cut|burn myself|hurt myself)(?= [|]|$| again| so| really| tonight| right| now| bad| i | and)',
      '(clean|free) (from|of) (sh|self harm|cutting) ~6 (relapsed|again|until|till|ruined|broke|broken)',
      '(burning|burn|burned|burnt|scratching|hitting|punching) my (arms?|legs?|wrists?|skin|thighs?|stomach|head) (with|against|on|till|until)',
      '(burning|burned|burnt|scarring|marking) (myself|my skin) (with|on)',
      '(my )?(arms?|legs?|wrists?|thighs?|stomach|body|skin) (is |are )?(covered|full) (in|of|with) (fresh |new |deep )?(cuts|burns|scratches|slashes)',
      '(can not|cant) stop (cutting|burning myself|hurting myself|harming myself|sh|scratching myself)',
    ].join('|'),
    notWhen: { near: 'accident|accidentally|cooking|shaving|stove|oven|iron|sunburn|hair|back|recipe|(cut|cutting) (back|down|ties|off|out|class|school|carbs|sugar|the)|cutting (my )?(hair|hours)|gym|workout|lifting|wall at work|used to|years ago' },
  },
  {
    id: 'indirect.found-injuries',
    kind: KIND,
    level: 'crisis',
    victim: 'other',
    pattern:
      '(found|saw|seen|noticed|see|discovered) ~2 (fresh |new |deep |bloody )?(cuts|burns|scars|marks|blood|razors?|blades?) (on|all over|up and down) (his|her|their) (arms?|legs?|wrists?|thighs?|stomach|body|skin)|(found|saw|noticed|discovered) ~2 (fresh |new |deep |bloody )?(cuts|burns|marks|razors?|blades?) ~4 (fresh|new|bleeding|today|tonight|again)',
    notWhen: { near: 'old|years ago|used to|healed|faded|surgery|cat|dog|kitchen|cooking|sports|fell|fall' },
  },
  // Veterans and others: euphemisms for a method.
  {
    id: 'indirect.method-euphemism',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(eat|eating|ate|eats) (my|a|the) (gun|gunbarrel|barrel|bullet|pistol|rifle|shotgun|glock)|(put|putting) (a|the|my) (gun|pistol|barrel|bullet) (to|in) my (head|mouth|temple)|(checking|check) out early|(take|taking) the (easy|coward s|cowards) way out|(go|going) to sleep (forever|for good|and not wake up)',
    notWhen: { near: 'checkout|hotel|store|library|book|class|program|appointment|session' },
  },
];
