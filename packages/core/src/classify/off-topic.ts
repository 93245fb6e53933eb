/**
 * Signals that a message is small talk or plainly about something else (code, weather, sport,
 * homework, shopping, spam). Data, not branching code: the classifier only asks whether any of
 * these fired and whether the message also carries treatment words that outweigh them.
 */

/** Whole-message small talk: greetings, thanks, jokes, questions about the bot itself. */
export const SMALL_TALK: readonly RegExp[] = [
  /^(hi|hello|hey|yo|hiya|howdy|good (morning|afternoon|evening)|greetings)( there)?( you)?$/,
  /\bhow (is|are) (your|you|ya)\b.*\b(day|doing|going|today)?\b/,
  /^(how are you|what is up|sup|how is it going)( today)?$/,
  /\b(tell|know) (me )?(a |any )?(joke|jokes|riddle|story)\b/,
  /^(thanks|thank you|thx|ty|ok|okay|cool|great|nice|got it|bye|goodbye|see you)( (so much|very much|a lot))?$/,
  /\b(are you|is this) (a |an )?(robot|bot|ai|human|real|chatgpt|person)\b/,
  /^you are (a |an )?(robot|bot|ai|human|real person|chatgpt)( right| huh)?$/,
  /\bwhat is your (name|favorite|favourite)\b/,
];

/**
 * Whole messages that ask for help or information without saying about what ("I need help",
 * "can you help me", "info please"). We ask which topic they mean instead of guessing one.
 */
export const VAGUE: readonly RegExp[] = [
  /^(hi |hello |hey )?(i |we )?(really )?(need|want|would like) (some )?(help|info|information|advice|support)( please| asap| now)?$/,
  /^(please )?(help|info|information|advice|support)( me| us)?( please)?$/,
  /^(can|could|will) (you|someone|anyone) (please )?help( me| us)?( please| out)?$/,
  /^(i|we) have (a|some) questions?$/,
];

/** Words that mark another domain entirely. One is enough when no treatment word is present. */
export const OFF_TOPIC_WORDS: ReadonlySet<string> = new Set(
  `weather forecast rain snow sunny temperature lakers nba nfl mlb nhl football soccer basketball
  baseball hockey score scores game games match playoffs superbowl python javascript java typescript
  html css sql code coding program's function undefined compile compiler bug linked list array
  recipe recipes bake baking bread cake cookies pizza restaurant restaurants burger bitcoin crypto
  ethereum stock stocks trading forex essay homework capital president election movie movies song
  songs lyrics netflix followers likes subscribers promo casino lottery viagra seo backlinks
  horoscope translate translation poem`.split(/\s+/).filter(Boolean),
);

/** Spam shapes: links to other sites, shouting offers. */
export const SPAM: readonly RegExp[] = [
  /\b(www|http|https)\b/,
  /\b(buy|cheap|free|discount|promo|click|visit|earn)\b.*\b(now|today|followers|likes|money|cash|offer|here)\b/,
];

/**
 * Words that make a message about treatment whatever else it mentions ("my son's drinking is
 * ruining his football season" is still a question for us).
 */
export const TREATMENT_WORDS: ReadonlySet<string> = new Set(
  `iop rehab treatment therapy therapist counselor counseling counselling program programs
  recovery sober sobriety addiction addicted alcohol drinking drink drinks drunk drugs drug using
  relapse detox withdrawal opioids opioid meth heroin fentanyl cocaine pills depression depressed
  anxiety anxious mental outpatient inpatient residential clinic clinician insurance aa na
  meetings group groups session sessions`.split(/\s+/).filter(Boolean),
);
