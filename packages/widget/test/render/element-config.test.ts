import { expect, fixture, html } from '@open-wc/testing';
import { knowledge } from '@iop-chat/knowledge';
import { conversationSetup } from '../../src/chat/conversation-setup.js';
import { elementConfig, mergeConfig } from '../../src/chat/element-config.js';
import { luminance, onColorFor } from '../../src/chat/theme.js';
import { renderLauncher } from '../../src/parts/launcher.js';
import { splitStringOverrides } from '../../src/strings/widget-strings.js';

describe('element configuration', () => {
  it('reads the data-attribute names from the element, and the config property wins field by field', async () => {
    const el = await fixture<HTMLElement>(html`<div phone="(512) 555-0100" center-name="Attr Name" quick-exit="off" insurance="Aetna, Cigna"></div>`);
    const { input, fromAttributes } = elementConfig(el, { center: { name: 'Code Name' }, quickExit: { url: 'https://example.org/' } });
    expect(input.center).to.deep.equal({ phone: '(512) 555-0100', name: 'Code Name', insurance: ['Aetna', 'Cigna'] });
    expect(input.quickExit).to.deep.equal({ enabled: false, url: 'https://example.org/' });
    expect(fromAttributes.has('center.phone')).to.equal(true);
  });

  it('lets a boolean quickExit in code replace the attribute', () => {
    expect(mergeConfig({ quickExit: { enabled: false } }, { quickExit: true }).quickExit).to.equal(true);
  });

  it('names the attribute (not data-...) in attribute problems', async () => {
    const el = await fixture<HTMLElement>(html`<div z-index="high"></div>`);
    const { issues } = elementConfig(el, undefined);
    expect(issues[0]?.message).to.match(/^z-index:/);
  });

  it('says once that <iop-chat> fetches no knowledge file (the script tag does), and gives core no knowledgeUrl', async () => {
    for (const [el, config, where] of [
      [await fixture<HTMLElement>(html`<div knowledge="/center.json"></div>`), undefined, 'the "knowledge" attribute'],
      [await fixture<HTMLElement>(html`<div></div>`), { knowledgeUrl: '/center.json' }, 'config.knowledgeUrl'],
    ] as const) {
      const warnings: string[] = [];
      const storageKey = `knowledge-url-${config ? 'config' : 'attribute'}`;
      const { options } = conversationSetup(el, { config, knowledge, storageKey, now: () => new Date(), warn: (m) => warnings.push(m) });
      expect(warnings).to.deep.equal([
        `iop-chat: ${where} is read by the script tag only (data-knowledge): <iop-chat> fetches no knowledge file. Give the file's entries as config.extraKnowledge.`,
      ]);
      expect(Object.keys(options.config ?? {})).not.to.include('knowledgeUrl');
    }
  });

  it("keeps the widget's own string overrides and passes the rest to core", () => {
    const split = splitStringOverrides({ 'screening.back': ' Go back ', 'launcher.label': 'Talk', 'lead.tryAgain': 42 });
    expect(split.widget['screening.back']).to.equal('Go back');
    expect(split.core).to.deep.equal({ 'launcher.label': 'Talk' });
    expect(split.issues[0]).to.contain('strings.lead.tryAgain');
  });

  it('picks readable text for the brand colour', () => {
    expect(onColorFor(luminance('rgb(29, 92, 122)') ?? 0)).to.equal('#ffffff');
    expect(onColorFor(luminance('rgb(255, 221, 0)') ?? 0)).to.equal('#1a1a1a');
    expect(luminance('color(display-p3 1 0 0)')).to.equal(undefined);
  });

  it("names the launcher with 'launcher.ariaLabel' when it contains the visible label", async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div>${renderLauncher({ label: 'Chat with us', ariaLabel: 'Chat with us about our program', expanded: false, onToggle: () => undefined })}</div>`,
    );
    await expect(el).to.be.accessible();
    expect(el.querySelector('button')?.getAttribute('aria-label')).to.equal('Chat with us about our program');
    expect(el.querySelector('button')?.hasAttribute('aria-describedby')).to.equal(false);
  });
});
