/**
 * Words that carry no topic meaning. Kept out on purpose: "one" (one-on-one), "right" (is it right
 * for me), "after"/"before" (after the program ends), "much" (how much), "own", "off", "out".
 *
 * Words that carry no topic meaning in a visitor's question. Removed  topic search (the
 * crisis detector never drops words: "I do not want to be here" must stay whole there).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above  again all also am an and any anyone anything are as at be been being
  but by can could did do does doing done during each either else even ever every exactly for from
  get gets getting go going got had has have having he her here hers him his how i if in into is it
  its itself just kind know let like lol lot lots may me might mine more most  must my myself
  need needs no nor not now of  oh ok okay on once  only or other our ours  over  please
  pretty quite rather really  same say says she should so some something sort still such sure
  tell than thank thanks that the their them then there these they thing things think this those
  though through to too um uh up us very want wanted wants was way we well were what whats when
  where whether which while who whom whose why will with would yeah yes yet you your yours
  yourself hi hello hey actually basically maybe probably again anyway honestly literally guess
  wondering wonder curious question questions ask asking`.split(/\s+/).filter(Boolean),
);

/** Drops stop words from normalised tokens, keeping the original order. */
export function contentTokens(tokens: readonly string[]): string[] {
  return tokens.filter((t) => t.length > 1 && !STOP_WORDS.has(t));
}
