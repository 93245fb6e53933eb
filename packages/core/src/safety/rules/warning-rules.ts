/**
 * Rules for the indirect warning signs of suicide that people write instead of the word:
 * farewells and last messages, finality, not being around much longer, the means at hand or in
 * place (a ledge, a rope, pills laid out, a loaded gun), not being able to stay safe, feeling
 * that specific people would be better off, and questions about how much of something would be
 * lethal. Each is written as a class of phrasing with the ordinary readings carved out by context
 * ("goodbye for now", "the last session", "the bridge program", "a letter of amends").
 *
 * Templates are over normalised text ("do not", "i am", "will not"); see `rule-pattern.ts`.
 */
import type { CrisisRule } from '../crisis-rule.js';

const KIND = 'suicide-self-harm';

/** A time soon enough that "after it" means the visitor will not be there. */
const SOON =
  'tonight|today|tomorrow|tomorrow night|this weekend|the weekend|this week|next week|friday|saturday|sunday|monday|tuesday|wednesday|thursday|then|that|midnight|the morning|morning';

/** "I will" in its spellings, and its near relatives. */
const I_WILL = 'i will|ill|i am going to|i am gonna|i am probably going to|i will probably|i might|i may';

/** The places people go to jump or step off. */
const EDGE_PLACES =
  'parking structure|parking deck|parking ramp|parking garage|bridge|ledge|roof|rooftop|train tracks|railroad tracks|railway tracks|tracks|railway line|cliff|cliffs|overpass|parking garage roof|balcony railing|balcony ledge|railing|edge of (the|a|my|this|that) (bridge|roof|building|cliff|balcony|platform|overpass)';

/** What "the program", "it" or "the date" can be when a visitor says it will not matter. */
const PROGRAM_WORDS =
  'program|treatment|therapy|rehab|iop|it|any of (it|this|that)|none of (it|this|that)|this|that|the (start date|date|schedule|waitlist|wait|wait list|sessions?|groups?|intake|first session|appointment)';

/** Practical reasons that turn "not making it" or "will not need it" into logistics. */
const LOGISTICS =
  'reschedul[a-z]*|late|traffic|work|shift|sick|flu|covid|fever|car|ride|rides|bus|train|uber|babysitter|sitter|childcare|flight|weather|snow|storm|stuck|because|cause|since|due to|can (i|we)|could (i|we)|is (it|that) (ok|okay|fine|a problem)|will (i|it) (be|still)|do i|what (if|happens|should)|sorry|on time|in time|appointment|another (day|time)|makeup|make up|miss';

/** Belongings people give away before an attempt. */
const BELONGINGS =
  'things|stuff|belongings|possessions|car|truck|bike|motorcycle|dog|dogs|cat|cats|pets?|puppy|kitten|fish|clothes|guitar|games|jewelry|ring|watch|room|savings|money|phone|collection|xbox|playstation|ps5|switch|laptop|computer|shoes|records|books|tools';

/** Who a visitor may say would be better off without them. */
const KIN =
  'mom|mum|mother|mommy|dad|father|daddy|son|daughter|brother|sister|wife|husband|parents?|partner|girlfriend|boyfriend|friend|friends|kids|children|family';

export const WARNING_RULES: readonly CrisisRule[] = [
  // Farewells and last messages.
  {
    id: 'warning.last-message',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern:
      '(this is|this will be|these are|here is|heres|consider this|this|its|it is) my (last|final) (message|messages|text|texts|words|post|note|letter|goodbye|time (talking|reaching out|writing|texting|messaging|asking for help))|my (last|final) words|(the )?(last|final) thing (i will|ill|i am going to|i am gonna) (ever )?(write|say|post|send|type|text|tell you)|(see|meet) you (all )?(on the other side|in (heaven|another life|the next life|the afterlife))(?! of)|(you|they|nobody|no one|everyone|my [^ |]+) (will not|wont|will never|will no longer) (have to|need to) (worry about|deal with|take care of|put up with|see|look after|pay for) me (anymore|any more|any longer|again|ever again|soon|after (tonight|today|this))|(i|i am) (will not|wont|am not going to|will no longer|am not gonna) be (a|your|their|anyones|everyones) (problem|burden|worry|bother) (anymore|any more|any longer|much longer|soon|for (much|long))|(if|when) (anyone|someone|somebody|you|my [^ |]+) (finds|reads|sees|gets) this|(whoever|to whoever|to whomever) (finds|reads|sees) this|(the )?(last|final) time (you|anyone|anybody|they|you all|yall|everyone) (will )?(hear|hears|see|sees) (from )?me|(last|final) time (i will|ill|i am going to) (talk to|write to|message|text|bother) (you|anyone|anybody)|(you|nobody|no one|they|anyone) (will not|will never|wont) (hear from|see|talk to) me (again|anymore|any more|ever again)(?= [|]|$| after| because| so| i )',
    notWhen: {
      after:
        'for (today|tonight|now|the (day|night|week|evening)|a (while|bit|few|couple))|before (i|my|the|group|work|bed|lunch|class|heading)|here today|in this chat|(i|i will|ill) promise|until|till|about|on (the|this|that|my)|of the (day|night)',
      near: 'promise|questions?|(talk|see|speak) (to )?you (soon|later|tomorrow|then|next|at|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the [0-9]+))|(talk|see|speak) (to )?you (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|get back to (me|you)|call (you|me) (back|later|tomorrow)|for now|recommendation|reference',
    },
  },
  {
    id: 'warning.farewell',
    kind: KIND,
    level: 'crisis',
    pattern: [
      '(goodbye|good bye|farewell|bye) (everyone|everybody|all|yall|you all|world|cruel world|forever|for good|for real|friends|guys|my (friends|family|love|loves|babies|kids|children|loved ones))',
      '(goodbye|good bye|farewell|bye) (forever|for good)',
      '(this is|it is|its) goodbye(?= [|]|$| for| to| i | and| then)',
      '(it|this|everything|all of this|the pain|my pain|my suffering|it all) (ends|will end|is ending) (tonight|today|now|soon|tomorrow|this weekend)(?= [|]|$| i | for| and| one)',
      '(this is|it is|its) (the end|it) for me',
      '(this is|it is|its) the end(?= [|]|$| of me| of the road for me| goodbye)',
      '(said|saying|say|said all) ~1 (my|our) (last |final )?goodbyes?',
      '(saying|said|say) ~1 goodbye to (everyone|everybody|the world|my (family|kids|children|friends|loved ones|babies|people))',
      'i love (you all|all of you|yall|you guys|everyone|everybody) (goodbye|bye|forever|i am sorry|sorry|and i am sorry|remember)',
    ].join('|'),
    notWhen: {
      after:
        'for now|to (alcohol|drinking|drugs|my addiction|addiction|my old life|using|booze|the bottle|my old self|the old me|{subst})|to (my|the|an|that) (old|past|former)',
      near: 'show|sale|season|series|enrollment|registration|promo|offer|deal|game|class|see (you|yall|everyone)(?! (all )?(on the other side|in (heaven|another life|the next life|the afterlife)))|talk (to you |to yall )?(soon|later|tomorrow|then)|until|till|next (week|time|session|group|month)|have a (good|great|nice|lovely)|(this|the) (session|group|program|class|course|meeting|book|movie|show|song|chapter|season|year|semester)',
    },
  },
  {
    id: 'warning.farewell-cue',
    kind: KIND,
    level: 'cue',
    subject: 'self',
    tags: ['farewell'],
    negatable: false,
    pattern: [
      'goodbye|good bye|goodbyes|farewell|bye forever',
      'thanks? (you )?for (everything|trying|all you have done|all you did|being there|all of it)',
      'remember me|(please )?(take care of|look after) (my|them|him|her|yourselves|each other|mom|dad)',
      '(just )?(wanted|want|needed) to (say|tell you|tell everyone) (thank you|thanks|goodbye|bye|i love you|i am sorry|sorry)',
      '(just )?(wanted|want|needed) (someone|somebody|you|anyone|people|everyone) to know',
    ].join('|'),
  },
  {
    id: 'warning.love-cue',
    kind: KIND,
    level: 'cue',
    subject: 'self',
    tags: ['farewell-love'],
    negatable: false,
    pattern: [
      '(i|we) love (you all|yall|you guys|u guys|everyone|everybody|all of you|you so much|you always)(?= [|]|$| all| so| always| forever| and| please| no matter)',
      '(i|we) love (you|u) (mom|mum|dad|mommy|daddy|mama|papa|all|babe|baby|sis|bro|everyone|so much)(?= [|]|$| so| and| always| forever)',
      '(?<=^|[|] )(and )?(i )?love (you|u|ya)( so much| always| forever| all)?(?= [|]|$)',
      '(tell|let) (my|them|everyone|her|him) ~3 (i love|that i love|i always loved)',
    ].join('|'),
  },
  {
    id: 'warning.sorry-cue',
    kind: KIND,
    level: 'cue',
    subject: 'self',
    tags: ['farewell-sorry'],
    negatable: false,
    pattern: [
      '(sorry|i am sorry) (for everything|for all of it|for all of this|for being (a burden|this way|like this|such a burden|a failure))',
      '(do not|dont) (blame|hate) (yourselves|yourself|anyone|each other)|(it is|its|this is|this was) not (your|anyones|anyone s) fault(?= [|]|$| i | okay| ok)',
      'please forgive me|forgive me( for (everything|this|what i am about to do))?(?= [|]|$)',
      '(tell|let) (my|them|everyone|her|him) ~3 (i am sorry|that i am sorry|i was sorry)',
    ].join('|'),
  },
  {
    id: 'warning.sorry-bare-cue',
    kind: KIND,
    level: 'cue',
    subject: 'self',
    tags: ['sorry-bare'],
    negatable: false,
    pattern:
      '(?<=^|[|] )(i am |and i am |im )?(so |really |truly )?sorry( mom| mum| dad| mommy| daddy| mama| everyone| all| babe| baby)?(?= [|]|$)',
  },
  {
    id: 'warning.finality-cue',
    kind: KIND,
    level: 'cue',
    subject: 'self',
    tags: ['finality'],
    negatable: false,
    notWhen: { before: 'ok|okay|alright|all right|great|perfect|cool|awesome|thanks|thank you|sorry|yes|yeah|yep|well' },
    pattern: [
      '(it is|its|it all is|everything is|it is all) (over|finished)(?= [|]|$| now| for me)',
      '(i am|i) (really |so |just |completely |totally |officially |finally |truly )?(done|finished)(?= [|]|$| now| for good| this time| with (it all|everything|life|all of (it|this)|trying|fighting))',
      '(really|completely|totally|officially|truly) done(?= [|]|$| this time| now)',
      '(i am|i) at peace(?= [|]|$| now| finally| with (it|this|my decision|everything|dying|death)(?= [|]|$))',
      '(this is|it is|its) (the end|it)(?= [|]|$)',
      'made up my mind(?= [|]|$| and| i )',
      'before i go(?= [|]|$)',
      '(for the|one) last time',
      'no more (pain|suffering|hurting)',
      '(i will|ill|i am going to|i) be (gone|free|at peace)(?= [|]|$| soon| tonight| by| forever)',
      '(see|meet) you (on the other side|in (heaven|another life|the next life))',
      '(my|the) time (has come|is up)',
      'made (my )?peace',
      '(i am|im) not (scared|afraid) (anymore|any more|of (dying|death|it) anymore)',
      '(everything|it all|all) is (set|ready|in place|arranged|planned|taken care of|sorted)(?= [|]|$| now| for)',
      '(wrote|made|finished|updated|signed) (my|a) will(?= [|]|$| and| today| last night| tonight| already)',
      '(it was|it has been|its been) nice knowing (you|everyone|yall|you all)',
    ].join('|'),
  },
  {
    id: 'warning.about-to-do',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern:
      '(forgive|forgives|forgiving|forgiven|understand|blame|hate) (me )?(for )?what i am (about to|going to|gonna) do|(sorry|apologize|apologies) (for|about) what i am (about to|going to|gonna) do|(just )?(wanted|want|needed) (someone|somebody|you|anyone|people|everyone|my [^ |]+) to know ~4 (before i (go|am gone|die|do (it|this)|leave this world)|that i (love|loved|tried|am sorry))',
  },
  {
    id: 'warning.tell-loved-ones',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern:
      '(?<=^|[|] |please |pls |just |and |so |can you |could you |will you |would you |someone |somebody )(tell|let|make sure) (my|our|them|everyone|everybody|her|him) ~3 (knows? )?(that )?(i (love|loved|am sorry|was sorry|tried|did my best|did not mean|never meant)|(it is|its|it was) not (her|his|their|your|anyones) fault)|(?<=^|[|] |please |pls |just |and |so |can you |could you |will you |would you )(tell|let) (my|our) ({person}) ~2 (goodbye|bye for me|i said (goodbye|bye))',
  },
  {
    id: 'warning.the-night',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(tonight|today|tomorrow|this weekend) (is |will be |is going to be |is gonna be )?(the night|the day|it|my last (night|day))(?= [|]|$| for me| i do it| i go| i end it| i die| i am going to do it| goodbye)|my last (night|day|weekend|sunrise|birthday|christmas) (on earth|alive|of my life|ever)|(tonight|today) i (end it|do it|go through with it|finally do it)(?= [|]|$)|(tonight|today|tomorrow|tomorrow morning|tomorrow night|this weekend|in the morning|by (morning|tomorrow|tonight|friday|the weekend)) (it is|its|it will be|everything is|everything will be|it will all be|it all will be|it is all|all of this will be|i will be|ill be) (over|the end|gone|dead)(?= [|]|$| for me| finally| forever)|(it|everything|all of this|this) will (all )?be over (tonight|by (tomorrow|morning|tonight)|tomorrow)(?= [|]|$)',
  },
  {
    id: 'warning.wont-need',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(will not|wont|would not|not going to|not gonna|am not going to|will never|will no longer) (need|be needing|have to (worry about|pay|take care of|deal with|feed|walk|think about)|be using|use) ~6 (after|past|beyond|by|come) (' + SOON + ')(?= [|]|$| anyway| anymore| so| and| because| i )|(will not|wont|not going to|not gonna|will never) need (it|them|this|that|my( [^ |]+){1,3}|any of (it|this|that|them|my [^ |]+)|anything|money|stuff|things) (anymore|any more|any longer|where i am going|much longer|soon)(?= [|]|$| anyway| so| and| because| i )|(will not|wont|not going to|not gonna|do not|dont|will never) need ~5 where i am going',
    notWhen: {
      before: '(until|till|when|once|if|whether|how soon|how long until|how long before|after|before)( [^ |]+){0,3}',
      near: 'ride|rides|lift|babysitter|sitter|childcare|work|job|time off|school|license|insurance|parking|pass|form|forms|paperwork|loaner|rental|rent|refill|script|inhaler|crutches|cast|brace|glasses|since (i|my|we)|because (i|my|we) (got|have|found|bought|am getting)|got a new|getting a new',
    },
  },
  {
    id: 'warning.giving-away',
    kind: KIND,
    level: 'crisis',
    pattern: [
      '(can|may|should|could|gets to|will get to) (have|keep|take) (all )?(of )?my (' + BELONGINGS + ')(?= [|]|$| when| after| now| once| since| because| i | and| anyway)',
      '(gave|giving|give|given|left|leaving|leave) (away )?(my|all my|all of my) (' + BELONGINGS + ') to (my|a|her|him|them|someone|somebody|people|friends|family)',
      '(who|someone|somebody) (to|will|can|should|needs to|has to) (take care of|look after|feed|watch|raise) my (dog|dogs|cat|cats|pets?|kids|children|babies|fish|animals) (after|when|once) (i am gone|i die|i go|i am not here|tonight|tomorrow)',
      '(?<=^|[|] |please |pls |just |and |so )(take care of|look after) my (dog|dogs|cat|cats|pets?|kids|children|babies|family|mom|dad)(?= [|]|$| for me| when i am gone| after i am gone| after| forever)',
    ].join('|'),
    notWhen: {
      near: 'while|during|for (the|a|an|two|three|few|couple|six|[0-9]+) (week|weeks|weekend|month|months|days|day|program)|until|till|treatment|rehab|residential|inpatient|program|detox|hospital|moving|move|moved|vacation|trip|sold|selling|sell|deal|donat[a-z]*|declutter[a-z]*|old|new (one|place|apartment|house)|upgrade|birthday|christmas|gift|present|trade|lend|borrow',
    },
  },
  {
    id: 'warning.letters',
    kind: KIND,
    level: 'crisis',
    pattern: [
      '(wrote|written|writing|left|leaving|finished|finishing|sealed|put|addressed) ~1 (letters|notes|cards|a letter|a note|one) (to|for) ((each|every one|all) of (them|my [^ |]+|the people|us)|each (one|person)|everyone|everybody|the people i love|my (kids|children|family|parents|loved ones|friends|babies|boys|girls))',
      '(wrote|written|writing|left|leaving|finished|finishing|sealed|addressed) ~1 (letters|notes) (to|for) (my|each of my|all my|all of my) ({person})',
      '(letters?|notes?|messages?|videos?) ~6 so (they|she|he|everyone|my [^ |]+|you) (will )?(understand|understands|know|knows|get it|gets it|know why|understand why)',
      '(letters?|notes?|goodbyes?) (are|is|have been|has been) (all )?(written|done|ready|finished|sealed|addressed|on the (table|counter|desk|bed))',
      '(wrote|written|writing|left|leaving|finished|finishing|sealed|recorded|recording) ~2 (my |a |the )?(last|final|goodbye|farewell) (letter|letters|note|notes|words|message|messages|video|videos|texts?)',
      '(letters?|notes?|a letter|a note|messages?|videos?) (for|to) ~3 (to (find|read|open)|for (when|after|once) i|(when|after|once) i am (gone|dead|not here)|in case (something|anything) happens)',
      '(wrote|written|writing|left|finished|sealed) (the|my) (note|notes|letter|letters)(?= [|]|$| already| last night| today| tonight| and i am ready| and (cleaned|tidied|gave|said (goodbye|bye)|sorted|deleted|paid|put (my|everything)|made (my )?bed|left (them|it))| for (my|them|her|him|everyone) to)',
      '(left|leaving|wrote|put|placed|taped) ~1 (a|the|my) (note|letter|letters|notes) ~4 (on|in|under|by) (my|the|her|his|their) (pillow|bed|kitchen table|dresser|nightstand|mirror|windshield|door|fridge)',
    ].join('|'),
    notWhen: {
      near: 'amends|apolog[a-z]*|addiction|rehab|treatment|detox|inpatient|residential|explain|explaining|why i am (going|getting|leaving)|sober|sobriety|recovery|relapse|drinking|using|step|steps|sponsor|therapist|counselor|counsellor|assignment|homework|exercise|program|group|class|school|teacher|birthday|christmas|holiday|(thank you|thanks) (notes?|letters?|cards?)|wedding|anniversary|recommendation|reference|court|judge|employer|lawyer|job|insurance|santa|valentine|(to|for) (alcohol|drinking|my addiction|drugs|my younger self|my future self|myself|the addiction)',
    },
  },
  // Not being around.
  {
    id: 'warning.not-around',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern: [
      '(' + I_WILL + '|i am|i) ~1 (not|never|no longer) (going to |gonna |even )?be (here|around|alive|living|breathing)(?= [|]|$| by| when| for (it|that|long|much longer)| to see| long enough| much longer| after| anyway| anymore| any more| any longer| soon| then| in time| honestly| tbh| lol| at that point| so)',
      '(' + I_WILL + ') ~1 (be|already be) (gone|dead|long gone|six feet under|in the ground|in a box|a memory|with (god|jesus|my [^ |]+ in heaven))(?! (the|a|an|that|this|most|some|part|half|through|while|since|because|all|for|on|at|to|from|over|during|until|till|out|away|every|each|next|in (the|a|an))(?= |$))',
      '(' + I_WILL + '|i am|i) ~1 (not|never|no longer) (going to |gonna |even |still )?be (alive|living|breathing) (next|this|by|in a|in two|tomorrow|tonight|much longer|for long|long)',
      '(do not|can not|cant|dont|no longer) see myself (being|still being|living|alive|staying|making it|getting|sticking) ~1 (here|around|alive|past|much longer|long|next (year|week|month|summer|christmas|birthday))',
      '(' + I_WILL + '|i am|i) ~1 (not|never|no longer) (going to |gonna )?be (here|around) (for|by|at) (the|my) (intake|program|start|start date|beginning|first (session|day|group)|appointment|session|sessions)(?= [|]|$| anyway| so| honestly| i | do not worry| dont worry| no need| no point| tbh)',
      '(do not think|not sure|do not know if|dont know if|doubt|no idea if|not certain) (' + I_WILL + '|i) (still |even )?be (here|around|alive) ~2 (for|by|at|when|until|till|to see|next|much longer|long|tomorrow|tonight|anymore|then|that long|in a)(?! (a|an|the)? ?(vacation|trip|holiday|holidays|business|conference|wedding|funeral|town)(?= |$))',
      '(do not|can not|cant|dont|no longer) see (a|any) (future|tomorrow|way forward|way through)( for (me|myself))?(?= [|]|$| anymore| honestly| at all| i | and| so)',
      '(this time|by this time|same time) (next|tomorrow|on) ~1 (' + I_WILL + '|i) ~1 (be )?(gone|dead|not (be )?(here|around|alive))',
      'by the time (anyone|you|someone|somebody|they|my [^ |]+) (reads?|read|sees?|finds?) (this|it|me)',
    ].join('|'),
    notWhen: {
      after:
        '(for(?! (it|that|long|much|any of|them|him|her|my (kids|son|daughter|family|appointment|intake|first|birthday)|the (program|start|first|intake|session|sessions|end|holidays|wedding|birth))(?= |$))|to (my|the|a|an|work|school|visit|his|her|their|our|see (my|the|a|an) (doctor|family|folks|parents|mom|dad))|on|at|until|till|from|out|all|most|half|over|during|in (the|a|an)|this|next|every|each|the whole|by (noon|[0-9]|the (afternoon|evening))|tired|meat|broke|asleep|busy|working|traveling|away|on time|early|late|if|unless|without|if not for|were it not)(?= |$)',
      near: 'vacation|trip|travel|traveling|travelling|business|conference|camp|holiday|holidays|out of town|moving|move|moved|relocat[a-z]*|deployed|deployment|hospital|surgery|is (that|it) (ok|okay|a problem|fine)|can i|could i|will i|do i|should i|job|company|town|city|state|school|college|relationship|marriage|kill me|murder me|(gonna|going to) (kill|murder)|if i (keep|continue|do not|go on|carry on|stay)|unless i|at this rate|the way i am going|keep drinking|keep using',
    },
  },
  {
    id: 'warning.not-make-it',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern: [
      'i ~2 (not|never|will not|wont) (gonna |going to )?(make it|last|survive|hold on|hang on) ~1 (to|till|until|through|past) (the |my |our )?(first|next|start|intake|program|session|sessions|appointment|group|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|that|christmas|my birthday|end|holidays)',
      'i ~2 (not|never|will not|wont) (gonna |going to )?(make it|last|survive|hold on|hang on) (that long|much longer|long enough|another (day|week|night|month)|the (week|weekend|night|month|day)|this (week|weekend|month)|till|until)(?= [|]|$| anyway| honestly| i | so| and| tbh| lol| to)',
      '(not sure|unsure|do not know|not certain|doubt|do not think|no idea)( if| that| whether)? (' + I_WILL + '|i can|i)( even| still)? (make it|last|survive|hold on|hang on|be here|be around|be alive) ~1 (to|till|until|through|past|that long|much longer|long enough|by)',
    ].join('|'),
    notWhen: {
      after: '(on time|in time|without (a |drinking|using|relapsing|[a-z]+ing)|sober|clean|dry)|[^ |]+ (on time|in time|without|sober|clean|today|tonight|tomorrow|this (morning|afternoon|evening|week))',
      near: `${LOGISTICS}|today|tonight|tomorrow|this (morning|afternoon|evening)|without (a |drinking|using|relapsing|picking up|alcohol|pills|a drink)`,
    },
  },
  {
    id: 'warning.no-spot-needed',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(do not|dont|no need to|no point in|no point to|not worth) (save|saving|hold|holding|book|booking|reserve|reserving|keep|keeping) (me )?(a|my|the) (spot|place|seat|bed|slot)(?= [|]|$| i | honestly| anyway| for me| so)',
    notWhen: {
      near: 'found|another|other|different|elsewhere|changed my mind|instead|going with|insurance|afford|cost|price|moving|move|already|call|later|next|until|till|yet|for now|reschedul[a-z]*|work|job|think about|decide|waitlist|wait list',
    },
  },
  {
    id: 'warning.wont-matter',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(' + PROGRAM_WORDS + ') (will not|wont|would not|is not going to|not going to|is not gonna) (matter|help|make a difference|be needed|be necessary) (for|to) me( anyway| anymore| by then| soon| then)?(?= [|]|$| anyway| anymore| by then| soon| i )|(does not|will not|would not) matter (when|what|how long|if)( [^ |]+){0,5} (i will not|i wont|i am not going to|i am not gonna|i will not even) be (here|around|alive)',
    notWhen: {
      near: 'insurance|cover|covers|covered|price|cost|costs|pay|paying|money|medicaid|medicare|because|since|as long as|location|distance|drive|time of day|morning|evening|remote|online|telehealth|work from home|flexible|either way|whichever',
    },
  },
  // Cannot stay safe.
  {
    id: 'warning.trust-self',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern:
      '(do not|can not|no longer|can no longer|not sure i can|not sure if i can|i do not|never) trust what i (will|might|would|could|am going to|am gonna|may) do|(do not|can not|no longer|can no longer|not sure i can|not sure if i can|i do not|never) trust (myself|me)(?= [|]|$| right now| tonight| anymore| any more| alone| to be alone| by myself| around| with| near| not to| at all| today| rn| at the moment| to stay| to keep| to be| honestly| tbh| lately| and| i | so| please)',
    notWhen: {
      after:
        '(around|with|near|at|in|not to|to not|to (stay|keep|be)|alone (with|around|at|in)) ~2 ({drink}|drinking|alcohol|booze|bars?|parties|party|weed|pot|my dealer|dealers?|casinos?|the liquor store|liquor stores?|money|cash|credit cards?|food|sweets|my ex|exes|sober|clean|drive|driving|my phone|gambling|vape|vaping|cigarettes|men|women|guys|girls|relationships?|dating)|not to (drink|use|relapse|pick up|text|call|buy|go|smoke|gamble)|to (drink|use|relapse|pick up|drive|buy|go|make|choose|decide|handle|moderate|control|stop|quit|say no|date|text|call)',
    },
  },
  {
    id: 'warning.cannot-be-alone',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern:
      '(can not|cant|should not|shouldnt|must not|do not want to|dont want to|scared to|afraid to) be (left )?(alone|by myself|on my own) (right now|tonight|today|rn|at the moment|anymore)(?= [|]|$| i | please| and| or| because)',
    notWhen: { near: 'drink|drinking|drank|use|using|relapse|relaps[a-z]*|craving|cravings|liquor|bar|dealer|weed|high|drunk|sober|clean' },
  },
  {
    id: 'warning.afraid-of-self',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern:
      '(scared|afraid|terrified|frightened|worried|fearful) (of|about) what i (might|will|could|would|am going to|am gonna|may|can) do|(scared|afraid|terrified|frightened) of myself(?= [|]|$| right now| tonight| and| i | honestly| rn| please| because| like)',
    notWhen: {
      after:
        'if i (drink|drank|relapse|use|start|pick up|get (drunk|high)|see|go|keep (drinking|using))|when i (drink|use|am drunk|am high|get)|(drunk|high|sober|next|for (work|a living))|after (treatment|rehab|the program|i finish|graduat[a-z]*)|with (my )?(life|money|myself) (after|when|once|if)|to (him|her|them|someone|somebody|my|the|that|this|people|anyone|others|other people|him|anybody)',
      near: 'because of (him|her|them|my (husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad))|he (will|is going|might)|she (will|is going|might)',
    },
  },
  {
    id: 'warning.stop-myself',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern:
      '(can not|cant|could not|not sure i can|not sure if i can|do not know if i can|do not think i can|unable to|struggling to|hard to) (stop|control|hold back|trust) (myself|me)(?= [|]|$| tonight| anymore| right now| this time| any longer| from (hurting|killing|doing it|doing something|cutting|ending|jumping|taking|overdosing|using (it|them)))|(do|doing|did) (something|anything) (to|with) myself',
    notWhen: { after: 'nice|good|fun|special|productive|about (my|it|this)' },
  },
  {
    id: 'warning.something-stupid',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern:
      '(might|may|could|will|gonna|going to|about to|before i|so i do not|or i will|or else i will|close to|tempted to|want to|wanna|end up|afraid i will|scared i will|afraid i might|scared i might|worried i will|worried i might|feel like|feeling like|urge to) ~2 (do|doing) something (stupid|drastic|dumb|terrible|permanent|irreversible|i can not take back|i will regret|i will not come back from|crazy|dangerous|final|bad to myself)',
    notWhen: {
      after:
        'like (drink|drinking|relapse|relapsing|use|using|buy|buying|text|texting|call|calling|quit|quitting|get (drunk|high)|go to a bar|pick up|spend|spending|eat|eating|gamble|gambling|sign|signing|leave|leaving)|at (work|the wedding|the party|the bar)|with (money|my money|my ex)|to (him|her|them|my|someone|somebody|that|this)|if (he|she|they)|(when|if) i (drink|use|get|am)|drunk|high|again with (drinking|using)',
      near: 'drink|drinking|drunk|relapse|relapsing|using|bar|liquor|booze|gamble|gambling|money|spend|ex|text (him|her)',
    },
  },
  {
    id: 'warning.hold-on',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern:
      '(how (much )?longer|how long) (i|i can|i will be able to|i am able to|i could) (can )?(hold on|hang on|keep going|go on|survive|last|stay alive|keep living|keep fighting|keep myself alive|keep myself safe)',
    notWhen: { after: 'without (a |drinking|using|relapsing|picking up|alcohol|a drink|pills|smoking)|sober|clean|at (this|my) job|in this (job|marriage|relationship|house)|with (him|her|them|my)' },
  },
  {
    id: 'warning.stop-me',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern:
      '(talk|talking) me out of (it|this|doing it|doing something|ending it|ending things)(?= [|]|$| please| tonight| now| before)|(stop|keep|talk) me (from|out of) (hurting myself|killing myself|doing (it|something)|ending (it|my life|things)|jumping|cutting|taking (the|my|all))|(need|want) (someone|somebody|you) to (stop|talk me out of|save) (me|it)(?= [|]|$| from| before| tonight| now| please)',
  },
  // The means at hand, in the present.
  {
    id: 'warning.at-edge',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(i am|am|standing|sitting|sat|stood|climbed|climbing|perched|up|out|here|currently|now|laying|lying) ~2 (on|at|onto|over|atop|on top of|up on|out on) (the |a |this |that |my |top of (the|a|my|this) |the top of (the|a|my|this) )?(' + EDGE_PLACES + ')(?! (program|programs|street|st|road|rd|avenue|ave|location|clinic|office|campus|center|centre|club|game|card|loan|group|house|community|project|city|to|between|from|into))',
    notWhen: {
      near: 'entrance|door|doors|enter|which|where (do|is|are|should)|park|parked|parking lot|lot|address|floor|suite|elevator|stairs|directions|find you|lost|appointment|intake|group|session|meeting|office|late|early|on my way|walk|walking|jog|jogging|run|running|train (station|stop|is)|wait(ing)? for (the|a|my) train|commute|subway|metro|photo|picture|view|repair|fix|fixing|roofer|roofing|shingles|gutters|work|working|job|concert|party|bar|restaurant|hotel|tour',
    },
  },
  {
    id: 'warning.step-off',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(want|wanna|going|gonna|about|ready|thinking (about|of)|planning|plan|scared i will|afraid i will|tempted|urge|close) (to )?(step|stepping|let go|letting go|leap|leaping|throw myself|throwing myself) (off|from|in front of|onto)(?= [|]|$| the| a| this| that| it| here| now| tonight| right)|looking down (from|at) (the|a|this) (bridge|roof|ledge|edge|water|street|tracks|cars)',
  },
  {
    id: 'warning.means-ready',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    pattern: [
      'noose',
      '(tied|tying|made|making|hung|hanging|set up|setting up|got|have|bought|ready|found) ~2 (a |the |my )?rope(?= [|]|$| ready| up| around| from| over| for (me|myself|tonight))',
      '(the |a |my )?(rope|belt|cord) (is |are )?(ready|tied|set up|up|hung|hanging|around my neck)',
      '(rope|belt|cord|noose) around my neck',
      '({weapon}) (is |are )?(on|in) my (lap|hand|hands|mouth)',
      '(loaded |cocked )?({weapon}) (next to|beside|in front of) me',
      '(loaded|cocked) (a |the |my )?(gun|pistol|rifle|shotgun|revolver|handgun)(?= [|]|$| and| for| i | it| tonight| now)',
      '(gun|pistol|rifle|shotgun|revolver|handgun) (is )?(loaded|cocked)(?= [|]|$| and| in my| on my| next| beside| i )',
    ].join('|'),
    notWhen: {
      near: 'ropes course|jump rope|rope swing|climbing|tow|camping|kayak|boat|tent|hunting|range|cleaning|gun safe|locked (up|away)|lock box|lockbox|trigger lock|class|license|permit',
    },
  },
  {
    id: 'warning.means-contact',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(keep|keeps|kept|been|can not stop|cant stop|sitting here|sat here|sit here|just sitting|i am sitting|i am just) ~6 (looking|staring|stare|look|glaring|holding|playing with|sitting with) (at )?(the|my|a|those|these|all the|all my) (knives|knife|pills|gun|rope|razors?|blades?|bottle of pills|pill bottle|pill bottles|meds|noose)|(sitting|sat|alone|laying|lying|hiding|in the (bath|bathtub|tub|car|garage|woods)) ~5 with (it|them|(a|the|my|all my|all the|my dads|my moms|his|her) ({weapon}|rope|noose|pills|meds|bottle of pills|pill bottle))(?= [|]|$| in| right| now| tonight| loaded| again| and)|(bottle|bottles|handful|bag|stash|pile|bunch) of ({pills}) (and|with|plus) ~2 ({drink})|({drink}) (and|with|plus) (a )?(bottle|bottles|handful|bag|stash|pile|bunch) of ({pills})',
    notWhen: { near: 'found|find|finding|caught|threw out|throw out|dispose|disposed|flush|flushed' },
  },
  {
    id: 'warning.high-enough',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(bridge|roof|rooftop|building|ledge|cliff|balcony|overpass|tower|parking garage|window|floor|dam|water tower) ~5 (is|are|looks|seems|would be|should be|will be) (high|tall|deep) enough',
  },
  {
    id: 'warning.pills-ready',
    kind: KIND,
    level: 'crisis',
    pattern: [
      '({pills}) (are |is )?(all )?(lined up|laid out|counted out|spread out|poured out|in a pile|in front of me|in my hand|in my hands|next to me|beside me)',
      '(lined|laid|counted|set|spread|poured|emptied|dumped) (up |out )?(all )?(of )?(my |the |these |those |his |her |a bottle of |the bottle of |all the |every )?({pills})( up| out)',
      '(counted|counting|lined up|lining up|laid out|laying out) (up |out )?(all )?(of )?(my |the |these |those |every )({pills})',
      '(have|got|keep) (all )?(my |the |these |those |enough |a lot of |a bunch of )?({pills}) (saved|stashed|stockpiled|hoarded|hidden|put away|saved up|ready)',
      '({pills}) (saved|stashed|stockpiled|hoarded) up',
      '(have|got|saved|collected) enough ({pills})(?= [|]|$| now| saved| here| right| to (do it|end it|die|kill|not wake up|never wake up|od|overdose))',
    ].join('|'),
    notWhen: {
      after: 'down|in the (toilet|trash|sink)|into the (toilet|trash|sink)|away|to (the pharmacy|bring|take|last|get|make it)|for (the|my|a) (week|trip|doctor|month)|until|till',
      near: 'organizer|pill box|pillbox|dispenser|pill case|pharmacy|pharmacist|refill|as prescribed|schedule|weekly|daily|dose|doses|bring|travel|trip|vacation|doctor|nurse|prescribed|missing|stolen|steal|stole|short|someone took|disposal|dispose|take back|drop off',
    },
  },
  // Lethality questions: how much of something would kill.
  {
    id: 'warning.lethal-question',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern: [
      '(lethal|deadly|fatal|letal|toxic|killing) (dose|doses|dosage|amount|amounts|quantity|number|level|limit)',
      '(how (many|much)|what (amount|dose|dosage|number|quantity|level)|how (high|big) (a|of a) dose) ~5 (is|are|would be|will be|be|counts as|becomes) (lethal|fatal|deadly|enough to (die|kill|od|overdose|stop|end it|not wake up))',
      'how (many|much) ~8 (would|will|could|does|do|can|should|it takes to|to) ~3 (kill (me|myself|you|someone|somebody|a person|a human|an adult|a man|a woman)|be (fatal|lethal|deadly)|stop (my|your|a|the|someones) (heart|breathing))',
      'how (many|much) ~8 (to|until|till|before|for) (i die|you die|someone dies|a person dies|death|die|dying|not wake up|never wake up|stop breathing|it kills (me|you)|kill (me|myself|you|someone|a person)|fall asleep (forever|for good)|sleep forever|end it)',
      '(enough|amount|number) ~3 (to|that would|that will|which would|it takes to) (kill (me|myself|you|someone)|die|end it|not wake up|never wake up)',
      '(would|will|could|can|does|do|is|are) ~1 ([0-9]+|all|a whole bottle|the whole bottle|a bottle|a bunch|a handful|ten|twenty|thirty|forty|fifty|a hundred) ~4 (kill (me|you|someone|a person|myself)|be (fatal|lethal|deadly|enough to (kill|die|od|overdose)))',
      '(most|max|maximum|limit|highest|upper limit|how many|how much) ~6 (before|until|till) ~3 (deadly|fatal|lethal|die|dies|dying|dead|death|kills (you|me|someone|a person)|it kills|stop breathing|not wake up|never wake up)',
      '(which|what) ~4 (best|easiest|quickest|fastest|surest|most painless|least painful) (to|for) (overdose|od|die|dying|kill|end it|not wake up)|(which|what) ~5 (would|will|could) (kill (me|you|someone)|be (fatal|lethal|deadly))',
      '(would|will|does|do|did|could|can) it take (for me |for someone |for a person )?to (die|not wake up|never wake up|kill (me|myself|you|someone|somebody|a person)|od|overdose|stop (my|your|a|the) heart|end it|be (fatal|lethal|deadly))',
      '(how easy|easy) (it )?(would|will|could) (it )?be to (jump|die|end it|kill myself|overdose|od|let go|disappear|crash|drive off|swerve|not wake up|step off)',
      '(what (happens|would happen|will happen)|would i die|will i die|could i die|would it kill me|will it kill me|would that kill me) (if|when) i (take|took|swallow|swallowed|drink|drank|mix|mixed|took|ate) ~2 (all|every|the whole|a whole|an entire|a bottle|the bottle|a bunch|a handful|[0-9]+|ten|twenty|thirty|forty|fifty|a hundred) ~3 ({pills}|{drug}|of (them|it|my [^ |]+))',
    ].join('|'),
    notWhen: { near: 'cost|costs|price|pay|charge|charges|fee|fees|insurance|copay' },
  },
  // Burden about specific people.
  {
    id: 'warning.better-off-without-kin',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern:
      '(better|happier|easier|safer) (off )?without (their|his|her) (' + KIN + ')(?= [|]|$| around| in| honestly| tbh| anyway| i | and| so)',
    notWhen: {
      near: 'he|she|hes|shes|him|ex|divorce|divorced|custody|abusive|abuser|violent|drinks|drinking|uses|using|left|leave|for (a|the|two|three|six|[0-9]+|few|couple) (week|weeks|month|months|days|program)|while i am (in|at|away)|during (treatment|rehab|the program)',
    },
  },
  {
    id: 'warning.better-off-gone',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern: [
      '(everyone|everybody|they|my (family|kids|children|wife|husband|parents|mom|dad|partner|son|daughter)|the world) (would|will|would all|will all|would just|would honestly) be (so much |much |a lot |all )?(better off|happier|better)(?= [|]|$| honestly| anyway| tbh| i think| trust me)',
      '(better|happier|easier|safer|calmer|peaceful|less stressed|free|freer|relieved|better off|fine|just fine|okay|ok|good) ~3 without me( in (it|their lives|their life|her life|his life|the picture|the way)| around)?(?= [|]|$| honestly| anyway| tbh| i | and| so| because)',
      '(would|will|could|gonna|going to) ~6 (if|when|once) i (was|were|am|just|was just|were just|had|finally|would just|could just)? ?(gone|dead|not (here|around|alive)|never born|never been born|disappeared|died|did not exist|was not here|killed myself|ended it|ended my life|vanished|was never born|were never born|stopped existing|was out of the picture|were out of the picture)(?! (for|from|to|on|during|at|until|till|all|so long|that long|while|in (treatment|rehab|the program))(?= |$))',
      '(better|happier|easier|safer) (off )?without (a (mom|mum|mother|dad|father|wife|husband|son|daughter|parent|sister|brother)|someone|somebody|a [^ |]+) like me',
      '(better|happier|easier|safer|fine|free|relieved|okay|ok) (off )?(if|once|when) i (was|were|am|was just|were just|just|had|had just|finally|would just)? ?(gone|dead|not (here|around|alive)|never born|never been born|disappeared|died|left for good|no longer (here|around|alive)|did not exist|was not here|killed myself|ended it|ended my life|vanished|was never born|were never born|was never here|stopped existing)',
      '(notice|care|matter|miss me) (if|when|once) i (am|was|were|just|was just)? ?(gone|dead|not here|not around|died|disappeared|killed myself|vanished)(?= [|]|$| anyway| honestly| tbh| i | and| so| because)',
      '(better off|happier|taken care of|set|fine|provided for) with (the|my) (life insurance|insurance money|insurance payout)|(life insurance|insurance money) (would|will|could) (pay|cover|take care of|provide for) (them|her|him|my [^ |]+|everyone|everything)(?= [|]|$| when| after| if| once| and)',
    ].join('|'),
    notWhen: { near: 'for (a|the|two|three|six|[0-9]+|few|couple) (week|weeks|month|months|days|program)|while i am (in|at|away)|during (treatment|rehab|the program)' },
  },
];
