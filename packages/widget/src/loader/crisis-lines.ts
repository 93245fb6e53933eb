/**
 * Crisis lines the loader offers when the chat itself cannot load, per crisis country. Kept as a
 * tiny table here (the same numbers as core's crisis packs and the disclosure wording in
 * `DEFAULT_STRINGS`) because this fallback must work when nothing else could be loaded.
 */
export interface CrisisLines {
  /** Emergency services, dialable as written. */
  readonly emergency: string;
  /** The crisis line's dialable number. */
  readonly dial: string;
  /** Link text for calling it. */
  readonly call: string;
  /** Link text for texting it, when it takes texts. */
  readonly text?: string;
}

const NORTH_AMERICA: CrisisLines = { emergency: '911', dial: '988', call: 'Call 988', text: 'Text 988' };

export const CRISIS_LINES: Readonly<Record<string, CrisisLines>> = {
  US: NORTH_AMERICA,
  CA: NORTH_AMERICA,
  UK: { emergency: '999', dial: '116123', call: 'Call Samaritans, 116 123' },
  AU: { emergency: '000', dial: '131114', call: 'Call Lifeline, 13 11 14' },
};

/** The lines for a `data-crisis-country` value (GB means UK); the US lines when missing or unknown. */
export function crisisLinesFor(country: string | undefined): CrisisLines {
  const code = country?.trim().toUpperCase();
  return CRISIS_LINES[code === 'GB' ? 'UK' : code ?? ''] ?? NORTH_AMERICA;
}
