import { expect } from '@open-wc/testing';
import { KEY_WORDS, repairText, repairWord } from '../../src/safety/fuzzy-words.js';
import { withinOneEdit } from '../../src/text/edit-distance.js';

describe('withinOneEdit', () => {
  it('accepts one insertion, deletion, substitution or swap', () => {
    expect(withinOneEdit('suicidal', 'suicidal')).to.equal(true);
    expect(withinOneEdit('suicdal', 'suicidal')).to.equal(true); // deletion
    expect(withinOneEdit('suiccidal', 'suicidal')).to.equal(true); // insertion
    expect(withinOneEdit('suicedal', 'suicidal')).to.equal(true); // substitution
    expect(withinOneEdit('overdoes', 'overdose')).to.equal(true); // swap
  });

  it('rejects two edits', () => {
    expect(withinOneEdit('sucdal', 'suicidal')).to.equal(false);
    expect(withinOneEdit('overdo', 'overdose')).to.equal(false);
    expect(withinOneEdit('abcd', 'badc')).to.equal(false);
  });
});

describe('repairWord', () => {
  it('repairs misspelt key words', () => {
    expect(repairWord('sucidal')).to.equal('suicidal');
    expect(repairWord('myslef')).to.equal('myself');
    expect(repairWord('unconcious')).to.equal('unconscious');
    expect(repairWord('siezure')).to.equal('seizure');
    expect(repairWord('breating')).to.equal('breathing');
    expect(repairWord('alchohol')).to.equal('alcohol');
  });

  it('leaves short words, key words and real neighbours alone', () => {
    expect(repairWord('kil')).to.equal('kil');
    expect(repairWord('overdoses')).to.equal('overdoses');
    expect(repairWord('alike')).to.equal('alike');
    expect(repairWord('breath')).to.equal('breath');
    expect(repairWord('insurance')).to.equal('insurance');
  });

  it('only keeps key words of five letters or more', () => {
    for (const word of KEY_WORDS) expect(word.length, word).to.be.at.least(5);
  });
});

describe('repairText', () => {
  it('repairs every token and keeps the rest', () => {
    expect(repairText('i am so suicdal rn')).to.equal('i am so suicidal rn');
    expect(repairText('')).to.equal('');
  });

  it('reads "overdoes it" as the verb, not a misspelt overdose', () => {
    expect(repairText('he overdoes it at the gym')).to.equal('he overdoes it at the gym');
    expect(repairText('i think i overdoes')).to.equal('i think i overdose');
  });
});
