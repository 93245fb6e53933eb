/**
 * The vocabulary the crisis rules and their context checks are written in.
 *
 * Word classes live here, once, as plain lists: the rule tables refer to them by name
 * (`{person}`, `{drug}`) and the context checks (who is the subject, is it negated, is it
 * history) read the sets. All words are in normalised form: lower case, no apostrophes,
 * contractions expanded ("can not", "i am", "will not").
 */

const alt = (words: readonly string[]): string => words.join('|');

/** People a visitor may be worried about or afraid of. */
export const PERSON_NOUNS: readonly string[] = [
  'friend', 'friends', 'buddy', 'roommate', 'husband', 'wife', 'boyfriend', 'girlfriend', 'partner',
  'ex', 'bf', 'gf', 'fiance', 'fiancee', 'spouse', 'son', 'daughter', 'kid', 'kids', 'child',
  'children', 'baby', 'toddler', 'teen', 'teenager', 'mom', 'mum', 'mother', 'dad', 'father',
  'stepdad', 'stepmom', 'stepfather', 'stepmother', 'step dad', 'step mom', 'step father', 'step mother',
  'stepbrother', 'step brother', 'stepsister', 'step sister', 'parent', 'parents', 'brother', 'sister',
  'sibling', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandma', 'grandpa', 'grandmother',
  'grandfather', 'coworker', 'neighbor', 'neighbour', 'guy', 'girl', 'man', 'woman', 'dude',
  'bro', 'sis', 'loved one', 'family member', 'client', 'patient', 'boss', 'landlord', 'dealer',
  'roomate', 'housemate', 'classmate', 'student', 'teacher', 'family',
];

/** Partners: a threat from one of these is taken as domestic violence unless plainly a joke. */
export const PARTNER_NOUNS: readonly string[] = [
  'husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'ex', 'ex husband', 'ex wife',
  'ex boyfriend', 'ex girlfriend', 'bf', 'gf', 'fiance', 'fiancee', 'spouse', 'baby daddy',
  'baby dad', 'baby mama',
];

/** Pills and drugs (not drinks): what people take too much of. */
export const DRUGS: readonly string[] = [
  'pills?', 'pils', 'tablets?', 'meds', 'medications?', 'medicine', 'prescriptions?', 'xanax',
  'xannies', 'benzos?', 'klonopin', 'valium', 'ativan', 'oxys?', 'oxycodone', 'oxycontin',
  'percocets?', 'percs?', 'vicodin', 'hydrocodone', 'fentanyl', 'fent', 'heroin', 'dope', 'coke',
  'cocaine', 'crack', 'meth', 'ketamine', 'molly', 'mdma', 'ecstasy', 'acid', 'lsd', 'shrooms',
  'adderall', 'tylenol', 'acetaminophen', 'paracetamol', 'ibuprofen', 'advil', 'aspirin',
  'insulin', 'drugs?', 'opioids?', 'opiates?', 'painkillers?', 'suboxone', 'methadone',
  'gabapentin', 'codeine', 'tramadol', 'morphine', 'k2', 'edibles?', 'sleeping pills?',
  'sleep aids?', '(pain|anxiety|sleep|sleeping|nerve) (pills?|meds|medications?)', 'antidepressants?', 'lithium', 'seroquel', 'ambien', 'dose', 'doses',
];

/** Alcoholic drinks. */
export const DRINKS: readonly string[] = [
  'alcohol', 'booze', 'liquor', 'beer', 'beers', 'vodka', 'wine', 'whiskey', 'whisky', 'tequila',
  'rum', 'gin', 'shots', 'drinks?', 'fifth', 'handle',
];

/** What people stop taking before a dangerous withdrawal. */
export const WITHDRAWAL_SUBSTANCES: readonly string[] = [
  'drinking', 'alcohol', 'booze', 'liquor', 'beer', 'vodka', 'wine', 'benzos?', 'xanax', 'klonopin',
  'valium', 'ativan', 'pills', 'opioids', 'opiates', 'heroin', 'fentanyl', 'oxys?', 'percs',
  'methadone', 'suboxone', 'drugs', 'using', 'everything', 'the booze', 'the drink', 'the pills',
  'the bottle', 'the sauce', 'the hard stuff', 'liquor', 'alcohol', 'drink', 'booze',
];

/** Words that point the rules at the visitor themselves. */
export const SELF_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'myself', 'we', 'us']);

/** Pronouns for a specific other person. */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'hes', 'shes', 'him', 'her', 'his', 'hers', 'himself', 'herself', 'they', 'them', 'themselves',
]);

/** Words for people in general: statements about them are information, not a crisis. */
export const GENERIC_PEOPLE: ReadonlySet<string> = new Set([
  'people', 'anyone', 'anybody', 'everyone', 'everybody', 'patients', 'clients', 'individuals',
  'folks', 'those', 'others', 'you', 'persons', 'adults', 'teens', 'teenagers', 'one', 'users',
  'addicts', 'alcoholics', 'drinkers', 'veterans',
]);

/** Someone unnamed: a crisis if it is happening, information if asked about. */
export const INDEFINITE_PEOPLE: ReadonlySet<string> = new Set(['someone', 'somebody', 'person']);

/** Determiners that make a person noun indefinite ("a friend", "any parent"). */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'any', 'some', 'every', 'each', 'another']);

export const PERSON_SET: ReadonlySet<string> = new Set(PERSON_NOUNS.filter((w) => !w.includes(' ')));

/** Words that negate what follows them. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nor', 'neither', 'without']);

/**
 * Words allowed between a negator and the phrase it negates: "i am not really going to hurt
 * myself" is negated; "i am not okay i want to die" is not ("okay" breaks the scope).
 */
export const NEGATION_FILLERS: ReadonlySet<string> = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'i', 'me', 'really', 'ever', 'even',
  'actually', 'currently', 'feeling', 'feel', 'felt', 'going', 'gonna', 'to', 'would', 'will',
  'could', 'do', 'does', 'did', 'have', 'has', 'had', 'want', 'wanna', 'planning', 'plan',
  'thinking', 'think', 'about', 'of', 'trying', 'try', 'a', 'at', 'all', 'any', 'so', 'very',
  'that', 'like', 'it', 'just', 'honestly', 'seriously', 'definitely', 'personally', 'longer',
  'anymore', 'ever', 'gotten', 'get', 'got', 'having', 'had', 'intend', 'intention', 'intending',
  'considering', 'consider', 'in', 'danger', 'risk', 'at', 'immediate', 'any', 'kind', 'sort',
  'thoughts', 'thought', 'urges', 'urge', 'plans', 'way', 'would', 'must', 'should', 'can', 'may',
  'tried', 'attempted', 'wanted', 'planned', 'intended', 'once',
  'might', 'suicidal', 'and',
]);

/** Words after a negator that turn it into something else ("not sure", "no one", "not only"). */
export const NEGATION_BREAKERS: ReadonlySet<string> = new Set([
  'sure', 'certain', 'only', 'just', 'one', 'body', 'point', 'reason', 'matter', 'more', 'way',
  'okay', 'ok', 'fine', 'alright', 'safe', 'coping', 'doing', 'well', 'good', 'able', 'stop',
  'help', 'stand', 'take', 'handle', 'cope', 'deal', 'live', 'wait',
]);

/** Words before a negator that cancel it ("why not", "trying not to", "can not stop"). */
export const NEGATION_CANCELLERS: ReadonlySet<string> = new Set([
  'why', 'trying', 'try', 'struggling', 'hard', 'best', 'fighting', 'tried', 'hardly',
]);

/** Interrogatives that open a question ("do you treat...", "what happens if..."). */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'what', 'whats', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose', 'is', 'are',
  'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'may', 'might', 'have', 'has',
  'was', 'were', 'am', 'any', 'anyone', 'question',
]);

/** Conjunctions that end a clause for the history and negation checks. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'and', 'but', 'so', 'because', 'though', 'although', 'however', 'yet', 'also', 'plus', 'then',
  'anyway', 'btw', 'if', 'unless', 'whether',
]);

/** Words that show the event is over and told as history. */
export const DISTANT_PAST = new RegExp(
  [
    '(years?|months?|weeks?|decades?) (ago|back|earlier|before)',
    'last (year|month|summer|spring|fall|autumn|winter|christmas|time|decade|semester|weekend)',
    'in (19|20)[0-9][0-9]',
    'in (january|february|march|april|may|june|july|august|september|october|november|december)',
    'when i was( [^ |]+){0,2}',
    'as a (kid|child|teen|teenager|student)',
    'back (then|in|when)',
    '(?<!(than|as) (i|he|she|they|we|you) )used to',
    'in the past',
    'went through a (dark|rough|hard|bad|tough|low|difficult) (time|period|patch|phase|place|stretch)',
    'there was a time',
    'history of',
    'before (that|this|rehab|treatment|recovery|i got sober|i got clean)',
    'growing up',
    'grew up',
    'in (high school|middle school|college|my (teens|twenties|20s))',
    'a (long )?(while|time) ago',
    'long ago',
    'previous(ly)?',
    'past (attempt|attempts|history)',
    'survived',
    'survivor',
    'recovering from',
    'after my (attempt|overdose|suicide attempt|od)',
    'at age',
    'once before',
    'before(?= [|]|$)',
    'since then',
  ]
    .map((w) => `(?<![^ |])(?:${w})(?![^ |])`)
    .join('|'),
);

/** Words that show the event is happening now or recently (they beat `DISTANT_PAST`). */
export const RECENT = new RegExp(
  [
    'again', 'right now', 'tonight', 'today', 'this (morning|afternoon|evening|week)', 'yesterday',
    'last night', 'last week', 'just', 'still', 'currently', 'lately', 'recently', 'earlier',
    '(an|one|two|few|couple) (hours?|minutes?) ago', '[0-9]+ (hours?|minutes?|days?) ago',
    '(a|two|three|four|few|couple|couple of) days ago', 'keep', 'keeps', 'every day', 'every night',
    'these days', 'at the moment', 'now', 'rn', 'for (days|weeks|a week|a few days|months|a while|some time)',
  ]
    .map((w) => `(?<![^ |])(?:${w})(?![^ |])`)
    .join('|'),
);

/** Words of anxiety and panic, which often come with "can not breathe" and a tight chest. */
export const ANXIETY = /(?<![^ |])(?:panic|panicking|panicky|anxiety|anxious|nervous|stress|stressed|stressful|overwhelmed|worry|worried|scared of (groups|people|talking))(?![^ |])/;

/** Named word classes the rule templates can use as `{name}`. */
export const SLOTS: Readonly<Record<string, string>> = {
  me: 'myself|my self|meself|mself',
  kill: 'kill|kil|kll|killing|kiling|killin|killed|klll',
  harmSelf:
    'hurt|hurting|hurtin|harm|harming|cut|cutting|cuttin|cuting|burn|burning|burnt|burned|hit|hitting|starve|starving|scratch|scratching|cuts|hurts',
  harmOther: 'kill|kil|hurt|harm|stab|shoot|murder|strangle|choke|beat up|beat|attack|poison|smother|run over',
  person: alt(PERSON_NOUNS),
  partner: alt(PARTNER_NOUNS),
  drug: alt(DRUGS),
  drink: alt(DRINKS),
  subst: alt([...DRUGS, ...DRINKS]),
  withdrawSubst: alt(WITHDRAWAL_SUBSTANCES),
  iwill: 'i will|ill|i would|id|i am going to|i am gonna|i|i can',
  they: 'he|she|they',
  pills:
    'pills?|pils|tablets?|meds|medications?|medicine|prescriptions?|sleeping pills?|(pain|anxiety|sleep|nerve) (pills?|meds|medications?)|sleep aids?|painkillers?|xanax|benzos?|oxys?|oxycodone|oxycontin|hydrocodone|percs?|percocets?|vicodin|klonopin|valium|ativan|ambien|seroquel|tylenol|insulin|antidepressants?|opioids?|fentanyl|heroin|methadone|suboxone|adderall|lithium|gabapentin|tramadol|morphine',
  sedatives:
    'xanax|xannies|bars|benzos?|klonopin|valium|ativan|oxys?|oxycodone|oxycontin|percocets?|percs?|vicodin|fentanyl|heroin|opioids?|opiates?|sleeping pills?|ambien|seroquel|gabapentin|methadone|lean|codeine|morphine|painkillers?|pills',
  weapon: 'gun|guns|pistol|rifle|shotgun|firearm|firearms|handgun|revolver|knife|knives|blade|blades|razor|razors|razor blades?|machete|weapon|weapons',
  /** Someone who can be harmed: a pronoun, a person noun with a determiner, or "someone". */
  target: `him|her|them|someone|somebody|anyone|anybody|everyone|everybody|people|a person|(?:my|his|her|their|our|that|this|the|your) (?:${alt(PERSON_NOUNS)})`,
  /** Who can be the one doing harm: a pronoun, "my <person>" or a partner. */
  agent: `he|she|they|hes|shes|(?:my|his|her|our|their) (?:${alt(PERSON_NOUNS)})|(?:${alt(PARTNER_NOUNS)})`,
};
