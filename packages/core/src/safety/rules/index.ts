/**
 * All crisis rules in the order the detector runs them: per-kind tables, then the gentle
 * checks and the evidence cues; the combinations come last.
 */
import type { CrisisRule } from '../crisis-rule.js';
import { CUE_RULES } from './cue-rules.js';
import { GENTLE_RULES } from './gentle-rules.js';
import { HARM_RULES } from './harm-rules.js';
import { INDIRECT_RULES } from './indirect-rules.js';
import { MEDICAL_RULES } from './medical-rules.js';
import { OVERDOSE_RULES } from './overdose-rules.js';
import { SPANISH_RULES } from './spanish-rules.js';
import { SUICIDE_RULES } from './suicide-rules.js';
import { VIOLENCE_RULES } from './violence-rules.js';
import { WARNING_RULES } from './warning-rules.js';

export { COMBO_RULES } from './combo-rules.js';

export const CRISIS_RULES: readonly CrisisRule[] = [
  ...SUICIDE_RULES,
  ...WARNING_RULES,
  ...INDIRECT_RULES,
  ...OVERDOSE_RULES,
  ...MEDICAL_RULES,
  ...VIOLENCE_RULES,
  ...HARM_RULES,
  ...SPANISH_RULES,
  ...GENTLE_RULES,
  ...CUE_RULES,
];
