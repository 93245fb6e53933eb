import { expect, fixture, html } from '@open-wc/testing';
import { resolveConfig, type Block } from '@iop-chat/core';
import { renderBlocks, type BlockContext } from '../../src/render/answer-blocks.js';
import { safeHref } from '../../src/render/safe-href.js';
import { translator, WIDGET_STRINGS } from '../../src/strings/widget-strings.js';

function context(center: Record<string, unknown>, topics: string[] = []): BlockContext {
  const { config } = resolveConfig({ center });
  return {
    center: config.center,
    t: translator(config.strings, WIDGET_STRINGS),
    locale: 'en',
    onTopic: (id) => topics.push(id),
  };
}

const BLOCKS: readonly Block[] = [
  { t: 'p', c: [{ t: 'text', v: 'Call us at ' }, { t: 'field', key: 'phone' }, { t: 'text', v: '.' }] },
  { t: 'p', when: { field: 'sms', present: true }, c: [{ t: 'text', v: 'Text ' }, { t: 'field', key: 'sms' }] },
  { t: 'p', when: { field: 'sms', present: false }, c: [{ t: 'text', v: 'No texting.' }] },
  {
    t: 'ul',
    items: [
      [{ t: 'strong', c: [{ t: 'text', v: 'Bold' }] }, { t: 'em', c: [{ t: 'text', v: ' and soft' }] }],
      [{ t: 'link', href: 'https://example.org/guide', c: [{ t: 'text', v: 'A guide' }] }],
      [{ t: 'link', href: 'javascript:alert(1)', c: [{ t: 'text', v: 'not a link' }] }],
      [{ t: 'topic', id: 'contact', c: [{ t: 'text', v: 'Talk to us' }] }],
    ],
  },
  { t: 'ol', items: [[{ t: 'field', key: 'insurance' }], [{ t: 'field', key: 'email' }]] },
];

describe('answer blocks', () => {
  it('renders a compiled answer with the center filled in, accessibly', async () => {
    const topics: string[] = [];
    const el = await fixture<HTMLDivElement>(
      html`<div>${renderBlocks(BLOCKS, context({ phone: '(512) 555-0100', insurance: ['Aetna', 'Cigna'], email: 'hi@example.org' }, topics))}</div>`,
    );
    await expect(el).to.be.accessible();
    const tel = el.querySelector('a[href^="tel:"]');
    expect(tel?.getAttribute('href')).to.equal('tel:5125550100');
    expect(tel?.textContent).to.equal('(512) 555-0100');
    expect(el.textContent).to.contain('No texting.');
    expect(el.textContent).not.to.contain('Text ');
    expect(el.querySelector('strong')?.textContent).to.equal('Bold');
    expect(el.querySelector('em')?.textContent).to.equal(' and soft');
    const web = el.querySelector<HTMLAnchorElement>('a[href="https://example.org/guide"]');
    expect(web?.target).to.equal('_blank');
    expect(web?.rel).to.equal('noopener noreferrer');
    expect(el.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(el.textContent).to.contain('not a link');
    expect(el.querySelector('ol li')?.textContent).to.equal('Aetna and Cigna');
    expect(el.querySelector('a[href="mailto:hi@example.org"]')).to.exist;
    el.querySelector<HTMLButtonElement>('button.inline-topic')?.click();
    expect(topics).to.deep.equal(['contact']);
  });

  it('uses the reviewed fallback wording for fields that are not configured', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>${renderBlocks(BLOCKS, context({}))}</div>`);
    expect(el.querySelector('a[href^="tel:"]')).to.equal(null);
    expect(el.textContent).to.contain('Call us at the phone number on this page.');
    expect(el.textContent).to.contain('many insurance plans (our team can check yours)');
  });

  it('only lets http(s), tel, sms and mailto links through', () => {
    expect(safeHref('https://example.org/a?b=c')).to.equal('https://example.org/a?b=c');
    expect(safeHref('tel:911')).to.equal('tel:911');
    expect(safeHref('sms:741741?body=HOME')).to.equal('sms:741741?body=HOME');
    expect(safeHref('mailto:a@b.org')).to.equal('mailto:a@b.org');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.org', 'https://exa mple.org', 'tel:911"><img', ' https://x.org']) {
      expect(safeHref(bad), bad).to.equal(undefined);
    }
  });
});
