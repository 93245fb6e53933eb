import { expect } from '@open-wc/testing';
import { cleanText } from '../../src/config/clean-text.js';
import { CSS_NAMED_COLORS, isCssColor } from '../../src/config/css-color.js';
import { parsePhone, smsHref, telHref } from '../../src/config/phone.js';
import { checkUrl } from '../../src/config/safe-url.js';
import { editDistance, suggest } from '../../src/config/suggest.js';

describe('isCssColor', () => {
  it('accepts hex, colour functions and named colours', () => {
    for (const ok of ['#fff', '#FFFA', '#1a5f7a', '#1a5f7a80', 'rgb(0, 0, 0)', 'rgba(0,0,0,.5)', 'rgb(10 20 30 / 50%)', 'hsl(200deg 50% 40%)', 'oklch(70% 0.1 200)', 'RebeccaPurple', 'transparent']) {
      expect(isCssColor(ok), ok).to.equal(true);
    }
  });

  it('only lists names the browser really knows', () => {
    expect(CSS_NAMED_COLORS.length).to.equal(150);
    for (const name of CSS_NAMED_COLORS) expect(CSS.supports('color', name), name).to.equal(true);
  });

  it('refuses anything that could escape a custom property', () => {
    for (const bad of ['', 'red;', 'red; color: blue', '}', '{', 'red<', '>', 'url(x)', 'var(--a)', 'calc(1px)', 'rgb(var(--x))', 'rgb((1),2,3)', 'expression(x)', 'attr(x)', "'red'", 'red\\;', '#12', '#1234567', 'bleu', 'x'.repeat(100)]) {
      expect(isCssColor(bad), bad).to.equal(false);
    }
  });
});

describe('checkUrl', () => {
  it('accepts https, same-origin paths and plain http on localhost by default', () => {
    for (const ok of ['https://example.org', 'https://example.org/a?b=c#d', 'http://localhost:8080/x', 'https://[::1]/x', 'https://bücher.example/', '/api/leads', '/']) {
      expect(checkUrl(ok), ok).to.deep.equal({ ok: true, url: ok });
    }
  });

  it('refuses other schemes, protocol-relative URLs, spaces and backslashes', () => {
    expect(checkUrl('javascript:alert(1)')).to.deep.equal({ ok: false, reason: 'unsafe-scheme' });
    expect(checkUrl('data:text/html,x')).to.deep.equal({ ok: false, reason: 'unsafe-scheme' });
    expect(checkUrl('mailto:a@b.c')).to.deep.equal({ ok: false, reason: 'unsafe-scheme' });
    for (const bad of ['//evil.example', '/\\evil.example', 'https://a b.example', 'https://ex ample.org/', 'https://user@evil.example', 'example.org', 'https://', '']) {
      expect(checkUrl(bad).ok, bad).to.equal(false);
    }
  });

  it('applies the path and http rules', () => {
    expect(checkUrl('/home', { allowPath: false })).to.deep.equal({ ok: false, reason: 'path-not-allowed' });
    expect(checkUrl('http://crm.example', { allowHttp: 'localhost' })).to.deep.equal({ ok: false, reason: 'insecure' });
    expect(checkUrl('http://localhost:3000/leads', { allowHttp: 'localhost' }).ok).to.equal(true);
    expect(checkUrl('http://example.org', { allowHttp: false })).to.deep.equal({ ok: false, reason: 'insecure' });
    // Plain http is refused by default (the website link, quick exit), except for local development.
    expect(checkUrl('http://example.org')).to.deep.equal({ ok: false, reason: 'insecure' });
    expect(checkUrl('http://example.org:8080/x', { allowHttp: true }).ok).to.equal(true);
  });
});

describe('parsePhone', () => {
  it('keeps a display form and a dial form', () => {
    expect(parsePhone('(512) 555-0100')).to.deep.equal({ display: '(512) 555-0100', dial: '5125550100' });
    expect(parsePhone('+44  20 7946 0958')).to.deep.equal({ display: '+44 20 7946 0958', dial: '+442079460958' });
    expect(parsePhone('512.555.0100')?.dial).to.equal('5125550100');
    expect(telHref(parsePhone('+1 512 555 0100')!)).to.equal('tel:+15125550100');
    expect(smsHref(parsePhone('512-555-0100')!)).to.equal('sms:5125550100');
  });

  it('refuses too few or too many digits, letters and injection', () => {
    for (const bad of ['988', '555-010', '1234567890123456', '1-800-GET-HELP', '555-0100;ext=2', 'tel:5125550100', '5125550100<script>', '+', '']) {
      expect(parsePhone(bad), bad).to.equal(null);
    }
  });
});

describe('cleanText', () => {
  it('removes controls and invisible formatting, folds whitespace and trims', () => {
    expect(cleanText('  a\u0000b\u0007 \t c\u200b\u202e\u2066 ', 100)).to.deep.equal({ text: 'ab c', truncated: false });
    expect(cleanText('a\r\n\n\n\nb', 100, true).text).to.equal('a\n\nb');
    expect(cleanText('a\nb', 100).text).to.equal('a b');
  });

  it('caps length without splitting an emoji', () => {
    expect(cleanText('abcdef', 3)).to.deep.equal({ text: 'abc', truncated: true });
    expect(cleanText('ab😀', 3)).to.deep.equal({ text: 'ab', truncated: true });
  });
});

describe('suggest', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('phnoe', 'phone')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
  });

  it('suggests close names only', () => {
    expect(suggest('phnoe', ['phone', 'sms'])).to.equal('phone');
    expect(suggest('zindex', ['z-index', 'mode'])).to.equal('z-index');
    expect(suggest('banana', ['phone', 'sms'])).to.equal(undefined);
  });
});
