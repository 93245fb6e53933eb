import { expect } from '@open-wc/testing';
import { DEFAULT_SELF_CHECK as Q } from '../../src/screening/default-self-check.js';
import {
  answerQuestion,
  currentQuestion,
  progress,
  scoreScreening,
  startScreening,
  validateQuestionnaire,
} from '../../src/screening/questionnaire-engine.js';
import type { ScreeningResult, ScreeningState } from '../../src/screening/screening-state.js';

/** The calmest answer to each question; a test overrides the ones it is about. */
const CALM: Readonly<Record<string, string>> = {
  reason: 'several',
  sex: 'other',
  'audit-c-1': 'monthly-or-less',
  'audit-c-2': '1-2',
  'audit-c-3': 'never',
  'drug-use': 'never',
  'phq-2-1': 'not-at-all',
  'phq-2-2': 'not-at-all',
  'gad-2-1': 'not-at-all',
  'gad-2-2': 'not-at-all',
  withdrawal: 'no',
  supervision: 'no',
  'safe-home': 'yes',
  attend: 'yes',
  safety: 'no',
  'someone-else': 'no',
};

/** Takes the check to the end the way the UI would, answering whatever is asked. */
function walk(answers: Readonly<Record<string, string>>): { state: ScreeningState; asked: string[]; result: ScreeningResult } {
  let state = startScreening(Q);
  const asked: string[] = [];
  for (let question = currentQuestion(Q, state); question; question = currentQuestion(Q, state)) {
    if (asked.length > Q.questions.length) throw new Error(`the check does not end: ${asked.join(', ')}`);
    asked.push(question.id);
    const choice = answers[question.id] ?? CALM[question.id];
    if (choice === undefined) throw new Error(`no answer for ${question.id}`);
    state = answerQuestion(Q, state, question.id, choice);
    expect(state.error, question.id).to.equal(undefined);
  }
  return { state, asked, result: scoreScreening(Q, state) };
}

const scale = (result: ScreeningResult, id: string) => result.scales.find((s) => s.id === id);

describe('default self-check', () => {
  it('passes validation', () => {
    const result = validateQuestionnaire(Q);
    expect(result.ok ? [] : result.errors).to.deep.equal([]);
  });

  it('credits every instrument it uses', () => {
    for (const id of ['audit-c', 'single-question-drug-screen', 'phq-2', 'gad-2']) {
      const instrument = Q.instruments.find((i) => i.id === id);
      expect(instrument, id).to.not.equal(undefined);
      expect(instrument?.source, id).to.match(/\b(19|20)\d\d\b/);
      expect(instrument?.license, id).to.not.equal('');
    }
    expect(Q.instruments.find((i) => i.id === 'audit-c')?.license).to.match(/public domain/i);
    expect(Q.instruments.find((i) => i.id === 'phq-2')?.license).to.match(/no permission required/i);
  });

  it('words the instrument items exactly as published', () => {
    const text = (id: string) => Q.questions.find((q) => q.id === id)?.text;
    expect(text('audit-c-1')).to.equal('How often do you have a drink containing alcohol?');
    expect(text('audit-c-2')).to.equal('How many standard drinks containing alcohol do you have on a typical day?');
    expect(text('audit-c-3')).to.equal('How often do you have six or more drinks on one occasion?');
    expect(text('drug-use')).to.equal(
      'How many times in the past year have you used an illegal drug or used a prescription medication for non-medical reasons?',
    );
    expect(text('phq-2-1')).to.equal('Little interest or pleasure in doing things');
    expect(text('phq-2-2')).to.equal('Feeling down, depressed, or hopeless');
    expect(text('gad-2-1')).to.equal('Feeling nervous, anxious, or on edge');
    expect(text('gad-2-2')).to.equal('Not being able to stop or control worrying');
    expect(text('safety')).to.equal(
      'In the past few weeks, have you had thoughts that you would be better off dead, or of hurting yourself?',
    );
    const options = (id: string) => Q.questions.find((q) => q.id === id)?.options.map((o) => [o.label, o.score]);
    expect(options('audit-c-1')).to.deep.equal([
      ['Never', 0], ['Monthly or less', 1], ['2-4 times a month', 2], ['2-3 times a week', 3], ['4 or more times a week', 4],
    ]);
    expect(options('audit-c-2')).to.deep.equal([['1 or 2', 0], ['3 or 4', 1], ['5 or 6', 2], ['7 to 9', 3], ['10 or more', 4]]);
    expect(options('audit-c-3')).to.deep.equal([
      ['Never', 0], ['Less than monthly', 1], ['Monthly', 2], ['Weekly', 3], ['Daily or almost daily', 4],
    ]);
    expect(options('phq-2-1')).to.deep.equal([['Not at all', 0], ['Several days', 1], ['More than half the days', 2], ['Nearly every day', 3]]);
    expect(Q.questions.find((q) => q.id === 'gad-2-2')?.stem).to.equal(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
  });

  describe('AUDIT-C', () => {
    // 1 + 1 + 1 = 3 and 2 + 1 + 1 = 4.
    const three = { reason: 'alcohol', 'audit-c-1': 'monthly-or-less', 'audit-c-2': '3-4', 'audit-c-3': 'less-than-monthly' };
    const four = { ...three, 'audit-c-1': '2-4-month' };

    it('is positive at 4 for men, not at 3', () => {
      expect(scale(walk({ ...three, sex: 'man' }).result, 'audit-c')).to.include({ score: 3, max: 12, cutoff: 4, positive: false });
      expect(scale(walk({ ...four, sex: 'man' }).result, 'audit-c')).to.include({ score: 4, cutoff: 4, positive: true });
    });

    it('is positive at 3 for women, not at 2', () => {
      expect(scale(walk({ ...three, sex: 'woman' }).result, 'audit-c')).to.include({ score: 3, cutoff: 3, positive: true });
      const two = { ...three, 'audit-c-3': 'never', sex: 'woman' };
      expect(scale(walk(two).result, 'audit-c')).to.include({ score: 2, positive: false });
    });

    it('is positive at 3 when sex is another answer or not given', () => {
      expect(scale(walk({ ...three, sex: 'other' }).result, 'audit-c')).to.include({ score: 3, cutoff: 3, positive: true });
    });

    it('skips the other two items for someone who never drinks', () => {
      const { asked, result } = walk({ reason: 'alcohol', 'audit-c-1': 'never' });
      expect(asked).to.include('audit-c-1');
      expect(asked).to.not.include('audit-c-2');
      expect(asked).to.not.include('audit-c-3');
      expect(scale(result, 'audit-c')).to.include({ score: 0, positive: false, asked: true });
    });
  });

  it('scores the drug question positive from one use', () => {
    expect(scale(walk({ reason: 'drugs', 'drug-use': 'never' }).result, 'drug-screen')).to.include({ score: 0, positive: false });
    expect(scale(walk({ reason: 'drugs', 'drug-use': 'once' }).result, 'drug-screen')).to.include({ score: 1, positive: true });
    expect(scale(walk({ reason: 'drugs', 'drug-use': '6-plus' }).result, 'drug-screen')).to.include({ positive: true });
  });

  it('scores PHQ-2 positive at 3, not at 2', () => {
    const two = walk({ reason: 'mental-health', 'phq-2-1': 'several-days', 'phq-2-2': 'several-days' }).result;
    expect(scale(two, 'phq-2')).to.include({ score: 2, max: 6, positive: false });
    const three = walk({ reason: 'mental-health', 'phq-2-1': 'more-than-half', 'phq-2-2': 'several-days' }).result;
    expect(scale(three, 'phq-2')).to.include({ score: 3, positive: true });
    expect(scale(three, 'gad-2')).to.include({ score: 0, positive: false });
  });

  it('scores GAD-2 positive at 3, not at 2', () => {
    const two = walk({ reason: 'mental-health', 'gad-2-1': 'more-than-half' }).result;
    expect(scale(two, 'gad-2')).to.include({ score: 2, max: 6, positive: false });
    const three = walk({ reason: 'mental-health', 'gad-2-1': 'nearly-every-day' }).result;
    expect(scale(three, 'gad-2')).to.include({ score: 3, positive: true });
    expect(scale(three, 'phq-2')).to.include({ positive: false });
  });

  describe('paths', () => {
    const common = ['phq-2-1', 'phq-2-2', 'gad-2-1', 'gad-2-2'];
    const care = ['supervision', 'safe-home', 'attend', 'safety'];

    it('alcohol only: asks sex and AUDIT-C, not the drug question', () => {
      expect(walk({ reason: 'alcohol' }).asked).to.deep.equal([
        'reason', 'sex', 'audit-c-1', 'audit-c-2', 'audit-c-3', ...common, 'withdrawal', ...care,
      ]);
    });

    it('drugs only: asks the drug question, not sex or AUDIT-C', () => {
      expect(walk({ reason: 'drugs' }).asked).to.deep.equal(['reason', 'drug-use', ...common, 'withdrawal', ...care]);
    });

    it('mental health: no substance or withdrawal questions', () => {
      expect(walk({ reason: 'mental-health' }).asked).to.deep.equal(['reason', ...common, ...care]);
    });

    it('more than one: everything, in about two minutes (15 taps at most)', () => {
      const { asked } = walk({ reason: 'several' });
      expect(asked).to.deep.equal([
        'reason', 'sex', 'audit-c-1', 'audit-c-2', 'audit-c-3', 'drug-use', ...common, 'withdrawal', ...care,
      ]);
      expect(asked.length).to.be.at.most(15);
    });

    it('someone else: one safety question, then a result pointing to helping a loved one and contact', () => {
      const { asked, result } = walk({ reason: 'someone-else' });
      expect(asked).to.deep.equal(['reason', 'someone-else']);
      expect(result.bandId).to.equal('for-someone-else');
      expect(result.band.nextStep).to.equal('contact');
      expect(result.band.topics).to.include('helping-loved-one');
      expect(result.crisis).to.equal(undefined);
      expect(walk({ reason: 'someone-else', 'someone-else': 'medical' }).result.crisis).to.equal('medical-emergency');
      expect(walk({ reason: 'someone-else', 'someone-else': 'self-harm' }).result.crisis).to.equal('suicide-self-harm');
    });

    it('estimates the path length as the visitor goes', () => {
      let state = startScreening(Q);
      expect(progress(Q, state)).to.deep.equal({ answered: 0, total: 9 });
      state = answerQuestion(Q, state, 'reason', 'alcohol');
      expect(progress(Q, state)).to.deep.equal({ answered: 1, total: 14 });
      state = answerQuestion(Q, state, 'sex', 'woman');
      state = answerQuestion(Q, state, 'audit-c-1', 'never');
      expect(progress(Q, state)).to.deep.equal({ answered: 3, total: 12 });
    });
  });

  describe('result bands', () => {
    const positive = { reason: 'alcohol', sex: 'man', 'audit-c-1': '4-plus-week', 'audit-c-2': '5-6', 'audit-c-3': 'weekly' };

    it('IOP may fit: a positive screen, can attend, no higher-level signal', () => {
      const { result } = walk(positive);
      expect(result.bandId).to.equal('iop-fit');
      expect(result.reasons[0]).to.equal(
        'Your answers about drinking (AUDIT-C) add up to 9 out of 12. At 4 or more, it is worth talking with a clinician about alcohol.',
      );
      expect(result.crisis).to.equal(undefined);
    });

    it('higher level first: withdrawal, round-the-clock care or no safe home, whatever the screens say', () => {
      for (const [question, answer, reason] of [
        ['withdrawal', 'mild', /withdrawal symptoms/],
        ['supervision', 'yes', /around the clock/],
        ['safe-home', 'no', /safe, supportive place to live/],
      ] as const) {
        const { result } = walk({ ...positive, [question]: answer });
        expect(result.bandId, question).to.equal('higher-level');
        expect(result.reasons.join(' '), question).to.match(reason);
      }
      expect(walk({ reason: 'mental-health', supervision: 'yes' }).result.bandId).to.equal('higher-level');
    });

    it('lighter level: no positive screen, or cannot attend several times a week', () => {
      const calm = walk({ reason: 'several' }).result;
      expect(calm.bandId).to.equal('lighter-level');
      expect(calm.reasons[0]).to.match(/did not reach the usual screening cut-offs/);
      const busy = walk({ ...positive, attend: 'no' }).result;
      expect(busy.bandId).to.equal('lighter-level');
      expect(busy.reasons.join(' ')).to.match(/AUDIT-C/).and.to.match(/evening or online/);
    });

    it('frames every band as information that leads to contact', () => {
      for (const band of Q.bands) {
        expect(band.nextStep, band.id).to.equal('contact');
        if (band.id !== 'for-someone-else') {
          expect(band.summary, band.id).to.match(/^Based on your answers, .* may be /);
          expect(band.summary, band.id).to.match(/not a diagnosis; .*clinician/);
        }
      }
    });
  });

  describe('crisis', () => {
    it('flags thoughts of death or self-harm and still computes the result', () => {
      const { result } = walk({ reason: 'mental-health', 'phq-2-2': 'nearly-every-day', safety: 'yes' });
      expect(result.crisis).to.equal('suicide-self-harm');
      expect(result.flags).to.include('crisis:suicide-self-harm');
      expect(result.bandId).to.equal('iop-fit');
      expect(result.reasons.join(' ')).to.match(/better off dead or of hurting yourself/);
    });

    it('flags severe withdrawal right now as a medical emergency and points to a higher level', () => {
      const { result } = walk({ reason: 'alcohol', withdrawal: 'severe-now' });
      expect(result.crisis).to.equal('medical-emergency');
      expect(result.bandId).to.equal('higher-level');
      expect(result.reasons[0]).to.match(/emergency medical care/);
    });

    it('does not flag a crisis for mild withdrawal or a "no"', () => {
      expect(walk({ reason: 'alcohol', withdrawal: 'mild' }).result.crisis).to.equal(undefined);
      expect(walk({ reason: 'alcohol' }).result.flags).to.deep.equal([]);
    });
  });
});
