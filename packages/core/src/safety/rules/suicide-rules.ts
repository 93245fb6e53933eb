/**
 * Rules for suicide and self-harm: direct statements ("kill myself"), indirect warning signs
 * (hopelessness, feeling a burden, goodbye letters, stockpiling pills) and self-harm.
 *
 * Templates are over normalised text ("do not", "i am", "can not"); see `rule-pattern.ts`.
 */
import type { CrisisRule } from '../crisis-rule.js';

const KIND = 'suicide-self-harm';

/** Phrases after "kill myself" that make it a figure of speech about effort. */
const EFFORT =
  'laughing|trying|studying|working|at (work|the gym|school|practice)|over (this|that|work|school|it|nothing)|to (get|finish|make|pay|keep|please|impress)|for (this|that|nothing|work|school|my (job|boss|grades))';

export const SUICIDE_RULES: readonly CrisisRule[] = [
  {
    id: 'suicide.kill-self',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern: '{kill} {me}|kms|(unalive|unaliving|off|offing|end|ending|ended) {me}',
    notWhen: { after: EFFORT },
    softenWhen: { after: 'with ({subst}|drinking|using|food|work|this)|by (drinking|using)|slowly', before: 'slowly|basically' },
  },
  {
    id: 'suicide.method-self',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern:
      '(hang|hanging|shoot|shooting|stab|stabbing|poison|poisoning|suffocate|suffocating|electrocute|overdose|od|drown|drowning) {me}',
    notWhen: { after: 'in (work|my work|school|debt|paperwork|tasks)|with (alcohol|booze|drinking|junk|food|drugs|sugar|work)' },
  },
  {
    id: 'suicide.end-life',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern:
      '(end|ending|ended|take|taking|took|finish|finishing) (my|my own) life|(end|ending|finish) it all|(end|ending) everything|(end|ending) my (existence|suffering)|end it (tonight|today|now|soon|for good)',
    notWhen: { after: 'back|as i know it|around|over' },
  },
  {
    id: 'suicide.ending-it',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(thinking|thought|think|thinkin|thoughts|considering|considered|planning|plan|planned|decided|deciding|ready|want|wanted|wanna|going|gonna|about|tempted|urge|like|close|might|should|could|need|needed|time|just|means|everything i need to|all i need to|what i need to) ~2 (ending|end) (it|things|everything|it all)',
    notWhen: {
      after:
        'with|between|off|for (now|today|the day|the night)|early|on a|here|there|and (go|going|start|move)|the (conversation|chat|call|relationship|lease|contract|meeting|session)',
    },
  },
  {
    id: 'suicide.want-it-over',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(want|wish|need|ready for) ~1 (it all|everything|my life|this life|life|all of it|it) (all )?to (end|be over)(?= [|]|$| now| tonight| today| please| forever| for good| already)|(want|wish|need) ~1 (it|the pain|everything|this|it all) to (stop|end)( [|])? (forever|for good|permanently)',
  },
  {
    id: 'suicide.jump',
    kind: KIND,
    level: 'crisis',
    pattern: '(want|wanna|going|gonna|about|ready|thinking about|planning|plan|scared i will|afraid i will) (to )?jump(ing)?(?= [|]|$| off| from| in front| tonight| now| right now)',
  },
  {
    id: 'suicide.method-place',
    kind: KIND,
    level: 'crisis',
    pattern: [
      '(car|engine|motor) (is )?(running|on) (in|inside) (the|my|a) (closed )?garage|(sitting|sat|lying) in (my|the|a) car with the engine (running|on)|(sitting|sat|lying|sit|lie|stayed|staying) in (my|the|a) (closed )?garage with (the|my|a) (car|engine|motor) (running|on)',
      '(jump|jumping|jumped|throw myself|throwing myself|step|stepping) (off|from|in front of) (a|the|my|this|that) (bridge|building|roof|rooftop|cliff|balcony|train|overpass|car|truck|bus|parking garage)|(drive|driving|crash|crashing|steer|steering|swerve|swerving) ((my|his|her|their|the|a) (car|truck) )?(off|into) (a|the|oncoming) (bridge|cliff|wall|tree|river|lake|traffic|oncoming traffic|highway|pole|semi|truck)',
    ].join('|'),
  },
  {
    id: 'suicide.want-die',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(want|wants|wanna|wanted|wish|wishes|wishing|wished|ready|rather|prefer|longing) ~1 (to )?(die|be dead|dye|disappear forever|not exist|stop existing|cease to exist|not be alive|not be here anymore|sleep forever|go to sleep forever|(go to sleep|fall asleep|sleep|close my eyes|lie down) and (never|not) (wake up|open them|get up)|be gone forever|be gone(?= [|]|$| for good| already| now| tonight| honestly| tbh| i | so)|be dead(?= [|]|$| already| now| tonight| honestly| tbh| i | so))',
    notWhen: {
      after:
        '(of|from) (embarrassment|shame|boredom|laughter|laughing|cringe|cuteness|happiness)|laughing|for (my|our|the|a|this|that|them|him|her)|happy|old',
    },
    softenWhen: { after: 'than|when (i|we) (saw|heard|found out|realized|read|got|opened|checked|looked at)' },
  },
  {
    id: 'suicide.feel-dying-always',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(feel|feeling|felt) like (dying|i want to die|i should die|i am better off dead) (every (single )?(day|night|morning)|all the time|most days|constantly|more and more|lately|these days|again)',
    notWhen: { near: 'hangover|hungover|workout|gym|flu|covid|sick|cold|fever|withdrawal|detox|lol|haha|lmao' },
  },
  {
    id: 'suicide.want-disappear',
    kind: KIND,
    level: 'crisis',
    pattern: '(want|wanna|wish i could|wish i could just) (to )?(just )?(disappear|vanish)',
    notWhen: {
      after:
        'for (a|the|few|some|couple|the weekend)|on (a|vacation)|to (the|a|my)|into (the|a|my|his|her|your|bed|work)|from (social media|facebook|instagram|work|school|the group|town|the party|the room)|off (the grid|social media)|under (the|my) (covers|blanket)',
    },
  },
  {
    id: 'suicide.wish-dead',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern: [
      '(wish|wishing|wished|hope|hoping|pray|praying)( that)? i( just| could| would| had)? (was|were|be|am) (dead|gone|never born)',
      '(wish|wishing|wished|hope|hoping|pray|praying)( that)? i( had)? never (been born|born|existed|wake up|woke up)',
      '(wish|wishing|wished|hope|hoping|pray|praying)( that)? i( could| would)?( just)? (disappear|vanish|stop existing|cease to exist|not exist|sleep forever|fall asleep forever|go to sleep forever|die|not wake up|never wake up)',
      '(wish|wishing|wished|hope|hoping|pray|praying)( that)? i (do not|will not|would not|did not|never) (wake up|exist)',
    ].join('|'),
  },
  {
    id: 'suicide.no-reason',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    pattern: [
      'no (reason|point|purpose) (to|in|of|for) (live|living|life|going on|go on|being alive|be alive|keep living|carry on|carrying on|being here|existing)',
      'no (reason|point|purpose) for me to (live|be here|be alive|keep going|keep living|go on|go on living|continue living|carry on|stay alive|exist|wake up|stay)',
      '(no one|nobody|noone) (cares|would care|will care|gives a damn|gives a shit) ~2 (if|whether) i (live|die|lived|died|am alive|am dead|was dead|exist)',
      'no point (anymore|any more|in anything|to anything|to any of this)',
      'nothing (left )?to live for',
      'what is the point (of|in) (living|life|going on|being alive|being here|anything|it all|trying anymore|even trying)',
      'not worth (living|being alive|being here)',
      'life is (not|no longer|not even) worth (it|living)',
      '(tired|sick|exhausted) of (living|being alive|life|existing|being here)',
      'done with (life|living|being alive)',
      '(do not|can not|no longer|fail to) see (the|a|any) (point|reason) (of|in|to) (living|life|going on|being alive|anything|carrying on|existing|being here|it all|trying anymore)',
      '(do not|can not|no longer|fail to) see (the|a|any) (point|reason) (of|in|to|for) (keep going|keeping going|go on|continue|continuing|live|be here|stay alive|wake up|waking up|try|trying|get up|getting up)(?= [|]|$| anymore| any more| any longer| honestly| at all)',
    ].join('|'),
  },
  {
    id: 'suicide.want-out',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(go to sleep|fall asleep|sleep|close my eyes|lie down|pass out|drift off) and (never|not|do not|will not) (wake up|open (them|my eyes) again|get up)(?! (until|till|for|before|on time|early|in time|tired|groggy|hungover|with|at|feeling|in the)(?= |$))|(want|wanna|need|ready|looking for|find) (a way )?out( [|])? (permanently|for good|forever|of (this life|life|this world|existence|living|being alive))|(end|ending) (it|it all|things|everything) (tonight|today|right now|soon|for good|this (weekend|week)|tomorrow|after (this|that|tonight|group))(?= [|]|$| i | and| so| goodbye| before)',
    notWhen: { near: 'with (him|her|them|my)|relationship|lease|contract|subscription|membership|breaking up|break up|dating|boyfriend|girlfriend|husband|wife|partner|job|drinking|using|habit|addiction|marriage' },
  },
  {
    id: 'suicide.give-up-life',
    kind: KIND,
    level: 'crisis',
    pattern: '(want|wanna|going|ready|about|decided) ~1 (to )?give up on (life|living)|(gave|giving) up on (life|living)',
  },
  {
    id: 'suicide.cannot-go-on',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    pattern: '(can not|could not|cant) (go on|carry on|keep living|keep on living|do life|be alive)',
    notWhen: {
      after:
        '(the|a|an|vacation|trip|holiday|holidays|medication|meds|it|that|this|for|to|at|in|about|tv|stage|camera|leave|break|dates?|social|line|online|record|strike|tour|calls?|here|there|site|website|program|road|campus|rides?|anything|outings?|suboxone|antabuse)',
    },
  },
  {
    id: 'suicide.not-want-live',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    pattern:
      '(do not|does not|no longer|never|dont) ~3 (want|wanna|wish|feel like|care) ~1 (to )?((be|being) alive|exist|existing|keep living|stay alive|go on living|be on this earth|be in this world|live|living|(be|being) (here|around) (anymore|any more|any longer|no more|no longer|ever again)|wake up|wake up (anymore|any more|ever again|again|tomorrow)|ever wake up|see tomorrow)(?= [|]|$| anymore| any more| any longer| no more| and| but| so| i | because| cause| please| help| what| honestly| tbh| lol| rn| right now| at all| today| tonight| lately| much longer| any longer| for long| long)',
  },
  {
    id: 'suicide.not-want-here',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    pattern:
      '(do not|does not|no longer|never|dont) ~1 (want|wanna|wish|feel like|care) ~1 (to )?(be|being|stay|staying) (here|around|on this earth|in this world|on earth|in this life)(?= [|]|$| honestly| tbh| lol| anymore| no more| at all| right now| rn| today| tonight| and| but| i | so| any more| any longer| ever again| please| help)',
    notWhen: {
      near:
        'program|rehab|treatment|group|class|school|forced|making me|make me|made me|hospital|detox|center|centre|clinic|facility|job|work|city|town|state|country|house|home|apartment|marriage|relationship|party|meeting|waiting room|court|jail|place|again|next (year|time|week)|in (a year|five years|[0-9]+ years|ten years)|chat|website|app|line|queue|waitlist|wait list|area|neighborhood|office|family|parents',
    },
  },
  {
    id: 'suicide.not-sure-live',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    pattern: [
      '(not sure|unsure|do not know|idk|not certain|wonder|wondering|questioning|doubt)( if| that| whether| why)?( i)?( even)? (want to|wanna|should|can|will|need to|have to) (live|keep living|be alive|stay alive|exist|go on|go on living|carry on|survive|be here anymore|keep on living)',
      '(not sure|unsure|do not know|idk|not certain|doubt|do not think)( if| that| whether)? ({iwill})( still)? (be (here|around|alive) (much longer|for long|tomorrow|next week|by then|by (tomorrow|morning|the weekend|next week))|still be (here|around|alive)|make it (through )?(the night|tonight|to tomorrow|through (tonight|the night|the week|the weekend)))',
      '(i|ill|i will|i am|i am going to|i am gonna|i might|i may|i probably) ~1 (not|never|might not|may not|will not|probably not) (going to |gonna )?(be (here|around|alive) (much longer|for much longer|for long|by (tomorrow|morning|the weekend|next week)|anymore|any more)|make it (through )?(the night|tonight|to (tomorrow|morning|the weekend)|through (tonight|the night|the week|the weekend)))',
    ].join('|'),
    notWhen: {
      after: '(the|a|an|vacation|trip|with|to|at|in|medication|meds|it|this|that|on)',
      near: 'moving|move|moved|relocating|vacation|trip|transfer|transferring|leaving (town|the state|for)|graduating|traffic',
    },
  },
  {
    id: 'suicide.better-off',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern: [
      'better off (without|w o|w out|wo) me',
      '(better|happier|easier) (off )?without me',
      'better( off)? if i (was|were|am|died|was dead|were dead|was gone|were gone|did not exist|was not here|were not here|never existed|had never been born|disappeared|was not around|were not around|wasnt around|was not alive|were not alive)',
      '(no one|nobody|noone) ~2 (miss me|notice if i (was|were) gone|care if i (died|was gone|were gone|disappeared|was dead|were dead|killed myself|was not here|were not here|was not around))',
    ].join('|'),
    // Absence for treatment, work or a trip: logistics, not a burden.
    notWhen: { near: 'leave of absence|took (a )?leave|take (a )?leave|taking (a )?leave|(if|when|while) i (go|went|took|take|am) (to|in|at|away|off|on)|rehab|treatment|program|detox|vacation|trip|at work|from work|the office|my shift|the party|the meeting|group' },
  },
  {
    id: 'suicide.better-off-dead',
    kind: KIND,
    level: 'crisis',
    negatable: false,
    pattern: '(be|being|is|am|are|were|was|feel|feels|felt|think) ~1 better off dead|(?<=^|[|] )((honestly|just|probably|maybe|so) )*better off dead',
    notWhen: { after: 'than' },
  },
  {
    id: 'suicide.burden',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern:
      '(i am|i feel|feel like|feeling like|i am just|i am nothing but|i am only|i have become|i have been|i am such) ~1 (a |such a |the |just a |nothing but a )?(burden|dead weight|waste of space|waste of oxygen|waste of air|weight (on|dragging|holding|around)|drain on)|(a )?burden (on|to) (everyone|everybody|my family|my kids|my wife|my husband|them|the people|my parents|the world)',
    softenWhen: {
      after: 'asking|for asking|by asking|to ask|bothering|when i ask|with (my|these|all my) questions|to (you|the staff|my insurance)',
      near: 'financial|financially|money|bills|insurance|afford|cost|costs|pay for|paying for|lost my job|unemployed',
    },
  },
  {
    id: 'suicide.goodbye',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(wrote|written|writing|write|left|leaving|leave|typed|typing|made|making|recorded|recording|sent|sending|finished|drafted|posted|posting|post|texted|messaged) ~3 (goodbye|good bye|goodbyes|farewell) (letter|letters|note|notes|message|messages|video|videos|texts?|emails?)|suicide (note|notes|letter|letters)|(post|posting|posted|send|sending|sent|write|writing|recording|record|recorded|film|filming) (my|a|the) (last |final )?goodbye(?= [|]|$| tonight| today| now| soon| on| to (everyone|everybody|my))|(texted|messaged|called) (me|us|everyone|her mom|his mom) (to say )?(goodbye|bye forever)|(saying|said|say) (my )?((final )?goodbyes|goodbye to (everyone|everybody|my (family|kids|children|friends|loved ones|mom|dad|wife|husband)))',
    notWhen: {
      after:
        'to (alcohol|drinking|drugs|my addiction|addiction|my old life|using|booze|the bottle|{subst})|for (group|class|therapy|my therapist|an assignment|homework)|as (an|a) (exercise|assignment)',
    },
  },
  {
    id: 'suicide.giving-away',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(giving|give|gave|given) ~1 away (all )?(of )?(my|all my) (things|stuff|belongings|possessions|pets?|dog|cat|clothes|valuables|guitar|prized|favorite)|(giving|gave) (my|all my) (things|stuff|belongings|possessions) away|(getting|gotten|got) rid of (all )?(of )?my (things|stuff|belongings|possessions)',
    notWhen: {
      near: 'moving|move|moved|donat[a-z]*|declutter[a-z]*|downsiz[a-z]*|cleaning|minimalis[a-z]*|garage sale|yard sale|selling|sell|outgrow|outgrown|new (place|apartment|house)|charity|goodwill|salvation army|do not need|no longer need',
    },
  },
  {
    id: 'suicide.stockpile',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|stashing|stashed|stash|building up|built up) (up )?(all )?(of )?(my |some |a lot of |enough |extra |a bunch of |these |the |his |her )?({pills})( up)?|enough ({pills}) to (die|kill|end|not wake up|overdose|do it|od)',
    notWhen: { after: 'for (my|the|a) (trip|vacation|travel|refill|dog|cat|mom|dad)|to (sell|give|share|donate|return|dispose|flush)' },
  },
  {
    id: 'suicide.weapon-in-hand',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    pattern:
      '(have|holding|got|have got|am holding) (a |the |my )?(loaded )?({weapon}) (in my hand|to my head|in my mouth|against my (head|chest|throat|wrist))|({weapon}) (to|against|in) my (head|throat|wrists?|chest|mouth)',
  },
  {
    id: 'suicide.not-safe',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    negatable: false,
    pattern: [
      '(can not|cant|could not|do not think i can|not sure (if )?i can|unable to|struggling to|hard to) (keep myself|stay|be|remain|keep me) safe',
      '(i am|i) (not going to|not gonna|will not|might not|may not|probably will not) be safe(?= [|]|$| tonight| alone| right now| by myself| if| and| i )',
      'i am not safe( alone| by myself| on my own| with myself| around myself)?( right now| tonight| anymore| here| at all| rn| today| at the moment)?(?= [|]|$| and| i | right| tonight| please| honestly| tbh| help)',
      '(can not|cant|could not) (promise|guarantee|say|tell you) ~2 (i will|ill|i can|i am going to|i would) (be|stay|keep myself) safe',
      '(not sure|unsure|do not know|do not think|no idea)( if| whether)? (i will|ill|i can|i am going to) (be|stay|keep myself) safe',
      'i do not feel safe( right now| tonight| with myself| anymore)?(?= [|]|$| and| i | right| tonight| please)',
    ].join('|'),
  },
  {
    id: 'suicide.asks-hotline',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(need|want|give me|what is|whats|number for|number of|call|text|reach|find|get) ~4 (suicide|crisis|988) (hotline|line|lifeline|helpline|number|text line|phone number)',
    notWhen: { after: 'for (my|your|the) (clients?|patients?|staff|office|website|brochure|school)' },
  },
  {
    id: 'suicide.suicidal-self',
    kind: KIND,
    level: 'crisis',
    pastIsHistory: true,
    pattern: 'i ~3 (suicidal|sewerslide|unalive)',
  },
  {
    id: 'suicide.suicidal-alone',
    kind: KIND,
    level: 'crisis',
    pattern: '(?<=^|[|] )(feeling )?suicidal( again| tonight| today| right now| rn| lately| af| asf| help| please)*(?=$| [|])',
  },
  {
    id: 'suicide.method-research',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(researching|research|looking up|looked up|googling|googled|searching|searched|reading about|looking for|find|finding) ~1 (ways|a way|how|methods?|the best way|the easiest way|the quickest way) to (die|kill myself|end my life|end it|overdose|od|not wake up|do it(?= [|]|$| tonight| without| quickly| painlessly))|(painless|easy|easiest|quick|quickest|fastest|best|surest|least painful|most painless) (ways?|methods?) (to (die|kill myself|end it|end my life|end things|do it|off myself|unalive|not wake up|check out)|to go(?= [|]|$| asking| for me| out| tonight| now| honestly| lol)|out)|how (many|much) ~3 (does it take|would it take|to take) to (die|kill (myself|you|someone)|overdose|od|not wake up)',
  },
  {
    id: 'suicide.suicidal-lead',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(?<=^|[|] )((feeling|been|getting|so|very|really|pretty|kinda|super|literally|honestly|tbh|lowkey|just|still|always|actually|also|and|but|now|help|ok|okay|hi|hey|im|and|again|extremely|severely|actively) )*suicidal(?! (thoughts?|ideation|ideations|feelings?|urges?|ideas?|plans?|people|patients|clients|behaviou?r|behaviors|tendencies|tendency|risk|crisis|hotline|line|lifeline|prevention|teens?|friends?|persons?|individuals|adults|youth|kids|ones|family|members?|loved|veterans|callers|history|depression|patient|client|ideation|(?:thoughts|ideation) (and|or)))',
  },
  {
    id: 'suicide.suicidal-state',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(feel|feeling|felt|getting|got|been|become|becoming|so|very|really|pretty|extremely|actively|passively|kinda|kind of|slightly|bit|little|am|is|are|hes|shes) suicidal',
  },
  {
    id: 'suicide.was-suicidal',
    kind: KIND,
    level: 'crisis',
    pastIsHistory: true,
    pattern: '(was|were|had been) ~1 suicidal',
  },
  {
    id: 'suicide.thoughts',
    kind: KIND,
    level: 'crisis',
    topical: true,
    pastIsHistory: true,
    pattern:
      '(suicidal|suicide) (thoughts|thought|feelings|urges|ideation|ideations|ideas|plans?)|thoughts (of|about) (suicide|killing myself|ending my life|ending it|dying|death|not being here|hurting myself)',
    // A parent asking how to support someone already in care: a gentle check, not a takeover.
    softenWhen: {
      before:
        'how (do|can|should|would|could) (i|we) (talk|speak|bring up|approach|support|help|handle|respond|deal) ~6 (about|with|to) (his|her|their)',
    },
  },
  {
    id: 'suicide.thinking-about',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(thinking|thought|think|thinkin|fantasizing|fantasize|dreaming|obsessing|obsessed|keep thinking|picturing|imagining|planning) (about|of)? ?(just )?(suicide|killing myself|kill myself|ending my life|taking my (own )?life|ending it all|ending it|ending things|dying|being dead|not being here|not waking up|not existing|hurting myself|harming myself|cutting (myself|my (arms?|wrists?|legs?|skin))|cutting again|overdosing|my (own )?funeral|hanging myself|death|taking (all|every one of|the whole bottle of|a bunch of|a lot of) (of )?(my|the|these|those) ({pills})|swallowing (all|a bunch of|a bottle of) (of )?(my|the|these)? ?({pills}))',
    notWhen: { after: 'with (him|her|them|my)|of (my|a|the)' },
  },
  {
    id: 'suicide.attempt',
    kind: KIND,
    level: 'crisis',
    topical: true,
    pattern:
      '(attempted|attempt|attempting|tried|try|trying|tryed|going to try) ~1 (suicide|to kill myself|to end my life|to end it( all)?|to take my (own )?life|to off myself|to unalive myself|to overdose)|suicide attempts?|(overdosed|od d|oded|took (the )?pills|overdose) on purpose|(tried|attempted|trying|tries) to (kill|hang|end|shoot|drown|hurt) (himself|herself|themselves)',
  },
  {
    id: 'suicide.commit',
    kind: KIND,
    level: 'crisis',
    topical: true,
    pattern: '(commit|committing|commits) (suicide|sewerslide)',
  },
  {
    id: 'suicide.want-overdose',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(want|wanna|going|gonna|plan|planning|thinking about|think about|ready|about|decided|tempted) ~1 (to )?(overdose|od|(take|swallow|eat|down|pop|taking|swallowing) (all|every|each|the whole|a whole|a bunch of|a handful of|a bottle of|the rest of|every single|a ton of|a lot of) (of )?(my |the |these |those |his |her )?({pills}|pill|bottle))(?= [|]|$| on| and| tonight| today| so| because| i | now| in| i have| at once| until| till| left| at the same time)',
    // "i am scared he is going to overdose" is a relative's worry about what may happen, not
    // someone's stated intent: it gets the gentle overdose check, as "afraid he will overdose" does.
    notWhen: { before: '(scared|afraid|worried|terrified|nervous|frightened) (that )?((he|she|my [^ |]+|someone|somebody) is|they are|hes|shes|theyre)' },
    tags: ['overdose-intent'],
  },
  {
    id: 'selfharm.self',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    pattern: '{harmSelf} {me}',
    notWhen: {
      after:
        'off|out|up|(shaving|cooking|by accident|accidentally|at (the )?(gym|work|practice|job)|playing|lifting|working out|exercising|running|skiing|skating|falling|when i fell|in a fall|in (a|the) (car|accident|crash|kitchen)|on (a|the|my|some)|while|doing|trying|moving)',
    },
    softenWhen: { after: 'with (alcohol|booze|drinking|drugs|my drinking|my using|{subst})|by (drinking|using)' },
  },
  {
    id: 'selfharm.body',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(scratched|scratch|scratching|picked|picking|hit|hitting|punched|punching|burned|burnt|cut|cutting|dug|digging) (at )?(my|his|her|their) (wrists?|arms?|legs?|thighs?|skin|stomach|face|head) (until|till|til) (they|it|i|he|she) (bled|bleed|bleeds|bruised|bruise|bruises|was bleeding|were bleeding|passed out)|(cutting|cut|burning|burned|scratching|carving|slicing|slashing|slit|slitting) (my|his|her|their) (wrists?|arms?|legs?|thighs?|skin|stomach)|cuts (are|keep) (getting )?(deeper|worse|bigger)|(the )?cuts on my (arms?|legs?|wrists?|thighs?)|(fresh|new|deep) cuts',
    notWhen: { after: 'on (a|the|some)|by accident|accidentally|shaving|cooking|while', near: 'itch|itches|itchy|itching|eczema|rash|bites?|hives|allergic|poison ivy|psoriasis' },
  },
  {
    id: 'selfharm.ongoing',
    kind: KIND,
    level: 'crisis',
    pattern:
      '(i|been|started|keep|still|am|relapsed|relapsing|urge to|urges to|want to|wanna|(?<=me )stop|(?<=me )quit) ~2 (self harm|self harming|selfharm|selfharming|self injure|self injuring|self injury|cutting again|cut again)|(been|keep|started|am|still|back to) cutting(?= [|]|$| and| again| every| daily| deeper| more| worse| right now| now| tonight| myself)',
  },
  {
    id: 'selfharm.other-intent',
    kind: KIND,
    level: 'crisis',
    pattern: [
      '(wants?|wanted|trying|tried|threatening|threatened|threatens|going|gonna|talks about|talking about|talked about|keeps talking about|keeps saying|said|says|told me|texted|posted|plans?|planning|planned|ready|about|decided|deciding|tempted|considering|thinking (about|of)|thinks about) ~2 (to )?({kill}|hurt|harm|cut|end|ending|killing|hurting|cutting|shoot|shooting|hang|hanging|stab|stabbing|drown|drowning|poison|poisoning|overdose|od|off|offing) (himself|herself|themselves|hisself|his (own )?life|her (own )?life|their (own )?lives?|their (own )?life|it all)',
      '(he|she|they|hes|shes|{agent}) (is|are|has been|have been|is been|keeps|kept|been|was|started)? ?(cutting|burning|harming|starving) (himself|herself|themselves)',
    ].join('|'),
    notWhen: { after: 'off|out|up|on (a|the)|by accident|accidentally|at (work|the gym|practice)|playing' },
  },
];
