/**
 * The safety module's public API: crisis detection, crisis resource packs (per country) and the
 * scripted crisis replies. The rule tables and context checks behind the detector are internal.
 */
export { CRISIS_KINDS, KIND_URGENCY, isCrisisKind, type CrisisKind } from './crisis-kinds.js';
export { detectCrisis, detectCrisisByRules, type CrisisDetection, type SafetyTier } from './crisis-detector.js';
export {
  DEFAULT_CRISIS_PACKS,
  MAX_RESOURCES,
  emergencyResource,
  getCrisisPack,
  resolveCrisisPack,
  resourcesFor,
  validateCrisisPack,
  type CrisisAction,
  type CrisisActionType,
  type CrisisPack,
  type CrisisPackValidation,
  type CrisisResource,
  type ResourceOptions,
} from './crisis-packs.js';
export {
  CRISIS_REPLY_SCRIPTS,
  GENTLE_CHECK_QUESTIONS,
  GENTLE_CHECK_SCRIPT,
  crisisReply,
  gentleCheckReply,
  notSafeFollowUpReply,
  primaryActionLine,
  replyPack,
  safeFollowUpReply,
  type CrisisReply,
  type FollowUpReply,
  type SafetyAnswer,
  type SafetyAnswerId,
} from './crisis-replies.js';
export { featureHashes, featuresOfWords, hashString, safetyFeatures, safetyWords } from './model/safety-features.js';
export {
  GATE_HEADS,
  SAFETY_HEADS,
  WEIGHT_ALPHABET,
  createSafetyModel,
  decodeWeights,
  encodeWeights,
  headLogits,
  headTables,
  weightCount,
  type HeadTable,
  type SafetyHead,
  type SafetyModel,
  type SafetyModelData,
  type SafetyScore,
} from './model/safety-model.js';
export { SPANISH_ROUTES_VERIFIED, hasSpanishRoutes, spanishPack } from './crisis-packs-es.js';
export { guessLanguage, type Language } from '../text/language.js';
export { CRISIS_RULES } from './rules/index.js';
export type { CrisisRule, RuleLevel } from './crisis-rule.js';
export { SAFETY_MODEL_DATA } from './model/safety-model-data.js';
