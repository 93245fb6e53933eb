import { expect } from '@open-wc/testing';
import { validateQuestionnaire } from '../../src/screening/questionnaire-engine.js';
import type { Questionnaire } from '../../src/screening/questionnaire-types.js';

type Draft<T> = T extends readonly (infer U)[] ? Draft<U>[] : T extends object ? { -readonly [K in keyof T]: Draft<T[K]> } : T;

/** A small valid definition; each test breaks one thing in a fresh copy. */
function draft(): Draft<Questionnaire> {
  return {
    id: 'check',
    version: '1',
    title: 'Check',
    intro: 'Intro.',
    start: 'q1',
    instruments: [{ id: 'inst', name: 'Inst', source: 'Someone, 2000.', license: 'Free.', url: 'https://example.org/inst' }],
    questions: [
      {
        id: 'q1',
        text: 'One?',
        instrument: 'inst',
        options: [
          { id: 'a', label: 'A', score: 0 },
          { id: 'b', label: 'B', score: 2, next: 'q3', flags: ['crisis:suicide-self-harm'] },
        ],
      },
      { id: 'q2', text: 'Two?', showIf: { answer: 'q1', in: ['a'] }, options: [{ id: 'a', label: 'A', score: 1 }] },
      { id: 'q3', text: 'Three?', options: [{ id: 'a', label: 'A', score: 1 }], next: 'end' },
    ],
    scales: [{ id: 's', name: 'S', instrument: 'inst', questions: ['q1', 'q3'], cutoffs: [{ atLeast: 2 }] }],
    bands: [
      { id: 'iop-fit', title: 'Fit', summary: 'May fit.', when: { positive: 's' }, why: [{ text: 'Scored {score:s}.' }], nextStep: 'contact' },
      { id: 'lighter-level', title: 'Lighter', summary: 'Lighter.', why: [], nextStep: 'contact' },
    ],
  };
}

/** The errors for a broken copy of the draft (the test fails if the copy is accepted). */
function errorsOf(breakIt: (d: Draft<Questionnaire>) => void): readonly string[] {
  const d = draft();
  breakIt(d);
  const result = validateQuestionnaire(d);
  if (result.ok) throw new Error('expected the definition to be rejected');
  return result.errors;
}

describe('validateQuestionnaire', () => {
  it('accepts a valid definition and returns it', () => {
    const d = draft();
    expect(validateQuestionnaire(d)).to.deep.equal({ ok: true, questionnaire: d });
  });

  it('rejects things that are not definitions without throwing', () => {
    for (const value of [null, undefined, 'questionnaire', 42, []]) {
      const result = validateQuestionnaire(value);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors[0]).to.match(/^questionnaire: must be an object/);
    }
  });

  it('names a duplicate id and where it first appeared', () => {
    expect(errorsOf((d) => (d.questions[2]!.id = 'q1'))).to.include('questions[2].id: duplicate id "q1" (also questions[0])');
    expect(errorsOf((d) => (d.questions[0]!.options[1]!.id = 'a'))).to.include(
      'questions[0].options[1].id: duplicate id "a" (also questions[0].options[0])',
    );
    expect(errorsOf((d) => (d.bands[1]!.id = 'iop-fit'))).to.include('bands[1].id: duplicate id "iop-fit" (also bands[0])');
  });

  it('names a next that points nowhere', () => {
    expect(errorsOf((d) => (d.questions[0]!.options[1]!.next = 'q9'))).to.include(
      'questions[0].options[1].next: "q9" is not a question id',
    );
    expect(errorsOf((d) => (d.questions[2]!.next = 'q0'))).to.include('questions[2].next: "q0" is not a question id');
    expect(errorsOf((d) => (d.start = 'q0'))).to.include('start: "q0" is not a question id');
  });

  it('names the route that closes a cycle', () => {
    expect(errorsOf((d) => (d.questions[2]!.next = 'q1'))).to.include(
      'questions[2].next: "q1" makes a cycle (q1 -> q2 -> q3 -> q1)',
    );
  });

  it('names a question no route leads to', () => {
    // q1 skips q2 on both answers now.
    expect(errorsOf((d) => (d.questions[0]!.options[0]!.next = 'q3'))).to.include(
      'questions[1]: "q2" is unreachable from start "q1"',
    );
  });

  it('requires a non-empty list of bands ending in a fallback', () => {
    expect(errorsOf((d) => Reflect.deleteProperty(d, 'bands'))).to.include('bands: must be a list, got nothing');
    expect(errorsOf((d) => (d.bands = []))).to.include('bands: must not be empty');
    expect(errorsOf((d) => (d.bands[1]!.when = { positive: 's' }))).to.include(
      'bands: the last band must have no "when" (it is the fallback, so every screening gets a result)',
    );
    expect(errorsOf((d) => delete d.bands[0]!.when)).to.include(
      'bands[1]: is never used: bands[0] has no "when" and always applies',
    );
    expect(errorsOf((d) => (d.bands[0]!.nextStep = 'leave' as 'contact'))).to.include('bands[0].nextStep: must be "contact", got "leave"');
  });

  it('requires numeric scores and cut-offs', () => {
    expect(errorsOf((d) => (d.questions[0]!.options[0]!.score = '2' as unknown as number))).to.deep.equal([
      'questions[0].options[0].score: must be a number, got "2"',
    ]);
    expect(errorsOf((d) => (d.questions[0]!.options[0]!.score = Number.NaN))).to.deep.equal([
      'questions[0].options[0].score: must be a number, got NaN',
    ]);
    expect(errorsOf((d) => (d.scales[0]!.cutoffs[0]!.atLeast = 'three' as unknown as number))).to.deep.equal([
      'scales[0].cutoffs[0].atLeast: must be a number, got "three"',
    ]);
  });

  it('requires options on every question', () => {
    expect(errorsOf((d) => (d.questions[1]!.options = []))).to.deep.equal(['questions[1].options: must not be empty']);
    expect(errorsOf((d) => Reflect.deleteProperty(d.questions[1]!, 'options'))).to.deep.equal([
      'questions[1].options: must be a list, got nothing',
    ]);
  });

  it('names scales that count missing questions or have no default cut-off', () => {
    expect(errorsOf((d) => (d.scales[0]!.questions = ['q1', 'q7']))).to.include('scales[0].questions[1]: "q7" is not a question id');
    expect(errorsOf((d) => (d.scales[0]!.cutoffs = [{ when: { answer: 'q1', in: ['a'] }, atLeast: 1 }]))).to.include(
      'scales[0].cutoffs: the last cut-off must have no "when" (it is the default)',
    );
    expect(errorsOf((d) => d.scales[0]!.cutoffs.unshift({ when: { positive: 's' }, atLeast: 1 }))).to.include(
      'scales[0].cutoffs[0].when.positive: a cut-off cannot depend on a scale',
    );
  });

  it('names conditions that refer to missing or later things', () => {
    expect(errorsOf((d) => (d.questions[1]!.showIf = { answer: 'q1', in: ['c'] }))).to.include(
      'questions[1].showIf.in[0]: "c" is not an option of "q1"',
    );
    expect(errorsOf((d) => (d.questions[1]!.showIf = { answer: 'q3', in: ['a'] }))).to.include(
      'questions[1].showIf.answer: "q3" is never asked before "q2"',
    );
    expect(errorsOf((d) => (d.bands[0]!.when = { any: [{ flag: 'typo' }] }))).to.include(
      'bands[0].when.any[0].flag: no option sets the flag "typo"',
    );
    expect(errorsOf((d) => (d.bands[0]!.when = { positive: 'nope' }))).to.include('bands[0].when.positive: "nope" is not a scale id');
    expect(errorsOf((d) => (d.bands[0]!.when = { maybe: true } as never))).to.include(
      'bands[0].when: is not a condition (use one of: answer + in, positive, score + atLeast, flag, all, any, not)',
    );
  });

  it('names unknown crisis kinds, instruments, placeholders and fields', () => {
    expect(errorsOf((d) => (d.questions[0]!.options[1]!.flags = ['crisis:suicide']))).to.include(
      'questions[0].options[1].flags[0]: "crisis:suicide" is not a crisis kind (crisis:suicide-self-harm, crisis:overdose-poisoning, crisis:medical-emergency, crisis:violence-abuse, crisis:harm-to-others)',
    );
    expect(errorsOf((d) => (d.questions[0]!.instrument = 'other'))).to.include('questions[0].instrument: "other" is not an instrument id');
    expect(errorsOf((d) => (d.bands[0]!.why[0]!.text = 'Scored {max:t}.'))).to.include(
      'bands[0].why[0].text: "{max:t}" refers to unknown scale "t"',
    );
    expect(errorsOf((d) => Object.assign(d.questions[1]!, { shwoIf: { answer: 'q1', in: ['a'] } }))).to.include(
      'questions[1].shwoIf: unknown field (expected id, stem, text, help, instrument, options, next, showIf, multiple)',
    );
    expect(errorsOf((d) => (d.instruments[0]!.url = 'javascript:alert(1)'))).to.include(
      'instruments[0].url: must start with https:// or http://',
    );
    expect(errorsOf((d) => (d.questions[0]!.text = ''))).to.include('questions[0].text: must be a non-empty string, got ""');
  });

  it('does not let options of a multiple-choice question route', () => {
    expect(errorsOf((d) => (d.questions[0]!.multiple = true))).to.include(
      "questions[0].options[1].next: options of a multiple-choice question cannot route; set the question's next instead",
    );
  });
});
