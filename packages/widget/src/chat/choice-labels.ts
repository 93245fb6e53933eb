/**
 * The words on chips: starter topics have their own short wording, other topics use the entry's
 * title, and each action has a string.
 */
import type { ChatAction } from '@iop-chat/core';
import type { TextKey } from '../strings/widget-strings.js';

export const STARTER_LABELS: Readonly<Record<string, TextKey>> = {
  'what-is-iop': 'chip.whatIsIop',
  eligibility: 'chip.isItRight',
};

export const ACTION_LABELS: Readonly<Record<ChatAction, TextKey>> = {
  'start-screening': 'chip.selfCheck',
  contact: 'chip.talkToSomeone',
  topics: 'chip.topics',
  'crisis-resources': 'crisis.needHelpNow',
  'continue-screening': 'chip.continueScreening',
  'stop-screening': 'screening.stop',
};
