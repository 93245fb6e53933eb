import { expect } from '@open-wc/testing';
import { KEY_WORDS, expandShorthand, repairText, repairWord } from '../../src/safety/fuzzy-words.js';
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

describe('expandShorthand', () => {
  it('expands chat shorthand and dropped letters', () => {
    expect(expandShorthand('tmrw', '', '')).to.deep.equal(['tomorrow']);
    expect(expandShorthand('bout', 'thinking', '')).to.deep.equal(['about']);
    expect(expandShorthand('thinkin', 'i', 'about')).to.deep.equal(['thinking']);
    expect(expandShorthand('imma', '', 'kill')).to.deep.equal(['i', 'am', 'going', 'to']);
    expect(expandShorthand('sucide', '', '')).to.deep.equal(['suicide']);
    expect(expandShorthand('suicidle', 'feeling', '')).to.deep.equal(['suicidal']);
    expect(expandShorthand('sewerslide', 'been', '')).to.deep.equal(['suicidal']);
    expect(expandShorthand('sewerslide', 'about', '')).to.deep.equal(['suicide']);
  });

  it('reads "ill", "2" and "b" by their neighbours', () => {
    expect(expandShorthand('ill', '', 'be')).to.deep.equal(['i', 'will']);
    expect(expandShorthand('ill', 'been', 'lately')).to.equal(undefined);
    expect(expandShorthand('2', 'want', 'die')).to.deep.equal(['to']);
    expect(expandShorthand('2', 'took', 'pills')).to.equal(undefined);
  });

  it('leaves ordinary words alone', () => {
    for (const word of ['cabin', 'begin', 'sussed', 'suede', 'success', 'within']) {
      expect(expandShorthand(word, '', ''), word).to.equal(undefined);
    }
  });
});

describe('repairWord: real words near key words', () => {
  it('does not turn "homeless" into "hopeless" or "strangle" into "strangled"', () => {
    expect(repairWord('homeless')).to.equal('homeless');
    expect(repairWord('strangle')).to.equal('strangle');
  });
});
