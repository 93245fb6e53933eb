import { expect } from '@open-wc/testing';
import { normalize, tokenize } from '../../src/text/normalize.js';

describe('normalize', () => {
  it('lower-cases, strips punctuation and expands contractions', () => {
    expect(normalize("I DON'T want to be here anymore!!!")).to.equal('i do not want to be here anymore');
    expect(normalize('im scared, cant sleep')).to.equal('i am scared can not sleep');
  });
  it('folds curly apostrophes, accents and repeated letters', () => {
    expect(normalize('I’m sooooo tired')).to.equal('i am soo tired');
    expect(normalize('café résumé')).to.equal('cafe resume');
  });
  it('removes markup and emoji without throwing', () => {
    expect(normalize('<b>hello</b> 😀 <script>x</script>')).to.equal('hello x');
    expect(normalize('')).to.equal('');
    expect(normalize(undefined)).to.equal('');
    expect(normalize(42)).to.equal('');
  });
  it('caps very long input', () => {
    expect(normalize('a '.repeat(100000)).length).to.be.at.most(2000);
  });
  it('tokenizes', () => {
    expect(tokenize('how long is it')).to.deep.equal(['how', 'long', 'is', 'it']);
    expect(tokenize('')).to.deep.equal([]);
  });
});
