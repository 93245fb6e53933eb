/**
 * Combinations: crises that show only when two pieces of evidence meet in one message.
 * Withdrawal with seizures, hallucinations or confusion is an emergency; so is using more than
 * usual with chest pain or trouble breathing; a weapon at hand turns intent into immediate danger.
 */
import type { ComboRule } from '../crisis-rule.js';

export const COMBO_RULES: readonly ComboRule[] = [
  {
    id: 'combo.withdrawal-severe',
    kind: 'medical-emergency',
    immediate: true,
    needs: [
      ['withdrawal', 'withdrawal-word'],
      ['seizure', 'seizure-weak', 'hallucination', 'hallucination-weak', 'confusion', 'dts', 'shaking-severe'],
    ],
  },
  {
    id: 'combo.withdrawal-symptoms',
    kind: 'medical-emergency',
    needs: [['withdrawal'], ['shaking', 'heart-racing', 'vomiting-persistent', 'chest', 'breathing', 'feel-dying', 'faint']],
  },
  {
    id: 'combo.using-symptoms',
    kind: 'overdose-poisoning',
    immediate: true,
    needs: [
      ['substance-use', 'heavy-drinking'],
      ['chest', 'breathing', 'heart-racing', 'faint', 'feel-dying', 'unresponsive', 'hallucination', 'hallucination-weak', 'confusion', 'seizure', 'shaking-severe'],
    ],
  },
  {
    id: 'combo.weapon-suicide',
    kind: 'suicide-self-harm',
    immediate: true,
    needs: [['weapon-self'], ['suicide-self-harm', 'intent-vague']],
  },
  {
    id: 'combo.weapon-harm',
    kind: 'harm-to-others',
    immediate: true,
    needs: [['weapon-self'], ['harm-to-others', 'revenge']],
  },
  {
    id: 'combo.weapon-violence',
    kind: 'violence-abuse',
    immediate: true,
    needs: [['weapon-other'], ['violence-abuse', 'kill-me', 'angry-agent', 'hiding']],
  },
  {
    id: 'combo.farewell',
    kind: 'suicide-self-harm',
    needs: [['farewell'], ['finality', 'hopeless', 'farewell-love', 'farewell-sorry']],
  },
  {
    id: 'combo.farewell-love',
    kind: 'suicide-self-harm',
    needs: [['farewell-love'], ['finality', 'hopeless', 'farewell-sorry', 'sorry-bare']],
  },
  {
    id: 'combo.farewell-sorry',
    kind: 'suicide-self-harm',
    needs: [['farewell-sorry'], ['finality', 'hopeless']],
  },
  {
    id: 'combo.high-place',
    kind: 'suicide-self-harm',
    immediate: true,
    needs: [['high-place'], ['let-go', 'intent-vague', 'suicide-self-harm']],
  },
  {
    id: 'combo.intent-mood',
    kind: 'suicide-self-harm',
    needs: [['intent-vague'], ['hopeless', 'low-mood', 'weary', 'finality', 'farewell-sorry', 'farewell-love', 'farewell']],
  },
  {
    id: 'combo.resolved-final',
    kind: 'suicide-self-harm',
    needs: [['resolved'], ['finality', 'intent-vague', 'farewell', 'farewell-love', 'farewell-sorry', 'hopeless', 'weary']],
  },
  {
    id: 'combo.means-place',
    kind: 'suicide-self-harm',
    immediate: true,
    needs: [['high-place'], ['weapon-self', 'intent-vague', 'weary', 'hopeless']],
  },
  {
    id: 'combo.unresponsive-sick',
    kind: 'medical-emergency',
    immediate: true,
    needs: [['unresponsive'], ['vomiting', 'vomiting-persistent', 'breathing', 'confusion', 'seizure', 'seizure-weak', 'shaking-severe']],
  },
  {
    id: 'combo.hotline-now',
    kind: 'suicide-self-harm',
    needs: [['hotline'], ['need-now']],
  },
  {
    id: 'combo.suicide-recurrence',
    kind: 'suicide-self-harm',
    needs: [['mention:suicide-self-harm'], ['recurrence', 'intent-vague']],
  },
];
