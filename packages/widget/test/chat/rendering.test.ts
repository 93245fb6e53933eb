import { expect, html } from '@open-wc/testing';
import { $, $$, chatFixture, failOnLitWarnings, has, lastMessage, messages, reduceMotion, say } from '../helpers.js';

describe('iop-chat rendering', () => {
  failOnLitWarnings();
  before(async () => {
    await reduceMotion();
  });
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('is accessible, inline, with the greeting disclosure and starter chips', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" center-name="Riverside Recovery" persistence="none"></iop-chat>`);
    await expect(el).to.be.accessible();
    const greeting = messages(el)[0] ?? '';
    expect(greeting).to.contain('automated assistant');
    expect(greeting).to.contain('Riverside Recovery');
    expect(greeting).to.contain('not a clinician');
    expect(greeting).to.match(/not for emergencies/i);
    expect($(el, '.emergency-line a').getAttribute('href')).to.match(/^tel:/);
    expect($(el, '#panel-title').textContent).to.equal('Riverside Recovery');
    expect($(el, '.subtitle').textContent).to.equal('Automated assistant');
    expect($$(el, '.chip').map((c) => c.textContent.trim())).to.deep.equal([
      'What is IOP?',
      'Is it right for me?',
      'Take a 2-minute self-check',
      'Talk to someone',
    ]);
  });

  it('fills center fields in answers from the configuration', async () => {
    const el = await chatFixture(
      html`<iop-chat mode="inline" persistence="none" center-name="Riverside" insurance="Aetna, Cigna, Medicaid"></iop-chat>`,
    );
    await say(el, 'Do you accept my insurance?');
    expect(lastMessage(el)).to.contain('Riverside works with: Aetna, Cigna, and Medicaid');
    expect(lastMessage(el)).not.to.contain('quickest way to know');
    await expect(el).to.be.accessible();
  });

  it('uses the reviewed fallback wording when a field is not configured', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await say(el, 'Do you accept my insurance?');
    expect(lastMessage(el)).to.contain('quickest way to know');
    expect(lastMessage(el)).not.to.contain('works with');
  });

  it('fills address and formatted opening hours, and hides blocks for fields that are not set', async () => {
    const el = await chatFixture(
      html`<iop-chat mode="inline" persistence="none" center-name="Riverside" address="100 Main St, Austin" hours="Mon-Fri 8am-8pm"></iop-chat>`,
    );
    await say(el, 'What is your street address?');
    const text = lastMessage(el);
    expect(text).to.contain('Riverside is at 100 Main St, Austin.');
    expect(text).to.match(/Our office hours: Mon–Fri 8:00\sAM–8:00\sPM/);
    expect(text).not.to.contain('Parking:');
    expect(text).not.to.contain('can give you the address');
  });

  it('asks "did you mean" with topic chips when torn between topics', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    // One vague word that several entries answer (the classifier's own tests say which words are).
    await say(el, 'support');
    expect(lastMessage(el)).to.contain('Did you mean');
    const chips = $$(el, '.chip').map((c) => c.dataset['choice']);
    expect(chips).to.include('topic:aftercare');
    expect(chips).to.include('action:contact');
    await expect(el).to.be.accessible();
  });

  it('falls back honestly, then offers a person', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await say(el, 'what is the weather in paris');
    expect(lastMessage(el)).to.contain("I'm not sure I understood");
    await say(el, 'what is the weather in rome');
    expect(lastMessage(el)).to.contain('A person on our team can help');
    expect($$(el, '.chip')[0]?.dataset['choice']).to.equal('action:contact');
  });

  it('renders what the visitor typed as text, never as HTML', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await say(el, 'hi <img src=x onerror=alert(1)> there');
    const mine = $$(el, '.from-visitor');
    expect(mine).to.have.length(1);
    expect(mine[0]?.querySelector('img')).to.equal(null);
    expect(mine[0]?.textContent).to.contain('hi <img src=x onerror=alert(1)> there');
    expect(has(el, 'img')).to.equal(false);
  });

  it('sends nothing for an empty message and refuses one over 2000 characters with a clear message', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    await say(el, '   ');
    expect(messages(el)).to.have.length(1);
    await say(el, 'a'.repeat(2001));
    expect(messages(el)).to.have.length(1);
    const input = $(el, '#composer-input');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#composer-error').textContent).to.contain('2000 characters');
    expect(input.getAttribute('aria-describedby')).to.contain('composer-error');
  });

  it('is not affected by hostile page CSS', async () => {
    // Everything in the body is hidden and restyled; only an ancestor hidden by the page (which
    // no element can undo) is out of scope, so the chat sits directly in <body> like the loader puts it.
    const style = document.createElement('style');
    style.textContent = `* { color: red !important; font-size: 2px !important; line-height: 0 !important; letter-spacing: 1em !important; }
      body * { display: none !important; visibility: hidden !important; }
      iop-chat { transform: scale(0.1) !important; opacity: 0 !important; position: absolute !important; }
      button, div, section, p { background: lime !important; border: 9px solid lime !important; }`;
    document.head.append(style);
    const el = document.createElement('iop-chat');
    el.setAttribute('center-name', 'Riverside');
    el.setAttribute('persistence', 'none');
    el.setAttribute('open', '');
    document.body.append(el);
    try {
      await el.updateComplete;
      const launcher = $(el, '.launcher');
      const panel = $(el, '#panel');
      expect(getComputedStyle(el).display).to.equal('block');
      expect(getComputedStyle(el).opacity).to.equal('1');
      expect(getComputedStyle(launcher).display).not.to.equal('none');
      expect(getComputedStyle(panel).display).to.equal('flex');
      expect(getComputedStyle(panel).visibility).to.equal('visible');
      expect(parseFloat(getComputedStyle($(el, '.message p')).fontSize)).to.be.greaterThan(12);
      expect(getComputedStyle($(el, '.message p')).color).not.to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(launcher).backgroundColor).not.to.equal('rgb(0, 255, 0)');
      expect(panel.getBoundingClientRect().width).to.be.greaterThan(200);
      expect(getComputedStyle(panel).borderTopColor).not.to.equal('rgb(0, 255, 0)');
    } finally {
      style.remove();
      el.remove();
    }
  });

  it('applies configured colours through the public custom properties', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none" primary-color="#ffdd00" z-index="5000" open></iop-chat>`);
    expect(el.style.getPropertyValue('--iop-chat-primary')).to.equal('#ffdd00');
    expect(getComputedStyle($(el, '.header')).backgroundColor).to.equal('rgb(255, 221, 0)');
    // A light brand colour gets dark text.
    expect(getComputedStyle($(el, '.title')).color).to.equal('rgb(26, 26, 26)');
    expect(getComputedStyle($(el, '.launcher')).zIndex).to.equal('5000');
    expect(el.getAttribute('style') ?? '').not.to.contain('expression');
  });

  it('warns about configuration problems naming the attribute, and never throws', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    try {
      const el = await chatFixture(html`<iop-chat mode="inline" persistence="none" phone="call me maybe" lead-timeout="soon"></iop-chat>`);
      expect(el.shadowRoot?.querySelector('.transcript')).to.exist;
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('iop-chat') && w.includes('"phone" attribute'))).to.equal(true, warnings.join('\n'));
    expect(warnings.some((w) => w.includes('lead-timeout'))).to.equal(true, warnings.join('\n'));
  });
});
