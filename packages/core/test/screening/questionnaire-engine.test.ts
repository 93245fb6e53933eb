import { expect } from '@open-wc/testing';
import {
  answerQuestion,
  currentQuestion,
  goBack,
  isComplete,
  progress,
  restoreScreening,
  scoreScreening,
  startScreening,
  validateQuestionnaire,
} from '../../src/screening/questionnaire-engine.js';
import type { Questionnaire } from '../../src/screening/questionnaire-types.js';
import type { ScreeningState } from '../../src/screening/screening-state.js';

/**
 * A small questionnaire that exercises every routing feature:
 * a -(x)-> b -> c -> d? -> e      a -(y)-> c      a -(z)-> end
 * b is shown only after "x"; d only when scale s is positive; c is multiple choice.
 */
const Q: Questionnaire = {
  id: 'test',
  version: '2',
  title: 'Test',
  intro: 'A test questionnaire.',
  start: 'a',
  instruments: [],
  questions: [
    {
      id: 'a',
      text: 'A?',
      options: [
        { id: 'x', label: 'X', score: 1 },
        { id: 'y', label: 'Y', score: 2, next: 'c' },
        { id: 'z', label: 'Z', score: 0, next: 'end', flags: ['crisis:overdose-poisoning'] },
      ],
    },
    { id: 'b', text: 'B?', showIf: { answer: 'a', in: ['x'] }, options: [{ id: 'ok', label: 'OK', score: 0 }] },
    {
      id: 'c',
      text: 'C?',
      multiple: true,
      options: [
        { id: 'p', label: 'P', score: 1 },
        { id: 'q', label: 'Q', score: 2 },
        { id: 'r', label: 'R', score: 0, flags: ['low-bar'] },
      ],
    },
    { id: 'd', text: 'D?', showIf: { positive: 's' }, options: [{ id: 'ok', label: 'OK', score: 0 }] },
    {
      id: 'e',
      text: 'E?',
      options: [
        { id: 'calm', label: 'Calm', score: 0 },
        { id: 'hurt', label: 'Hurt', score: 0, flags: ['crisis:suicide-self-harm'] },
      ],
    },
  ],
  scales: [
    {
      id: 's',
      name: 'S',
      questions: ['a', 'c'],
      // The cut-off drops from 4 to 1 when option r was chosen.
      cutoffs: [{ when: { flag: 'low-bar' }, atLeast: 1 }, { atLeast: 4 }],
    },
  ],
  bands: [
    {
      id: 'high',
      title: 'High',
      summary: 'High summary.',
      when: { positive: 's' },
      why: [{ text: 'S scored {score:s} of {max:s}; the cut-off was {cutoff:s}.' }, { when: { answer: 'e', in: ['hurt'] }, text: 'E was hurt.' }],
      nextStep: 'contact',
    },
    { id: 'low', title: 'Low', summary: 'Low summary.', why: [{ when: { not: { positive: 's' } }, text: 'S stayed low.' }], nextStep: 'contact' },
  ],
};

/** Answers in order, failing the test on any rejection. */
function answerAll(steps: readonly (readonly [string, string | readonly string[]])[], from = startScreening(Q)): ScreeningState {
  return steps.reduce((state, [question, choice]) => {
    const next = answerQuestion(Q, state, question, choice);
    expect(next.error, `answering ${question}`).to.equal(undefined);
    return next;
  }, from);
}

describe('questionnaire engine', () => {
  it('accepts its own test definition', () => {
    expect(validateQuestionnaire(Q)).to.deep.equal({ ok: true, questionnaire: Q });
  });

  it('starts at the start question with no answers', () => {
    const state = startScreening(Q);
    expect(state).to.deep.equal({ questionnaireId: 'test', version: '2', answers: [] });
    expect(currentQuestion(Q, state)?.id).to.equal('a');
    expect(isComplete(Q, state)).to.equal(false);
  });

  describe('routing', () => {
    it('follows the list order by default and shows a question whose showIf holds', () => {
      const state = answerAll([['a', 'x']]);
      expect(currentQuestion(Q, state)?.id).to.equal('b');
      expect(currentQuestion(Q, answerAll([['b', 'ok']], state))?.id).to.equal('c');
    });

    it("follows an option's next and skips a question whose showIf does not hold", () => {
      expect(currentQuestion(Q, answerAll([['a', 'y']]))?.id).to.equal('c');
      // c chosen low: scale s = 2 + 1 = 3 < 4, so d is skipped and e follows.
      expect(currentQuestion(Q, answerAll([['a', 'y'], ['c', 'p']]))?.id).to.equal('e');
      // 2 + 2 = 4 reaches the cut-off, so d is shown.
      expect(currentQuestion(Q, answerAll([['a', 'y'], ['c', 'q']]))?.id).to.equal('d');
    });

    it("ends when an option routes to 'end'", () => {
      const state = answerAll([['a', 'z']]);
      expect(currentQuestion(Q, state)).to.equal(undefined);
      expect(isComplete(Q, state)).to.equal(true);
    });
  });

  describe('answering', () => {
    it('never changes the state it was given', () => {
      const state = Object.freeze(startScreening(Q));
      const next = answerQuestion(Q, state, 'a', 'x');
      expect(state.answers).to.deep.equal([]);
      expect(next).to.not.equal(state);
      expect(next.answers).to.deep.equal([{ question: 'a', options: ['x'] }]);
    });

    it('rejects an answer to the wrong question without throwing, keeping the answers', () => {
      const state = answerAll([['a', 'x']]);
      const rejected = answerQuestion(Q, state, 'c', 'p');
      expect(rejected.answers).to.deep.equal(state.answers);
      expect(rejected.error?.code).to.equal('wrong-question');
      expect(rejected.error?.message).to.equal('Expected an answer to "b", got one for "c".');
      expect(currentQuestion(Q, rejected)?.id).to.equal('b');
    });

    it('rejects unknown, missing and malformed options, and answers after the end', () => {
      const start = startScreening(Q);
      expect(answerQuestion(Q, start, 'a', 'nope').error).to.deep.equal({
        code: 'invalid-option',
        message: '"nope" is not an option of "a".',
      });
      expect(answerQuestion(Q, start, 'a', []).error?.code).to.equal('no-option');
      expect(answerQuestion(Q, start, 'a', ['x', 'y']).error?.code).to.equal('invalid-option');
      expect(answerQuestion(Q, start, 'a', 42 as unknown as string).error?.code).to.equal('invalid-option');
      expect(answerQuestion(Q, start, undefined as unknown as string, 'x').error?.code).to.equal('wrong-question');
      const done = answerAll([['a', 'z']]);
      expect(answerQuestion(Q, done, 'e', 'calm').error?.code).to.equal('complete');
    });

    it('rejects a state from another questionnaire version', () => {
      const old = { ...startScreening(Q), version: '1' };
      expect(answerQuestion(Q, old, 'a', 'x').error?.code).to.equal('wrong-questionnaire');
    });

    it('clears the error once a good answer is given', () => {
      const rejected = answerQuestion(Q, startScreening(Q), 'b', 'ok');
      expect(rejected.error).to.not.equal(undefined);
      const accepted = answerQuestion(Q, rejected, 'a', 'x');
      expect(accepted).to.deep.equal({ questionnaireId: 'test', version: '2', answers: [{ question: 'a', options: ['x'] }] });
    });

    it('takes several options on a multiple-choice question and sums their scores', () => {
      const state = answerAll([['a', 'y'], ['c', ['p', 'q', 'p']]]);
      expect(state.answers.at(-1)).to.deep.equal({ question: 'c', options: ['p', 'q'] });
      expect(scoreScreening(Q, state).scales[0]?.score).to.equal(2 + 1 + 2);
    });
  });

  describe('goBack', () => {
    it('takes back the last answer so that question is asked again', () => {
      const state = answerAll([['a', 'x'], ['b', 'ok']]);
      const back = goBack(Q, state);
      expect(back.answers).to.deep.equal([{ question: 'a', options: ['x'] }]);
      expect(currentQuestion(Q, back)?.id).to.equal('b');
      const changed = answerAll([['a', 'y']], goBack(Q, back));
      expect(currentQuestion(Q, changed)?.id).to.equal('c');
    });

    it('stays at the start when nothing was answered, and clears an error', () => {
      const rejected = answerQuestion(Q, startScreening(Q), 'e', 'calm');
      expect(goBack(Q, rejected)).to.deep.equal(startScreening(Q));
    });
  });

  describe('progress', () => {
    it('counts answers and estimates the questions left on the current path', () => {
      // a, then c and e (b needs "x", d needs a positive scale; neither holds yet).
      expect(progress(Q, startScreening(Q))).to.deep.equal({ answered: 0, total: 3 });
      expect(progress(Q, answerAll([['a', 'x']]))).to.deep.equal({ answered: 1, total: 4 });
      expect(progress(Q, answerAll([['a', 'y'], ['c', 'q']]))).to.deep.equal({ answered: 2, total: 4 });
      expect(progress(Q, answerAll([['a', 'z']]))).to.deep.equal({ answered: 1, total: 1 });
    });
  });

  describe('scoring', () => {
    it('fills the reasons from the scores and the cut-off that applied', () => {
      const result = scoreScreening(Q, answerAll([['a', 'y'], ['c', 'q'], ['d', 'ok'], ['e', 'calm']]));
      expect(result.bandId).to.equal('high');
      expect(result.band).to.equal(Q.bands[0]);
      expect(result.scales).to.deep.equal([{ id: 's', name: 'S', score: 4, max: 5, cutoff: 4, positive: true, asked: true }]);
      expect(result.reasons).to.deep.equal(['S scored 4 of 5; the cut-off was 4.']);
      expect(result.complete).to.equal(true);
      expect(result).to.not.have.property('crisis');
    });

    it('lets a cut-off depend on another answer', () => {
      // Score 2 + 0 = 2: below 4, but option r lowers the cut-off to 1.
      const result = scoreScreening(Q, answerAll([['a', 'y'], ['c', 'r']]));
      expect(result.scales[0]).to.include({ score: 2, cutoff: 1, positive: true });
      expect(result.bandId).to.equal('high');
    });

    it('falls back to the last band when no earlier one matches', () => {
      const result = scoreScreening(Q, answerAll([['a', 'x'], ['b', 'ok'], ['c', 'p'], ['e', 'calm']]));
      expect(result.bandId).to.equal('low');
      expect(result.reasons).to.deep.equal(['S stayed low.']);
    });

    it('reports a crisis flag as its kind, even before the end', () => {
      const partial = answerAll([['a', 'x'], ['b', 'ok'], ['c', 'p'], ['e', 'hurt']]);
      const result = scoreScreening(Q, partial);
      expect(result.crisis).to.equal('suicide-self-harm');
      expect(result.flags).to.deep.equal(['crisis:suicide-self-harm']);
      expect(scoreScreening(Q, answerAll([['a', 'z']])).crisis).to.equal('overdose-poisoning');
      expect(scoreScreening(Q, answerAll([['a', 'x']])).complete).to.equal(false);
    });

    it('marks scales whose questions were never asked', () => {
      const result = scoreScreening(Q, startScreening(Q));
      expect(result.scales[0]).to.include({ score: 0, asked: false, positive: false });
    });
  });

  describe('persistence', () => {
    it('survives a JSON round trip unchanged', () => {
      const state = answerAll([['a', 'y'], ['c', ['p', 'r']]]);
      const copy = JSON.parse(JSON.stringify(state)) as ScreeningState;
      expect(copy).to.deep.equal(state);
      expect(currentQuestion(Q, copy)).to.equal(currentQuestion(Q, state));
      expect(progress(Q, copy)).to.deep.equal(progress(Q, state));
      expect(scoreScreening(Q, copy)).to.deep.equal(scoreScreening(Q, state));
      expect(restoreScreening(Q, copy)).to.deep.equal(state);
    });

    it('refuses to restore garbage, another version or answers that no longer fit', () => {
      const stored = JSON.parse(JSON.stringify(answerAll([['a', 'x']]))) as Record<string, unknown>;
      expect(restoreScreening(Q, null)).to.equal(undefined);
      expect(restoreScreening(Q, 'state')).to.equal(undefined);
      expect(restoreScreening(Q, { ...stored, version: '1' })).to.equal(undefined);
      expect(restoreScreening(Q, { ...stored, answers: 'x' })).to.equal(undefined);
      expect(restoreScreening(Q, { ...stored, answers: [{ question: 'a', options: ['gone'] }] })).to.equal(undefined);
      expect(restoreScreening(Q, { ...stored, answers: [{ question: 'c', options: ['p'] }] })).to.equal(undefined);
      expect(restoreScreening(Q, { ...stored, answers: [{ question: 'a', options: [1] }] })).to.equal(undefined);
    });
  });
});
