import { expect } from '@open-wc/testing';
import { findSubject, isHistory, isNegated, prepareMessage, segmentAt } from '../../src/safety/crisis-context.js';

const words = (s: string): string[] => s.split(' ');

describe('prepareMessage', () => {
  it('normalises each sentence and joins them with " | "', () => {
    const p = prepareMessage("How much is it? Also I've been thinking about ending it.");
    expect(p.text).to.equal('how much is it | also i have been thinking about ending it');
    expect(p.segments).to.have.length(2);
    expect(p.segments[0]?.opener).to.equal(true);
    expect(p.segments[0]?.questionMark).to.equal(true);
    expect(p.segments[1]?.opener).to.equal(false);
  });

  it('keeps decimals and repairs misspellings', () => {
    expect(prepareMessage('I took 2.5 of them, im suicdal').text).to.equal('i took 2 5 of them i am suicidal');
  });

  it('expands shorthand word by word, keeping clause commas in place', () => {
    const p = prepareMessage('imma be honest, thinkin bout it tmrw');
    expect(p.text).to.equal('i am going to be honest thinking about it tomorrow');
    expect(p.segments[0]?.commas).to.deep.equal([6]);
  });

  it('finds the segment for a position', () => {
    const p = prepareMessage('one. two');
    expect(segmentAt(p.segments, p.text.indexOf('two'))).to.equal(p.segments[1]);
  });
});

describe('findSubject', () => {
  it('finds the nearest subject', () => {
    expect(findSubject(words('my friend took too'))).to.equal('other');
    expect(findSubject(words('i think i'))).to.equal('self');
    expect(findSubject(words('my chest'))).to.equal('self');
    expect(findSubject(words('do you help people who'))).to.equal('generic');
    expect(findSubject(words('what if someone'))).to.equal('indefinite');
    expect(findSubject(words('what if a friend'))).to.equal('indefinite');
    expect(findSubject(words('not breathing'))).to.equal('unknown');
  });

  it('reads "my" inside the phrase as part of the object', () => {
    expect(findSubject(words('my toddler ate some of my'), 2)).to.equal('other');
  });
});

describe('isNegated', () => {
  it('sees negators that govern the phrase', () => {
    expect(isNegated(words('i am'), words('not suicidal'))).to.equal(true);
    expect(isNegated(words('i would never'), words('hurt myself'))).to.equal(true);
    expect(isNegated(words('i am not going to'), words('kill myself'))).to.equal(true);
  });

  it('ignores negators that do not', () => {
    expect(isNegated(words('i am not sure'), words('i want to live'))).to.equal(false);
    expect(isNegated(words('i am not okay'), words('want to die'))).to.equal(false);
    expect(isNegated(words('no one cares i'), words('want to die'))).to.equal(false);
    expect(isNegated(words('i can not stop'), words('cutting myself'))).to.equal(false);
    expect(isNegated(words('i am trying not to'), words('cut myself'))).to.equal(false);
    expect(isNegated([], words('fall asleep and never wake up')), 'own negator').to.equal(true);
    expect(isNegated([], words('fall asleep and never wake up'), new Set(['never']))).to.equal(false);
  });
});

describe('isHistory', () => {
  const check = (sentence: string, phrase: string, pastIsHistory = false): boolean => {
    const tokens = words(sentence);
    const start = sentence.slice(0, sentence.indexOf(phrase)).split(' ').length - 1;
    return isHistory(tokens, start, start + words(phrase).length, pastIsHistory);
  };

  it('is history when past and placed back in time', () => {
    expect(check('i attempted suicide in 2019', 'attempted suicide')).to.equal(true);
    expect(check('i had a seizure years ago when i quit', 'had a seizure')).to.equal(true);
    expect(check('i attempted suicide when i was 17 can i still join', 'attempted suicide')).to.equal(true);
  });

  it('is not history when recent, present or undated', () => {
    expect(check('i attempted suicide last night', 'attempted suicide')).to.equal(false);
    expect(check('i want to die years after all this', 'want to die')).to.equal(false);
    expect(check('i overdosed', 'overdosed')).to.equal(false);
  });

  it('judges the clause the phrase is in', () => {
    expect(check('i attempted suicide years ago and i am safe now', 'attempted suicide')).to.equal(true);
    expect(check('i attempted suicide again years after the first time', 'attempted suicide')).to.equal(false);
  });

  it('treats a past state as history when the rule says so', () => {
    expect(check('i was suicidal', 'was suicidal', true)).to.equal(true);
    expect(check('i was suicidal', 'was suicidal', false)).to.equal(false);
    expect(check('i was suicidal last night', 'was suicidal', true)).to.equal(false);
  });
});
