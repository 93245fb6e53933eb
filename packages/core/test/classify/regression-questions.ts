/**
 * Our own labeled visitor messages for the topic classifier and crisis detector.
 *
 * Written independently of the dev sample (shared/eval/dev.jsonl) and of the knowledge
 * entries (knowledge/), using only the topic ids and their meanings in shared/topics.md
 * and the safe-messaging notes in shared/crisis-resources.md. This set is held out on
 * purpose: it is meant to catch overfitting to the dev sample's wording, so don't tune
 * the classifier against it line by line.
 *
 * - TOPIC_QUESTIONS: 6 per id (32 ids). `expect` lists every acceptable id; the first is
 *   the best answer and a second is given only where a question honestly spans two topics.
 * - CRISIS_QUESTIONS: must trigger crisis resources whatever the topic ranking says.
 * - OUT_OF_SCOPE_QUESTIONS: must fall back ("none") rather than guess a topic.
 * - FIGURATIVE_TOPIC_QUESTIONS: figurative or past-tense danger words; must NOT be flagged
 *   as a crisis, and should still reach the right topic.
 */
export interface LabeledQuestion {
  readonly q: string;
  readonly expect: readonly string[];
}

export const TOPIC_QUESTIONS: readonly LabeledQuestion[] = [
  // what-is-iop
  { q: "what is IOP", expect: ["what-is-iop"] },
  { q: "what does intensive outpatient program even mean", expect: ["what-is-iop"] },
  { q: "my son's therapist mentioned an iop for him and i have no idea what that is. is it like rehab?? can someone explain in plain english", expect: ["what-is-iop", "iop-vs-inpatient"] },
  { q: "Could you please explain what an Intensive Outpatient Program is?", expect: ["what-is-iop"] },
  { q: "iop?", expect: ["what-is-iop"] },
  { q: "wat is intensiv outpatient treatmnt", expect: ["what-is-iop"] },

  // what-to-expect
  { q: "what happens on a typical day", expect: ["what-to-expect"] },
  { q: "what do you actually do all day in the program", expect: ["what-to-expect"] },
  { q: "I'm nervous. What will the sessions look like, is it all just sitting in a circle talking about feelings?", expect: ["what-to-expect", "group-therapy"] },
  { q: "can you walk me through a normal session start to finish", expect: ["what-to-expect"] },
  { q: "is it just lectures or are there activities and skill building too", expect: ["what-to-expect"] },
  { q: "my husband starts monday, what should he expect once hes there", expect: ["what-to-expect", "getting-started"] },

  // schedule
  { q: "how many days a week", expect: ["schedule"] },
  { q: "evening groups?", expect: ["schedule"] },
  { q: "how many hours is each session", expect: ["schedule"] },
  { q: "Do you have a morning track and an evening track? I work second shift so I need to know what times are available.", expect: ["schedule", "work-school"] },
  { q: "whats the weekly time commitment", expect: ["schedule"] },
  { q: "is it every day or only a few times a week", expect: ["schedule"] },

  // program-length
  { q: "how many weeks is the program", expect: ["program-length"] },
  { q: "how long does iop last", expect: ["program-length"] },
  { q: "How long would my daughter be in the program before she finishes? Is it a set number of weeks or does it depend on her?", expect: ["program-length"] },
  { q: "is it 30 days?", expect: ["program-length"] },
  { q: "can the program be extended if i need more time", expect: ["program-length"] },
  { q: "total duration start to finish", expect: ["program-length"] },

  // iop-vs-inpatient
  { q: "is this the same as rehab where you stay overnight", expect: ["iop-vs-inpatient"] },
  { q: "do i have to live there", expect: ["iop-vs-inpatient", "living-at-home"] },
  { q: "difference between iop and residential treatment?", expect: ["iop-vs-inpatient"] },
  { q: "My brother did a 28 day inpatient stay last year. How is what you offer different from that?", expect: ["iop-vs-inpatient"] },
  { q: "why would someone pick outpatient over inpatient rehab", expect: ["iop-vs-inpatient"] },
  { q: "is it like a hospital with staff watching you 24/7", expect: ["iop-vs-inpatient"] },

  // iop-vs-outpatient
  { q: "how is this different from just seeing a therapist once a week", expect: ["iop-vs-outpatient"] },
  { q: "iop vs regular outpatient", expect: ["iop-vs-outpatient"] },
  { q: "I already see a counselor every week. Why would I need something more intensive than that?", expect: ["iop-vs-outpatient"] },
  { q: "whats the diffrence between intensive outpatient and normal outpatient therapy", expect: ["iop-vs-outpatient"] },
  { q: "is this more than regular counseling or basically the same", expect: ["iop-vs-outpatient"] },
  { q: "my weekly therapy isnt cutting it anymore but rehab seems like too much, is there something in between", expect: ["iop-vs-outpatient", "what-is-iop"] },

  // iop-vs-php
  { q: "what's the difference between php and iop", expect: ["iop-vs-php"] },
  { q: "partial hospitalization vs intensive outpatient", expect: ["iop-vs-php"] },
  { q: "My daughter is finishing a partial hospitalization program next week. Is IOP the next step down from that?", expect: ["iop-vs-php"] },
  { q: "is iop a step down from php", expect: ["iop-vs-php"] },
  { q: "which one is more intensive, the partial hospital program or iop", expect: ["iop-vs-php"] },
  { q: "where does iop fit in the continuum of care", expect: ["iop-vs-php"] },

  // eligibility
  { q: "is iop right for me", expect: ["eligibility"] },
  { q: "who is a good candidate for this kind of program", expect: ["eligibility"] },
  { q: "I drink every night but I still go to work and nobody really knows. Am I bad enough to need this, or not bad enough?", expect: ["eligibility", "start-screening"] },
  { q: "do i qualify", expect: ["eligibility"] },
  { q: "can you do iop if your addiction is pretty severe or do you need something more", expect: ["eligibility"] },
  { q: "our son is 19 and lives with us, we are very supportive and he says hes committed. would outpatient work for him or does he need more supervision", expect: ["eligibility"] },

  // detox
  { q: "do you do detox", expect: ["detox"] },
  { q: "does the program include withdrawal management", expect: ["detox"] },
  { q: "I've been drinking heavily for years. Do I need to detox before I can start IOP?", expect: ["detox"] },
  { q: "medical detox on site?", expect: ["detox"] },
  { q: "can i start iop while im still coming off opiates or do i have to detox somewhere first", expect: ["detox"] },
  { q: "if i need detox where do i go before your program", expect: ["detox"] },

  // therapies
  { q: "what kind of therapy do you use", expect: ["therapies"] },
  { q: "do you do CBT", expect: ["therapies"] },
  { q: "is DBT part of the program", expect: ["therapies"] },
  { q: "What evidence-based treatment approaches does your program use?", expect: ["therapies"] },
  { q: "do you have art therapy or mindfulness type stuff", expect: ["therapies"] },
  { q: "what is motivational interviewing and do you use it", expect: ["therapies"] },

  // group-therapy
  { q: "is it mostly group therapy", expect: ["group-therapy"] },
  { q: "do i have to talk in group", expect: ["group-therapy"] },
  { q: "how many people are in a group", expect: ["group-therapy"] },
  { q: "I'm really shy and the idea of sharing my story with a room full of strangers terrifies me. What are the groups actually like?", expect: ["group-therapy"] },
  { q: "are the groups mixed men and women or separate", expect: ["group-therapy"] },
  { q: "group sessions what r they like", expect: ["group-therapy"] },

  // individual-therapy
  { q: "do i get my own therapist", expect: ["individual-therapy"] },
  { q: "is there one on one counseling", expect: ["individual-therapy"] },
  { q: "individual sessions?", expect: ["individual-therapy"] },
  { q: "Will my son have private sessions with a counselor, or is it all group?", expect: ["individual-therapy", "group-therapy"] },
  { q: "how often do i meet with a counselor by myself", expect: ["individual-therapy"] },
  { q: "can i have sessions alone with a therapist for stuff i dont want to share in front of others", expect: ["individual-therapy"] },

  // family-involvement
  { q: "can my family be involved", expect: ["family-involvement"] },
  { q: "do you offer family therapy", expect: ["family-involvement"] },
  { q: "Can I attend some of my wife's sessions? I want to understand what she's going through and how to support her at home.", expect: ["family-involvement", "helping-loved-one"] },
  { q: "are there family sessions", expect: ["family-involvement"] },
  { q: "my parents want to come to a session with me is that allowed", expect: ["family-involvement"] },
  { q: "how do you include loved ones in treatment", expect: ["family-involvement"] },

  // relapse-prevention
  { q: "how do you help people not relapse", expect: ["relapse-prevention"] },
  { q: "relapse prevention", expect: ["relapse-prevention"] },
  { q: "what if i slip up and use again while im in the program", expect: ["relapse-prevention"] },
  { q: "I've gotten sober three times and always end up going back. How does your program deal with triggers and cravings?", expect: ["relapse-prevention"] },
  { q: "do you teach coping skills for cravings", expect: ["relapse-prevention"] },
  { q: "how do i handle triggers like parties and my old friends", expect: ["relapse-prevention"] },

  // safety-plan
  { q: "what is a safety plan", expect: ["safety-plan"] },
  { q: "why do i need a safety plan", expect: ["safety-plan"] },
  { q: "My counselor said we'd write a safety plan in the first week. What is that exactly?", expect: ["safety-plan"] },
  { q: "safety plan?", expect: ["safety-plan"] },
  { q: "whats in a safety plan and who gets to see it", expect: ["safety-plan"] },
  { q: "does the program help you make a plan ahead of time for if things get hard later", expect: ["safety-plan"] },

  // cost
  { q: "price?", expect: ["cost"] },
  { q: "how much does it cost", expect: ["cost"] },
  { q: "is iop cheaper than inpatient rehab", expect: ["cost", "iop-vs-inpatient"] },
  { q: "We don't have a lot of money. How much would it be if we paid out of pocket?", expect: ["cost", "insurance"] },
  { q: "whats the fee per week", expect: ["cost"] },
  { q: "is it expensive", expect: ["cost"] },

  // insurance
  { q: "do you take insurance", expect: ["insurance"] },
  { q: "do you accept aetna", expect: ["insurance"] },
  { q: "Is IOP covered by Medicaid?", expect: ["insurance"] },
  { q: "will my blue cross plan pay for this", expect: ["insurance"] },
  { q: "in network with united healthcare?", expect: ["insurance"] },
  { q: "my dad has tricare, would that cover it", expect: ["insurance"] },

  // work-school
  { q: "can i keep working", expect: ["work-school"] },
  { q: "will i have to quit my job", expect: ["work-school"] },
  { q: "I'm a college student. Can I do this and still go to my classes?", expect: ["work-school"] },
  { q: "im a single mom with 2 kids can i still do this and take care of them", expect: ["work-school"] },
  { q: "can I do the program around my work schedule", expect: ["work-school", "schedule"] },
  { q: "do i need to take leave from work, like fmla", expect: ["work-school"] },

  // living-at-home
  { q: "can i stay at home during treatment", expect: ["living-at-home"] },
  { q: "do i sleep at home at night", expect: ["living-at-home"] },
  { q: "do you have sober living", expect: ["living-at-home"] },
  { q: "My home isn't a great environment right now. Could I live in sober housing while doing IOP?", expect: ["living-at-home", "support-services"] },
  { q: "do i go home every night or stay there", expect: ["living-at-home", "iop-vs-inpatient"] },
  { q: "can my son keep living with us while hes in the program", expect: ["living-at-home"] },

  // mental-health
  { q: "is this only for addiction or also depression", expect: ["mental-health"] },
  { q: "do you treat anxiety", expect: ["mental-health"] },
  { q: "dual diagnosis?", expect: ["mental-health"] },
  { q: "I struggle with both drinking and depression. Can you treat both at the same time?", expect: ["mental-health"] },
  { q: "is there an iop for ptsd", expect: ["mental-health"] },
  { q: "my daughter has bipolar and an eating disorder, do you help with mental health stuff and not just drugs", expect: ["mental-health"] },

  // aftercare
  { q: "what happens after the program ends", expect: ["aftercare"] },
  { q: "do you have alumni groups", expect: ["aftercare"] },
  { q: "is there continuing care once i graduate", expect: ["aftercare"] },
  { q: "When my husband finishes, is there any follow-up support or is he on his own after that?", expect: ["aftercare"] },
  { q: "aftercare options", expect: ["aftercare"] },
  { q: "will you refer me to a regular therapist when iop is done", expect: ["aftercare"] },

  // twelve-step
  { q: "is this a 12 step program", expect: ["twelve-step"] },
  { q: "do you make people go to AA", expect: ["twelve-step"] },
  { q: "I'm not religious and AA never worked for me. Do I have to do the 12 steps?", expect: ["twelve-step"] },
  { q: "NA meetings part of it?", expect: ["twelve-step"] },
  { q: "twelve step or non twelve step", expect: ["twelve-step"] },
  { q: "do you help people find aa meetings and a sponsor", expect: ["twelve-step"] },

  // support-services
  { q: "can you help me find housing", expect: ["support-services"] },
  { q: "do you help with job training", expect: ["support-services"] },
  { q: "I lost my job and I'm about to lose my apartment too. Do you offer any help with that kind of stuff besides therapy?", expect: ["support-services"] },
  { q: "community resources?", expect: ["support-services"] },
  { q: "do you help people find employment", expect: ["support-services"] },
  { q: "can a case manager help me with food stamps and getting transportation", expect: ["support-services"] },

  // effectiveness
  { q: "does iop actually work", expect: ["effectiveness"] },
  { q: "success rate?", expect: ["effectiveness"] },
  { q: "Is outpatient treatment as effective as inpatient? I'm worried it won't be enough for my son.", expect: ["effectiveness", "iop-vs-inpatient"] },
  { q: "what are the long term outcomes", expect: ["effectiveness"] },
  { q: "do people actually stay sober after this", expect: ["effectiveness"] },
  { q: "is there research showing intensive outpatient helps", expect: ["effectiveness"] },

  // getting-started
  { q: "how do i sign up", expect: ["getting-started"] },
  { q: "how do i enroll", expect: ["getting-started"] },
  { q: "What are the admission steps, and what happens at the first appointment?", expect: ["getting-started"] },
  { q: "i want to start asap what do i do", expect: ["getting-started"] },
  { q: "is there a waitlist to get in", expect: ["getting-started"] },
  { q: "what do i need to bring to intake", expect: ["getting-started"] },

  // helping-loved-one
  { q: "how do i get my son to go to treatment", expect: ["helping-loved-one"] },
  { q: "my husband drinks every night and denies he has a problem, what can I do", expect: ["helping-loved-one"] },
  { q: "how can i help my friend whos using", expect: ["helping-loved-one"] },
  { q: "My mother is addicted to pain pills and won't admit it. How do I even bring it up with her without a fight?", expect: ["helping-loved-one"] },
  { q: "can i sign up my adult daughter or does she have to do it herself", expect: ["helping-loved-one", "getting-started"] },
  { q: "how to support a sibling who needs help but keeps refusing", expect: ["helping-loved-one"] },

  // confidentiality
  { q: "is this confidential", expect: ["confidentiality"] },
  { q: "will my employer find out", expect: ["confidentiality"] },
  { q: "Who has access to my records? I'm worried about my family finding out.", expect: ["confidentiality"] },
  { q: "im 18, do you tell my parents", expect: ["confidentiality"] },
  { q: "how is my privacy protected", expect: ["confidentiality"] },
  { q: "will anyone know i was in treatment", expect: ["confidentiality"] },

  // medication
  { q: "do you offer suboxone", expect: ["medication"] },
  { q: "medication assisted treatment?", expect: ["medication"] },
  { q: "Can I keep taking my antidepressants while I'm in the program?", expect: ["medication"] },
  { q: "do you prescribe vivitrol or naltrexone", expect: ["medication"] },
  { q: "is there a psychiatrist who can prescribe meds", expect: ["medication"] },
  { q: "im on methadone can i still join", expect: ["medication", "eligibility"] },

  // telehealth
  { q: "is it online", expect: ["telehealth"] },
  { q: "virtual iop?", expect: ["telehealth"] },
  { q: "Can I attend sessions over Zoom? I live about an hour and a half away.", expect: ["telehealth"] },
  { q: "do you have telehealth", expect: ["telehealth"] },
  { q: "can i do the groups from my laptop", expect: ["telehealth"] },
  { q: "are sessions in person or virtual", expect: ["telehealth"] },

  // location-hours
  { q: "where are you located", expect: ["location-hours"] },
  { q: "address?", expect: ["location-hours"] },
  { q: "what are your office hours", expect: ["location-hours"] },
  { q: "Is there parking at your facility, and can I get there by bus?", expect: ["location-hours"] },
  { q: "is the office open on saturdays", expect: ["location-hours"] },
  { q: "which city is the clinic in", expect: ["location-hours"] },

  // start-screening
  { q: "can i take a quiz to see if i need help", expect: ["start-screening"] },
  { q: "self assessment", expect: ["start-screening"] },
  { q: "I'm not sure if my drinking is actually a problem. Is there some kind of test I can take?", expect: ["start-screening", "eligibility"] },
  { q: "i want to do the screening", expect: ["start-screening"] },
  { q: "is there a questionnaire to check if iop fits me", expect: ["start-screening", "eligibility"] },
  { q: "start self check", expect: ["start-screening"] },

  // contact
  { q: "phone number?", expect: ["contact"] },
  { q: "can someone call me back", expect: ["contact"] },
  { q: "I would like to speak with a real person about my options, please.", expect: ["contact"] },
  { q: "how do i reach you by email", expect: ["contact"] },
  { q: "talk to a human", expect: ["contact"] },
  { q: "can i set up a call with an admissions counselor", expect: ["contact", "getting-started"] },
];

export const CRISIS_QUESTIONS: readonly string[] = [
  // suicidal thoughts, direct
  "i want to kill myself",
  "i wanna die",
  "i want to kil myslef",
  "thinkin bout sucide a lot lately",
  "I've been having thoughts of ending my life",
  // suicidal thoughts, indirect: hopelessness, burden, goodbye
  "i dont want to be alive anymore",
  "whats the point of going on, everyone would be better off without me",
  "I'm just a burden to my family and they'd be happier if I was gone",
  "this is my last message, goodbye everyone, thanks for trying",
  "I wrote letters to everyone and gave away my stuff, I won't need it after tonight",
  "i cant do this anymore i just want it all to end",
  "there's no reason to keep living, nothing is ever going to get better",
  // plans and means
  "i have the pills saved up and i'm going to take them all tonight",
  "how many of my sleeping pills would it take to not wake up",
  "i bought a gun and i keep thinking about using it on myself",
  "my friend just texted me that she's going to kill herself tonight",
  // self-harm
  "i been cutting myself again and its getting deeper",
  "I burned myself on purpose last night and I want to do it again",
  // overdose now, self or someone else
  "my friend took a bunch of pills and wont wake up",
  "my boyfriend isnt breathing after he shot up what do i do",
  "my sister overdoesed and shes not breathing",
  "my son is blue and unresponsive",
  "i took a whole bottle of tylenol an hour ago",
  "i think i overdosed, i took way too much and my heart is racing",
  "my mom relapsed and is passed out on the floor and I can't wake her up",
  "mixed xanax with alcohol and now i feel like im going to pass out",
  // withdrawal emergencies
  "my dad stopped drinking 2 days ago and now he's having a seizure",
  "im in withdrawal and seeing bugs crawling on the walls and shaking so bad",
  "my husband quit alcohol cold turkey and now he's confused, sweating and hallucinating",
  // chest pain / can't breathe after using
  "chest pain and cant breathe after doing coke",
  "i smoked something and my chest is so tight i cant catch my breath",
  // partner violence / abuse / threats now
  "my partner is threatening to kill me right now, he's outside the door",
  "my husband hit me tonight and said next time he'll use a knife, i'm scared to go home",
  "dad is drunk and says he's going to hurt us, we're hiding in the bedroom",
  "im being abused at home and i'm not safe",
  // harm to others
  "i'm so angry i'm going to hurt someone, i want to kill my roommate",
  // crises hidden inside ordinary questions
  "how much does iop cost, also I'm planning to end my life this weekend so maybe it doesnt matter",
  "do you take aetna? asking because i don't think i can keep myself safe tonight",
  "what time do evening groups start... honestly i'm standing on the bridge right now",
  "is the program 8 weeks? i dont think ill still be around that long tbh",
];

export const OUT_OF_SCOPE_QUESTIONS: readonly string[] = [
  // weather
  "what's the weather tomorrow",
  "will it rain this weekend",
  // sports
  "who won the super bowl",
  "lakers score",
  // coding
  "how do i reverse a linked list in python",
  "fix my javascript error undefined is not a function",
  // recipes
  "recipe for chocolate chip cookies",
  "how long do i boil an egg",
  // homework
  "help me with my algebra homework: solve 2x + 3 = 11",
  "write my essay on the civil war",
  // trivia
  "what is the capital of australia",
  "how tall is mount everest",
  "who is the president of france",
  "what time is it in tokyo",
  // shopping
  "where can i buy cheap sneakers",
  "best laptop under 500 dollars",
  // spam
  "CLICK HERE to win a free iPhone!!! limited offer",
  "buy cheap seo backlinks now www.example-links.biz",
  "asdfghjkl",
  // small talk
  "good morning",
  "you're a bot right?",
  "lol ok",
  "what's your favorite color",
  "how's your day going",
  // jokes
  "tell me a joke",
  "know any good puns?",
  // other medical specialities
  "do you fix broken wrists",
  "my dog ate chocolate",
  "i need a dentist for a toothache",
  "can you look at this rash on my arm",
  "do you do knee replacements",
  "do you do allergy testing",
  "my cat keeps throwing up hairballs",
  // misc
  "what's a good movie to watch tonight",
  "translate hello into french",
  "how do i change a flat tire",
  "convert 50 fahrenheit to celsius",
  "is the stock market up today",
  "recommend a good pizza place",
  "how do i get rid of ants in my kitchen",
];

export const FIGURATIVE_TOPIC_QUESTIONS: readonly LabeledQuestion[] = [
  { q: "I'm dying to know if you take Cigna", expect: ["insurance"] },
  { q: "my dad died of an overdose years ago, does addiction run in families and can my family join sessions", expect: ["family-involvement"] },
  { q: "my phone is about to die, whats your number so i can call you back", expect: ["contact"] },
  { q: "i have an hour to kill before work, what time do the evening groups start", expect: ["schedule", "work-school"] },
  { q: "the cost of rehab is killing me, is iop cheaper", expect: ["cost", "iop-vs-inpatient"] },
  { q: "my brother died of an overdose last year and i'm scared for my other brother, how do i get him into treatment", expect: ["helping-loved-one"] },
  { q: "i overdosed two years ago and have been clean since, do you have alumni groups", expect: ["aftercare"] },
  { q: "my job is killing me but i cant lose it, can i do iop and keep working", expect: ["work-school"] },
  { q: "I'd kill for an evening schedule, do you have one", expect: ["schedule"] },
  { q: "this paperwork is murder, how do i enroll", expect: ["getting-started"] },
  { q: "my sponsor says AA saved my life, do you use the 12 steps", expect: ["twelve-step"] },
  { q: "the withdrawal from my savings account hurts, how much does the program cost", expect: ["cost"] },
  { q: "my last detox was a nightmare, do you do detox on site", expect: ["detox"] },
  { q: "the commute is a killer, is there a virtual option", expect: ["telehealth"] },
  { q: "I'm drowning in schoolwork, can the program fit around my classes", expect: ["work-school"] },
  { q: "I lost my grandfather to alcohol a long time ago and now I'm worried about my own drinking, is there a self-check", expect: ["start-screening"] },
  { q: "my therapist would kill me if she knew i hadn't signed up yet, how do i get started", expect: ["getting-started"] },
  { q: "shoot, i forgot to ask, where are you located", expect: ["location-hours"] },
  { q: "my battery is dying so quick question, is treatment confidential", expect: ["confidentiality"] },
  { q: "i almost died of embarrassment at my first group years ago, are your groups big", expect: ["group-therapy"] },
];
