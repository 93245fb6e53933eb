/**
 * The default self-check, as data: about two minutes, information and never a diagnosis.
 *
 * Published instruments are worded and scored exactly as published (AUDIT-C, the single-question
 * drug screen, PHQ-2, GAD-2); the level-of-care questions are our own plain-language reading of
 * the documents and the ASAM level 2.1 description of IOP. A center can replace all of this with
 * its own JSON of the same shape (see `validateQuestionnaire`).
 *
 * Paths, after "what brings you here":
 * - alcohol: sex (for the AUDIT-C cut-off), AUDIT-C, then the common questions;
 * - drugs: the single drug question, then the common questions;
 * - mental health: the common questions only;
 * - more than one: everything;
 * - someone else: one kind safety check about that person, then a result that points to
 *   "helping a loved one" and the team, since the check is designed for the person themself.
 * The common questions are PHQ-2 and GAD-2 (asked on every path: four quick items, and depression
 * and anxiety often come along with alcohol or drug problems, which IOPs treat together), the
 * level-of-care questions (withdrawal only on substance paths) and, last, a direct safety question,
 * so the result is already complete if that answer moves the conversation to the crisis flow.
 * The longest path ("more than one") is 15 taps.
 */
import type { AnswerOption, Question, Questionnaire, ScreeningCondition, WhyRule } from './questionnaire-types.js';

const ALCOHOL_PATH: ScreeningCondition = { answer: 'reason', in: ['alcohol', 'several'] };
const DRUG_PATH: ScreeningCondition = { answer: 'reason', in: ['drugs', 'several'] };
const SUBSTANCE_PATH: ScreeningCondition = { answer: 'reason', in: ['alcohol', 'drugs', 'several'] };

const ANY_POSITIVE: ScreeningCondition = {
  any: [{ positive: 'audit-c' }, { positive: 'drug-screen' }, { positive: 'phq-2' }, { positive: 'gad-2' }],
};
const HIGHER_LEVEL_SIGNAL: ScreeningCondition = {
  any: [{ flag: 'level:withdrawal' }, { flag: 'level:needs-24h' }, { flag: 'level:no-safe-home' }],
};

// The published stem of both the PHQ-2 and the GAD-2, word for word; each item is then shown on its own.
const PHQ_GAD_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';
const PHQ_GAD_OPTIONS: readonly AnswerOption[] = [
  { id: 'not-at-all', label: 'Not at all', score: 0 },
  { id: 'several-days', label: 'Several days', score: 1 },
  { id: 'more-than-half', label: 'More than half the days', score: 2 },
  { id: 'nearly-every-day', label: 'Nearly every day', score: 3 },
];

const yesNo = (yesFlags: readonly string[] = [], noFlags: readonly string[] = []): readonly AnswerOption[] => [
  { id: 'yes', label: 'Yes', score: 0, ...(yesFlags.length ? { flags: yesFlags } : {}) },
  { id: 'no', label: 'No', score: 0, ...(noFlags.length ? { flags: noFlags } : {}) },
];

const QUESTIONS: readonly Question[] = [
  {
    id: 'reason',
    text: 'What brings you here today?',
    help: 'Pick the one that fits best. There are no wrong answers.',
    options: [
      { id: 'alcohol', label: 'Alcohol', score: 0 },
      { id: 'drugs', label: 'Drugs or medications', score: 0 },
      { id: 'mental-health', label: 'Mental health (like mood or anxiety)', score: 0 },
      { id: 'several', label: 'More than one of these', score: 0 },
      { id: 'someone-else', label: "I'm asking for someone else", score: 0, next: 'someone-else' },
    ],
  },
  {
    id: 'sex',
    text: 'The alcohol questions are scored a little differently for men and women. Which describes you?',
    showIf: ALCOHOL_PATH,
    options: [
      { id: 'man', label: 'A man', score: 0 },
      { id: 'woman', label: 'A woman', score: 0 },
      { id: 'other', label: 'Another answer, or I prefer not to say', score: 0 },
    ],
  },
  {
    id: 'audit-c-1',
    text: 'How often do you have a drink containing alcohol?',
    instrument: 'audit-c',
    showIf: ALCOHOL_PATH,
    options: [
      // As on the AUDIT form: someone who never drinks skips the other two alcohol items.
      { id: 'never', label: 'Never', score: 0, next: 'drug-use' },
      { id: 'monthly-or-less', label: 'Monthly or less', score: 1 },
      { id: '2-4-month', label: '2-4 times a month', score: 2 },
      { id: '2-3-week', label: '2-3 times a week', score: 3 },
      { id: '4-plus-week', label: '4 or more times a week', score: 4 },
    ],
  },
  {
    id: 'audit-c-2',
    text: 'How many standard drinks containing alcohol do you have on a typical day?',
    help: 'One standard drink is about a 12 oz can of beer, a 5 oz glass of wine or a 1.5 oz shot of spirits.',
    instrument: 'audit-c',
    showIf: ALCOHOL_PATH,
    options: [
      { id: '1-2', label: '1 or 2', score: 0 },
      { id: '3-4', label: '3 or 4', score: 1 },
      { id: '5-6', label: '5 or 6', score: 2 },
      { id: '7-9', label: '7 to 9', score: 3 },
      { id: '10-plus', label: '10 or more', score: 4 },
    ],
  },
  {
    id: 'audit-c-3',
    text: 'How often do you have six or more drinks on one occasion?',
    instrument: 'audit-c',
    showIf: ALCOHOL_PATH,
    options: [
      { id: 'never', label: 'Never', score: 0 },
      { id: 'less-than-monthly', label: 'Less than monthly', score: 1 },
      { id: 'monthly', label: 'Monthly', score: 2 },
      { id: 'weekly', label: 'Weekly', score: 3 },
      { id: 'daily', label: 'Daily or almost daily', score: 4 },
    ],
  },
  {
    id: 'drug-use',
    text: 'How many times in the past year have you used an illegal drug or used a prescription medication for non-medical reasons?',
    help: 'Non-medical reasons means, for example, for the feeling or experience it gave you, or more than prescribed.',
    instrument: 'single-question-drug-screen',
    showIf: DRUG_PATH,
    options: [
      { id: 'never', label: 'Never', score: 0 },
      { id: 'once', label: 'Once', score: 1 },
      { id: '2-5', label: '2 to 5 times', score: 2 },
      { id: '6-plus', label: '6 or more times', score: 3 },
    ],
  },
  { id: 'phq-2-1', stem: PHQ_GAD_STEM, text: 'Little interest or pleasure in doing things', instrument: 'phq-2', options: PHQ_GAD_OPTIONS },
  { id: 'phq-2-2', stem: PHQ_GAD_STEM, text: 'Feeling down, depressed, or hopeless', instrument: 'phq-2', options: PHQ_GAD_OPTIONS },
  { id: 'gad-2-1', stem: PHQ_GAD_STEM, text: 'Feeling nervous, anxious, or on edge', instrument: 'gad-2', options: PHQ_GAD_OPTIONS },
  { id: 'gad-2-2', stem: PHQ_GAD_STEM, text: 'Not being able to stop or control worrying', instrument: 'gad-2', options: PHQ_GAD_OPTIONS },
  {
    id: 'withdrawal',
    text: 'Do you have withdrawal symptoms now, or when you stop or cut back? For example shaking, sweating, seeing or hearing things, or seizures.',
    help: 'Stopping alcohol or some drugs suddenly can be dangerous. A clinician can help you do it safely.',
    instrument: 'level-of-care',
    showIf: SUBSTANCE_PATH,
    options: [
      { id: 'no', label: 'No', score: 0 },
      { id: 'mild', label: 'Yes, mild (like shakiness, sweating or trouble sleeping)', score: 0, flags: ['level:withdrawal'] },
      {
        id: 'severe-now',
        label: 'Yes, severe right now (a seizure, seeing or hearing things, or confusion)',
        score: 0,
        flags: ['crisis:medical-emergency', 'level:withdrawal'],
      },
    ],
  },
  {
    id: 'supervision',
    text: 'Right now, do you feel you need care or supervision around the clock, 24 hours a day, to stay safe?',
    help: 'Round-the-clock care happens in a hospital, detox or residential program. An intensive outpatient program is for people who can stay safe at home between sessions.',
    instrument: 'level-of-care',
    options: yesNo(['level:needs-24h']),
  },
  {
    id: 'safe-home',
    text: 'Do you have a safe and supportive place to live while you get help?',
    instrument: 'level-of-care',
    options: yesNo([], ['level:no-safe-home']),
  },
  {
    id: 'attend',
    text: 'Could you take part in sessions 3 or more days a week, for a few hours each time?',
    help: 'Many programs offer daytime or evening groups, so people can keep working or studying.',
    instrument: 'level-of-care',
    options: yesNo([], ['level:cannot-attend']),
  },
  {
    id: 'safety',
    text: 'In the past few weeks, have you had thoughts that you would be better off dead, or of hurting yourself?',
    help: 'We ask everyone this. If the answer is yes, you are not alone, and we will show you where to get support right away.',
    options: yesNo(['crisis:suicide-self-harm']),
    next: 'end',
  },
  {
    id: 'someone-else',
    text: "This check is designed for the person thinking about treatment, so it works best when they answer it themselves. First, is the person you're worried about in danger right now?",
    options: [
      { id: 'no', label: 'No, not right now', score: 0 },
      {
        id: 'medical',
        label: 'Yes, they may have taken too much or need emergency medical help',
        score: 0,
        flags: ['crisis:medical-emergency'],
      },
      {
        id: 'self-harm',
        label: 'Yes, they are talking about ending their life or hurting themselves',
        score: 0,
        flags: ['crisis:suicide-self-harm'],
      },
    ],
    next: 'end',
  },
];

/** The "why" lines for positive screens and safety, shared by the bands that can follow them. */
const SCREEN_REASONS: readonly WhyRule[] = [
  {
    when: { positive: 'audit-c' },
    text: 'Your answers about drinking (AUDIT-C) add up to {score:audit-c} out of {max:audit-c}. At {cutoff:audit-c} or more, it is worth talking with a clinician about alcohol.',
  },
  {
    when: { positive: 'drug-screen' },
    text: 'You told us you used a drug or a medication for non-medical reasons in the past year. Any use is worth talking through with a clinician.',
  },
  {
    when: { positive: 'phq-2' },
    text: 'Your answers about mood (PHQ-2) add up to {score:phq-2} out of {max:phq-2}. At {cutoff:phq-2} or more, it is worth checking for depression with a clinician.',
  },
  {
    when: { positive: 'gad-2' },
    text: 'Your answers about worry (GAD-2) add up to {score:gad-2} out of {max:gad-2}. At {cutoff:gad-2} or more, it is worth checking for anxiety with a clinician.',
  },
];

const SAFETY_REASON: WhyRule = {
  when: { flag: 'crisis:suicide-self-harm' },
  text: "You told us you've had thoughts of being better off dead or of hurting yourself. You don't have to carry that alone: please use the support shown here now, and tell the clinician you talk with.",
};

export const DEFAULT_SELF_CHECK: Questionnaire = {
  id: 'iop-self-check',
  version: '1',
  title: 'Is an intensive outpatient program right for me?',
  intro:
    "This short self-check takes about 2 minutes. It is information, not a diagnosis: your answers can help you and a clinician decide on a next step together. You can go back or stop at any time. If you might be in danger right now, please don't wait for the check: ask for urgent help.",
  start: 'reason',
  instruments: [
    {
      id: 'audit-c',
      name: 'AUDIT-C (Alcohol Use Disorders Identification Test, consumption questions)',
      source:
        'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C): an effective brief screening test for problem drinking. Arch Intern Med. 1998;158(16):1789-1795. Items from the AUDIT, World Health Organization (Babor TF et al., 2nd ed., 2001).',
      license: 'World Health Organization; public domain, may be used without permission.',
      url: 'https://www.who.int/publications/i/item/WHO-MSD-MSB-01.6a',
    },
    {
      id: 'single-question-drug-screen',
      name: 'Single-Question Screening Test for Drug Use',
      source:
        'Smith PC, Schmidt SM, Allensworth-Davies D, Saitz R. A single-question screening test for drug use in primary care. Arch Intern Med. 2010;170(13):1155-1160. Listed among NIDA screening tools.',
      license: 'Published research instrument; free to use.',
      url: 'https://pubmed.ncbi.nlm.nih.gov/20625025/',
    },
    {
      id: 'phq-2',
      name: 'PHQ-2 (Patient Health Questionnaire-2)',
      source:
        'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care. 2003;41(11):1284-1292.',
      license:
        'Developed by Drs. Spitzer, Williams, Kroenke and colleagues with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
      url: 'https://www.phqscreeners.com/',
    },
    {
      id: 'gad-2',
      name: 'GAD-2 (Generalized Anxiety Disorder-2)',
      source:
        'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med. 2007;146(5):317-325.',
      license:
        'Developed by Drs. Spitzer, Williams, Kroenke and colleagues with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
      url: 'https://www.phqscreeners.com/',
    },
    {
      id: 'level-of-care',
      name: 'Level-of-care questions (iop-chat)',
      source:
        'Written for iop-chat from the program documents and the ASAM Criteria description of intensive outpatient services (level 2.1). Not a validated instrument.',
      license: 'MIT, part of iop-chat.',
      url: 'https://www.asam.org/asam-criteria',
    },
  ],
  questions: QUESTIONS,
  scales: [
    {
      id: 'audit-c',
      name: 'Alcohol use (AUDIT-C)',
      instrument: 'audit-c',
      questions: ['audit-c-1', 'audit-c-2', 'audit-c-3'],
      // Positive at 4+ for men, 3+ for women; 3+ when sex is another answer or not given.
      cutoffs: [{ when: { answer: 'sex', in: ['man'] }, atLeast: 4 }, { atLeast: 3 }],
    },
    {
      id: 'drug-screen',
      name: 'Drug use (single question)',
      instrument: 'single-question-drug-screen',
      questions: ['drug-use'],
      cutoffs: [{ atLeast: 1 }],
    },
    { id: 'phq-2', name: 'Mood (PHQ-2)', instrument: 'phq-2', questions: ['phq-2-1', 'phq-2-2'], cutoffs: [{ atLeast: 3 }] },
    { id: 'gad-2', name: 'Worry (GAD-2)', instrument: 'gad-2', questions: ['gad-2-1', 'gad-2-2'], cutoffs: [{ atLeast: 3 }] },
  ],
  bands: [
    {
      id: 'for-someone-else',
      title: 'Helping someone you care about',
      summary:
        "This check is designed for the person themself, so we haven't scored it. You can still learn how to help someone you care about, and our team is glad to talk with you about their options.",
      when: { answer: 'reason', in: ['someone-else'] },
      why: [
        { text: "You told us you're asking for someone else." },
        {
          when: { any: [{ flag: 'crisis:medical-emergency' }, { flag: 'crisis:suicide-self-harm' }] },
          text: 'You told us they may be in danger right now. Please get them help now with the emergency options shown here, and stay with them if you can.',
        },
      ],
      nextStep: 'contact',
      topics: ['helping-loved-one'],
    },
    {
      id: 'higher-level',
      title: 'A higher level of care may be safer to start with',
      summary:
        'Based on your answers, a higher level of care, such as medical detox, a residential program or partial hospitalization, may be a safer place to start. An intensive outpatient program can often come next. This is not a diagnosis; a clinician can help you decide.',
      when: HIGHER_LEVEL_SIGNAL,
      why: [
        {
          when: { flag: 'crisis:medical-emergency' },
          text: 'Severe withdrawal, like a seizure, seeing or hearing things, or confusion, needs emergency medical care right now.',
        },
        {
          when: { flag: 'level:withdrawal' },
          text: 'You mentioned withdrawal symptoms. Stopping alcohol or some drugs can be dangerous without medical support, so detox or another higher level of care usually comes first.',
        },
        {
          when: { flag: 'level:needs-24h' },
          text: 'You said you may need care or supervision around the clock, which an outpatient program does not provide.',
        },
        {
          when: { flag: 'level:no-safe-home' },
          text: "You said you don't have a safe, supportive place to live right now. A residential program, or sober living alongside treatment, may help.",
        },
        ...SCREEN_REASONS,
        SAFETY_REASON,
      ],
      nextStep: 'contact',
      topics: ['detox', 'iop-vs-inpatient', 'living-at-home'],
    },
    {
      id: 'iop-fit',
      title: 'An intensive outpatient program may be a good fit',
      summary:
        'Based on your answers, an intensive outpatient program (IOP), with sessions several days a week while you live at home, may be a good fit. This is not a diagnosis; a clinician can tell you for sure and help you decide.',
      when: { all: [ANY_POSITIVE, { not: { flag: 'level:cannot-attend' } }] },
      why: [
        ...SCREEN_REASONS,
        { text: 'You said you could take part in sessions several days a week and have a safe place to live.' },
        SAFETY_REASON,
      ],
      nextStep: 'contact',
      topics: ['what-is-iop', 'getting-started'],
    },
    {
      id: 'lighter-level',
      title: 'A lighter level of support may be enough',
      summary:
        'Based on your answers, a lighter level of support, such as regular outpatient counseling, may be enough for now. This is not a diagnosis; please still talk with us, and a clinician can look at the whole picture with you.',
      why: [
        {
          when: { not: ANY_POSITIVE },
          text: 'Your answers did not reach the usual screening cut-offs for alcohol, drug use, depression or anxiety.',
        },
        ...SCREEN_REASONS,
        {
          when: { flag: 'level:cannot-attend' },
          text: 'You said sessions several days a week would be hard right now. Weekly outpatient care may fit, or ask us about evening or online options.',
        },
        SAFETY_REASON,
      ],
      nextStep: 'contact',
      topics: ['iop-vs-outpatient', 'schedule'],
    },
  ],
};
