/**
 * Injection, from every direction the chat takes text: what visitors type, knowledge given in
 * code (as text and as hand-made block trees), center configuration and script-tag attributes,
 * and what a hostile lead endpoint answers. Each payload sets `window.__pwned` if it ever runs;
 * after each step the chat's shadow root is scanned for anything that became markup.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { IopChatConfig } from '@iop-chat/core';
import { mountFromLoader } from '../../src/app.js';
import {
  $,
  $$,
  chatFixture,
  clickChip,
  failOnLitWarnings,
  fill,
  has,
  lastMessage,
  messages,
  reduceMotion,
  say,
  settle,
  type FastRetryChat,
  type IopChat,
  type RecordingChat,
} from '../helpers.js';
import { cleanUp, fakeChunk, launcher, panel, scriptTag, start } from '../loader/loader-test-kit.js';
import { deepElements, findDangerous, PAYLOADS, RequestLog, sleep } from './hostile-kit.js';

/**
 * Controls, bidi embeddings/overrides/isolates, zero-width space and BOM: none may survive into
 * configured text (joiners and direction marks may, since real names and emoji use them).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
/** What a lead endpoint says is stricter still: no zero-width or direction marks at all. */
// eslint-disable-next-line no-control-regex
const SERVER_INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/;

const scan = (el: Element): string[] => findDangerous(el.shadowRoot!);

/** Lets image errors, frame loads and timers a rendered payload would trigger happen. */
async function letPayloadsFire(): Promise<void> {
  await sleep(150);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** What the test runner put in the page (its own scripts): not ours to judge. */
const runnerElements = new Set(deepElements(document.body));

function expectNotPwned(): void {
  expect(window.__pwned, 'a payload ran').to.equal(undefined);
  expect(findDangerous(document.body, runnerElements), 'markup in the page').to.deep.equal([]);
}

describe('hostile input: injection', () => {
  failOnLitWarnings();
  let requests: RequestLog;
  before(async () => {
    await reduceMotion();
    requests = new RequestLog();
  });
  after(() => {
    requests.stop();
  });
  beforeEach(() => {
    sessionStorage.clear();
    delete window.__pwned;
  });
  afterEach(async () => {
    await letPayloadsFire();
    expectNotPwned();
    expect(requests.foreign(), 'requests to other origins').to.deep.equal([]);
  });

  it('uses a corpus of at least 30 payloads, most of which are live markup when parsed as HTML', () => {
    expect(PAYLOADS.length).to.be.at.least(30);
    // DOMParser builds an inert document: nothing runs or loads, but the markup is there.
    const live = PAYLOADS.filter((p) => findDangerous(new DOMParser().parseFromString(`<div>${p.text}</div>`, 'text/html').body).length > 0);
    expect(live.length, 'payloads that are markup').to.be.at.least(30);
    // The scanner itself finds what it must (the chat's own icons and links pass).
    const probe = document.createElement('div');
    probe.innerHTML = '<a href="tel:911">ok</a><svg aria-hidden="true"><path d="M0 0"/></svg><p data-x="1">ok</p>';
    expect(findDangerous(probe)).to.deep.equal([]);
    probe.innerHTML = '<a href="javascript:void 0">x</a><svg><circle/></svg><b onclick="x">x</b>';
    expect(findDangerous(probe)).to.have.length(3);
  });

  describe('(a) typed by visitors', () => {
    it('shows every payload as the exact text typed (or keeps a message of only markup to edit), and nothing becomes markup', async () => {
      const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
      const input = (): HTMLTextAreaElement => $<HTMLTextAreaElement>(el, '#composer-input');
      let shown = 0;
      let kept = 0;
      for (const payload of PAYLOADS) {
        // As typed: a message with no words outside its markup is not sent, but kept in the box.
        const before = $$(el, '.from-visitor').length;
        await say(el, payload.text);
        if ($$(el, '.from-visitor').length === before) {
          expect(input().value, payload.name).to.equal(payload.text);
          // ...and the visitor is told why nothing happened, next to the box.
          expect($(el, '#composer-hint').textContent, payload.name).to.contain('words');
          expect(input().getAttribute('aria-describedby'), payload.name).to.contain('composer-hint');
          kept++;
        } else {
          expect($$(el, '.from-visitor .visitor-text').at(-1)?.textContent, payload.name).to.equal(payload.text);
          shown++;
        }
        expect(scan(el), payload.name).to.deep.equal([]);
        // With words around it, it is always sent and shown exactly.
        const worded = `can you help me with ${payload.text} thanks`;
        await say(el, worded);
        const mine = $$(el, '.from-visitor .visitor-text').at(-1);
        expect(mine?.textContent, payload.name).to.equal(worded);
        expect(mine?.children.length, payload.name).to.equal(0);
        expect(scan(el), payload.name).to.deep.equal([]);
      }
      expect(shown + kept).to.equal(PAYLOADS.length);
      expect(shown, 'payloads shown as typed (26 today; the rest are markup only)').to.be.at.least(20);
      expect($$(el, '.from-visitor')).to.have.length(PAYLOADS.length + shown);
      await letPayloadsFire();
      expect(window.__pwned).to.equal(undefined);
      expect(scan(el)).to.deep.equal([]);
    });

    it('keeps a 100 KB message sent through the API as capped text', async () => {
      const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
      const huge = `${PAYLOADS.map((p) => p.text).join(' ')} `.repeat(60).slice(0, 100_000);
      el.conversation!.actor.send({ type: 'visitor.message', text: huge });
      await settle(el);
      const mine = $$(el, '.from-visitor .visitor-text').at(-1);
      expect(mine?.textContent).to.equal(huge.slice(0, 2000));
      expect(scan(el)).to.deep.equal([]);
    });
  });

  describe('(b) knowledge given in code', () => {
    const textEntries = PAYLOADS.map((p, i) => ({
      id: `hostile-text-${i}`,
      title: p.text,
      questions: [`hostile question number ${i}`, p.text],
      keywords: [`hostile${i}`, p.text],
      related: [`hostile-text-${(i + 1) % PAYLOADS.length}`],
      answer: `${p.text}\n\nAgain: ${p.text}`,
    }));

    // eslint-disable-next-line no-control-regex -- the controls are what is removed
    const visible = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, '');

    it('renders text answers and titles (as follow-up chips) as text', async () => {
      const extraKnowledge = [
        ...textEntries,
        { id: 'spaceship-parking', title: 'Parking a spaceship', questions: ['where do I park my spaceship'], keywords: ['spaceship'], answer: PAYLOADS[1]!.text },
      ] as unknown as IopChatConfig['extraKnowledge'];
      const el = await chatFixture(html`<iop-chat mode="inline" .config=${{ persistence: 'none', extraKnowledge }}></iop-chat>`);
      expect(el.conversation!.issues.filter((i) => i.field.startsWith('extraKnowledge'))).to.deep.equal([]);
      for (const [i, payload] of PAYLOADS.entries()) {
        el.conversation!.actor.send({ type: 'visitor.choose', choice: { kind: 'topic', id: `hostile-text-${i}` } });
        await settle(el);
        // Answers and titles are shown without bidi overrides and invisible characters (removed when knowledge loads).
        const shown = visible(payload.text).replace(/\s+/g, ' ').trim().slice(0, 1000);
        expect(lastMessage(el), payload.name).to.contain(shown.replace(/\s+/g, ' ').trim().slice(0, 200));
        const chips = $$(el, '.chip').map((c) => c.textContent.trim());
        const next = visible(PAYLOADS[(i + 1) % PAYLOADS.length]!.text).trim().slice(0, 80).trim();
        expect(chips.some((c) => next.startsWith(c.slice(0, 20))), `${payload.name}: follow-up chip`).to.equal(true);
        expect(scan(el), payload.name).to.deep.equal([]);
      }
      // Reachable by asking, too.
      await say(el, 'where can I park my spaceship?');
      expect(lastMessage(el)).to.contain(PAYLOADS[1]!.text);
      expect(scan(el)).to.deep.equal([]);
    });

    it('skips hand-made block trees with unknown nodes or unsafe links, and renders the rest safely', async () => {
      const text = (v: string): unknown => ({ t: 'text', v });
      const link = (href: string): unknown => ({ t: 'p', c: [{ t: 'link', href, c: [text(`link to ${href.slice(0, 30)}`)] }] });
      let deep: unknown = text('deep');
      for (let i = 0; i < 100_000; i++) deep = { t: 'strong', c: [deep] };
      const polluting = JSON.parse('{"t":"text","v":"proto text","__proto__":{"polluted":true}}') as unknown;
      const huge = `${'<b onclick="window.__pwned=50">x</b> '.repeat(30_000)}end`;
      const skipped: Record<string, unknown[]> = {
        'unknown-inline': [{ t: 'p', c: [{ t: 'script', v: 'window.__pwned=51' }] }],
        'unknown-block': [{ t: 'iframe', srcdoc: '<script>parent.__pwned=52</script>' }],
        'raw-html-node': [{ t: 'p', c: [{ t: 'html', v: '<img src=x onerror="window.__pwned=53">' }] }],
        'javascript-link': [link('javascript:window.__pwned=54')],
        'javascript-link-mixed-case': [link('JaVaScRiPt:window.__pwned=55')],
        'javascript-link-leading-space': [link(' javascript:window.__pwned=56')],
        'data-link': [link('data:text/html,<script>window.__pwned=57</script>')],
        'vbscript-link': [link('vbscript:msgbox(58)')],
        'link-in-emphasis': [{ t: 'p', c: [{ t: 'em', c: [{ t: 'link', href: 'javascript:window.__pwned=59', c: [text('x')] }] }] }],
        'unknown-field': [{ t: 'p', c: [{ t: 'field', key: '__proto__' }] }],
        'items-not-lists': [{ t: 'ul', items: ['<li onclick="window.__pwned=60">x</li>'] }],
        'text-not-string': [{ t: 'p', c: [{ t: 'text', v: { toString: () => '<img src=x onerror="window.__pwned=61">' } }] }],
        'deeply-nested': [{ t: 'p', c: [deep] }],
      };
      const kept: Record<string, unknown[]> = {
        'https-with-markup': [link('https://example.org/"><img src=x onerror="window.__pwned=62">')],
        'tel-with-quote': [link('tel:911" onclick="window.__pwned=63')],
        'mailto-with-script': [link('mailto:a@example.org?body=<script>window.__pwned=64</script>')],
        'https-bidi': [link('https://\u202eelpmaxe.org/')],
        'good-links': [link('https://example.org/guide'), link('tel:988'), link('sms:988'), link('mailto:intake@example.org')],
        'huge-text': [{ t: 'p', c: [text(huge)] }],
        'proto-key': [{ t: 'p', c: [polluting] }],
        'hostile-topic-id': [{ t: 'p', c: [{ t: 'topic', id: '"><img src=x onerror="window.__pwned=65">', c: [text('a topic')] }] }],
        'nested-a-little': [{ t: 'p', c: [{ t: 'strong', c: [{ t: 'em', c: [{ t: 'link', href: 'https://example.org/nested', c: [{ t: 'em', c: [text('nested')] }] }] }] }] }],
      };
      const entry = (id: string, answer: unknown[]): unknown => ({ id, title: `Tree ${id}`, questions: [`tree ${id}`], answer });
      // An entry that cannot even be read: its answer getter throws.
      const throwing = { id: 'throwing-getter', title: 'Throws', questions: ['throws'] };
      Object.defineProperty(throwing, 'answer', { enumerable: true, get: () => { throw new Error('hostile getter'); } });
      skipped['throwing-getter'] = [];
      const extraKnowledge = [
        ...Object.entries(skipped).map(([id, answer]) => (id === 'throwing-getter' ? throwing : entry(id, answer))),
        ...Object.entries(kept).map(([id, answer]) => entry(id, answer)),
      ] as unknown as IopChatConfig['extraKnowledge'];

      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      let el: IopChat;
      try {
        el = await chatFixture(html`<iop-chat mode="inline" .config=${{ persistence: 'none', extraKnowledge }}></iop-chat>`);
      } finally {
        console.warn = original;
      }
      const entries = el.conversation!.knowledge.entries;
      for (const id of Object.keys(skipped)) {
        expect(entries.has(id), `${id} should be skipped`).to.equal(false);
        const index = Object.keys(skipped).indexOf(id);
        expect(warnings.some((w) => w.includes(`extraKnowledge[${index}]`)), `${id} is reported`).to.equal(true);
      }
      for (const id of Object.keys(kept)) expect(entries.has(id), `${id} should be kept`).to.equal(true);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);

      for (const id of [...Object.keys(skipped), ...Object.keys(kept)]) {
        const started = performance.now();
        el.conversation!.actor.send({ type: 'visitor.choose', choice: { kind: 'topic', id } });
        await settle(el);
        expect(performance.now() - started, `${id} render time`).to.be.below(2000);
        expect(scan(el), id).to.deep.equal([]);
      }
      const hrefs = $$(el, '.message a').map((a) => a.getAttribute('href'));
      for (const href of ['https://example.org/guide', 'tel:988', 'sms:988', 'mailto:intake@example.org']) expect(hrefs).to.include(href);
      const web = $<HTMLAnchorElement>(el, '.message a[href="https://example.org/guide"]');
      expect(web.target).to.equal('_blank');
      expect(web.rel).to.equal('noopener noreferrer');
      // Rejected links keep their words, without a link.
      expect(messages(el).join(' ')).to.contain('link to https://example.org/"><img');
      expect(messages(el).join(' ')).to.contain('link to tel:911" onclick=');
      expect(messages(el).join(' ')).to.contain('proto text');
      // The huge text is there, as one text node.
      const hugeNode = $$(el, '.message p').find((p) => p.textContent.length > 1_000_000);
      expect(hugeNode?.children.length).to.equal(0);
      // A topic button with a hostile id does nothing harmful when pressed.
      $$(el, 'button.inline-topic').at(-1)?.click();
      await settle(el);
      expect(scan(el)).to.deep.equal([]);
    });
  });

  describe('(c) center configuration and attributes', () => {
    // Every refused value is named in a console warning: expected here, so kept off the test log.
    const warned: string[] = [];
    let forward: typeof console.warn;
    beforeEach(() => {
      forward = console.warn;
      console.warn = (...args: unknown[]) => {
        const text = args.map(String).join(' ');
        if (text.startsWith('iop-chat:')) warned.push(text);
        else forward.apply(console, args);
      };
    });
    afterEach(() => {
      console.warn = forward;
    });
    after(() => {
      // The refusals were reported, naming the attribute.
      for (const name of ['quick-exit-url', 'primary-color', 'accent-color', 'website', 'lead-endpoint']) {
        expect(warned.some((w) => w.includes(`"${name}" attribute`)), name).to.equal(true);
      }
    });

    it('shows hostile center name, title and launcher label as text', async () => {
      for (const payload of PAYLOADS) {
        const el = await chatFixture<RecordingChat>(
          html`<recording-iop-chat persistence="none" open center-name=${payload.text} title=${payload.text} launcher-label=${payload.text}></recording-iop-chat>`,
        );
        const title = $(el, '#panel-title');
        expect(title.children.length, payload.name).to.equal(0);
        expect(title.textContent.length, payload.name).to.be.within(1, 80);
        expect(title.textContent, payload.name).not.to.match(INVISIBLE);
        const visible = payload.text.replace(new RegExp(INVISIBLE.source, 'g'), '').replace(/\s+/g, ' ');
        expect(visible, payload.name).to.contain(title.textContent.slice(0, 12).trim());
        expect($(el, '.launcher').textContent.trim().length, payload.name).to.be.within(1, 60);
        expect(scan(el), payload.name).to.deep.equal([]);
        expect(messages(el)[0], payload.name).to.contain('automated assistant');
        el.remove();
      }
    });

    it('shows hostile wording overrides (strings) as text', async () => {
      for (const [i, payload] of PAYLOADS.entries()) {
        const strings = {
          disclosure: `{centerName}: {emergencyAdvice}. ${payload.text}`,
          'chip.whatIsIop': payload.text,
          'launcher.label': payload.text,
          'fallback.notSure': payload.text,
        };
        const el = await chatFixture(html`<iop-chat mode="inline" .config=${{ persistence: 'none', strings }}></iop-chat>`);
        const shown = payload.text.replace(new RegExp(INVISIBLE.source, 'g'), '').replace(/\s+/g, ' ').trim();
        expect(messages(el)[0], payload.name).to.contain(shown.slice(0, 40));
        expect(messages(el)[0], payload.name).to.contain('call 911 or call or text 988');
        const chip = $$(el, '.chip')[0]!;
        expect(chip.children.length, payload.name).to.equal(0);
        expect(shown, payload.name).to.contain(chip.textContent.trim().slice(0, 40));
        if (i % 8 === 0) await say(el, 'zxqv blorp');
        expect(scan(el), payload.name).to.deep.equal([]);
        el.remove();
      }
    });

    it('answers with hostile insurance, medication, cost and address as text, and refuses hostile URLs and colours', async () => {
      const evil = PAYLOADS.map((p) => p.text);
      const colors = [
        'red;background:url(https://evil.example/x.png)',
        'expression(window.__pwned=70)',
        '#fff}</style><script>window.__pwned=71</script>',
        'var(--x)',
        'rgb(0 0 0) url(https://evil.example/y.png)',
        'red !important',
        'url(javascript:window.__pwned=72)',
      ];
      for (const [i, color] of colors.entries()) {
        const text = evil[i % evil.length]!;
        const el = await chatFixture<RecordingChat>(html`<recording-iop-chat
          mode="inline"
          persistence="none"
          center-name="Riverside"
          insurance=${`Aetna, ${text}, Cigna`}
          medication=${text}
          cost=${text}
          address=${text}
          website=${'javascript:window.__pwned=73'}
          phone=${text}
          email=${`a@example.org${text}`}
          hours=${text}
          quick-exit-url=${'javascript:window.__pwned=74'}
          lead-endpoint=${'javascript:window.__pwned=75'}
          primary-color=${color}
          accent-color=${color}
          z-index=${'1;background:url(https://evil.example/z.png)'}
          crisis-country=${text}
          locale=${text}
        ></recording-iop-chat>`);
        expect(el.style.getPropertyValue('--iop-chat-primary'), color).to.equal('');
        expect(el.style.getPropertyValue('--iop-chat-accent'), color).to.equal('');
        expect(el.getAttribute('style') ?? '', color).not.to.match(/url\(|expression|script|;\s*background/i);
        await say(el, 'Do you accept my insurance?');
        await say(el, 'Do you offer medication?');
        await say(el, 'What is your street address?');
        expect(scan(el), color).to.deep.equal([]);
        expect(lastMessage(el)).not.to.match(INVISIBLE);
        // Quick exit never goes to a javascript: URL.
        $(el, '.quick-exit').click();
        await el.updateComplete;
        expect(el.visited).to.deep.equal(['https://www.google.com/search?q=weather']);
        el.remove();
      }
    });

    it('draws hostile script-tag attributes as text in the loader and in the chat it mounts', async () => {
      try {
        for (const payload of PAYLOADS) {
          const handle = start(
            scriptTag({ 'center-name': payload.text, title: payload.text, 'launcher-label': payload.text, phone: '(555) 010-0199', 'primary-color': 'red;background:url(https://evil.example/x)' }),
            { importChunk: fakeChunk(1).importChunk },
          );
          expect(launcher(handle).textContent, payload.name).to.equal(payload.text.trim().slice(0, 60) || 'Chat with us');
          await handle.load(true);
          expect(panel(handle).textContent, payload.name).to.contain(`You can still reach ${payload.text.trim().slice(0, 120)} by phone`);
          expect(findDangerous(handle.host.shadowRoot!), payload.name).to.deep.equal([]);
          expect(handle.host.getAttribute('style') ?? '', payload.name).not.to.contain('url(');
          cleanUp();
        }
        // The real chunk's mount: every attribute reaches <iop-chat> as an attribute, never markup.
        const payload = PAYLOADS[1]!.text;
        const handle = start(
          scriptTag({ 'center-name': payload, title: payload, 'launcher-label': payload, insurance: payload, 'quick-exit-url': 'javascript:window.__pwned=80', 'primary-color': 'red;x:url(https://evil.example/)' }),
          { importChunk: () => Promise.resolve({ mountFromLoader }) },
        );
        const el = (await handle.load(true)) as IopChat;
        await settle(el);
        expect(el.opened).to.equal(true);
        expect($(el, '#panel-title').textContent).to.equal(payload);
        expect(el.style.getPropertyValue('--iop-chat-primary')).to.equal('');
        await say(el, 'do you take my insurance');
        expect(lastMessage(el)).to.contain(payload);
        expect(scan(el)).to.deep.equal([]);
        expect(el.conversation!.config.quickExit.url).to.equal('https://www.google.com/search?q=weather');
      } finally {
        cleanUp();
      }
    });
  });

  describe('(d) a hostile lead endpoint', () => {
    async function submitLead(el: IopChat): Promise<void> {
      await clickChip(el, 'Talk to someone');
      expect(has(el, 'form.contact-form')).to.equal(true);
      await fill(el, '#cf-name', 'J. D.');
      await fill(el, '#cf-phone', '512 555 0199');
      await fill(el, '#cf-consentContact', true);
      $(el, 'form.contact-form button[type="submit"]').click();
      await settle(el);
    }

    const serverMessage = (el: IopChat): HTMLElement => $(el, '.lead-status[data-status="rejected"] .server-message');

    function expectSafeMessage(el: IopChat, label: string): string {
      const message = serverMessage(el);
      expect(message.children.length, label).to.equal(0);
      expect(message.textContent.length, label).to.be.within(1, 200);
      expect(message.textContent, label).not.to.match(SERVER_INVISIBLE);
      expect(scan(el), label).to.deep.equal([]);
      // The phone number is offered with it.
      expect(el.shadowRoot!.querySelector('.lead-status[data-status="rejected"] a[href="tel:5125550100"]'), label).to.exist;
      return message.textContent;
    }

    it('shows a leadSender refusal message as capped text without markup or bidi tricks', async () => {
      const cases = [
        ...PAYLOADS.slice(0, 12).map((p) => p.text),
        `\u202e${PAYLOADS[1]!.text}\u202c\u200b\u2066`,
        `<b>${'A'.repeat(10_000)}</b>`,
      ];
      for (const message of cases) {
        const el = await chatFixture(html`<iop-chat
          mode="inline"
          .config=${{
            persistence: 'none',
            center: { name: 'Riverside', phone: '(512) 555-0100' },
            leadSender: () => Promise.resolve({ ok: false, retry: false, message }),
          }}
        ></iop-chat>`);
        await submitLead(el);
        await waitUntil(() => has(el, '.lead-status[data-status="rejected"]'), 'never rejected');
        const shown = expectSafeMessage(el, message.slice(0, 40));
        if (message.length <= 200 && !SERVER_INVISIBLE.test(message)) expect(shown).to.equal(message.replace(/\s+/g, ' ').trim());
        el.remove();
      }
    });

    describe('over HTTP (fetch answered by a stub)', () => {
      const realFetch = Reflect.get<typeof window, 'fetch'>(window, 'fetch');
      let inits: RequestInit[] = [];
      afterEach(() => {
        window.fetch = realFetch;
        inits = [];
      });

      /** Makes the lead endpoint answer with `respond()`; other requests go to the real fetch. */
      function answerLeads(respond: () => Response): void {
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
          const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
          if (!url.includes('/hostile-leads')) return realFetch(input, init);
          inits.push(init ?? {});
          return Promise.resolve(respond());
        };
      }

      async function chatWithEndpoint(): Promise<FastRetryChat> {
        return chatFixture<FastRetryChat>(html`<fast-retry-iop-chat
          mode="inline"
          persistence="none"
          center-name="Riverside"
          phone="(512) 555-0100"
          lead-endpoint="/hostile-leads"
        ></fast-retry-iop-chat>`);
      }

      const bytes = (n: number): string => {
        let out = '';
        for (let i = 0; i < n; i++) out += String.fromCharCode((i * 7919 + 13) % 0x2100);
        return out;
      };

      const REFUSALS: Array<[string, () => Response, (shown: string) => void]> = [
        [
          'JSON message with markup',
          () => Response.json({ message: '<img src=x onerror="window.__pwned=90"> That number is not in service' }, { status: 400 }),
          (shown) => expect(shown).to.equal('<img src=x onerror="window.__pwned=90"> That number is not in service'),
        ],
        [
          'JSON error with bidi override',
          () => Response.json({ error: '\u202eecivres ni ton\u202c <svg onload="window.__pwned=91">' }, { status: 422 }),
          (shown) => expect(shown).to.equal('ecivres ni ton <svg onload="window.__pwned=91">'),
        ],
        [
          'an HTML error page',
          () => new Response('<!doctype html><html><body><script>window.__pwned=92</script><img src=x onerror="window.__pwned=92"></body></html>', { status: 400, headers: { 'Content-Type': 'text/html' } }),
          (shown) => expect(shown).not.to.contain('<'),
        ],
        [
          'plain-text garbage with control characters',
          () => new Response(`\u0000\u0007garbage\u001b[31m ${bytes(300)}`, { status: 400, headers: { 'Content-Type': 'text/plain' } }),
          () => undefined,
        ],
        [
          'plain text that starts with markup',
          () => new Response('<script>window.__pwned=93</script>', { status: 400, headers: { 'Content-Type': 'text/plain' } }),
          (shown) => expect(shown).not.to.contain('<script'),
        ],
        [
          'a 5 MB JSON message without Content-Length',
          () => Response.json({ message: `<b>${'A'.repeat(5_000_000)}</b>` }, { status: 400 }),
          // Read only up to the 16 KB cap, so not shown at all: the visitor gets the general wording.
          (shown) => expect(shown).not.to.contain('AAAA'),
        ],
        [
          'a 5 MB plain-text body',
          () => new Response('B'.repeat(5_000_000), { status: 400, headers: { 'Content-Type': 'text/plain' } }),
          (shown) => expect(shown).not.to.contain('BBBB'),
        ],
        [
          'a body that claims to be 10 MB',
          () => new Response(JSON.stringify({ message: 'not read' }), { status: 400, headers: { 'Content-Type': 'application/json', 'Content-Length': '10000000' } }),
          (shown) => expect(shown).not.to.contain('not read'),
        ],
        [
          'broken JSON',
          () => new Response('{"message": <img src=x onerror="window.__pwned=94">', { status: 400, headers: { 'Content-Type': 'application/json' } }),
          (shown) => expect(shown).not.to.contain('<img'),
        ],
        [
          'a message that is not a string',
          () => Response.json({ message: ['<b>x</b>'], error: { html: '<i>y</i>' } }, { status: 400 }),
          (shown) => expect(shown).not.to.match(/<b>|<i>/),
        ],
      ];

      for (const [label, respond, check] of REFUSALS) {
        it(`refusal with ${label}: shown as capped text`, async () => {
          answerLeads(respond);
          const el = await chatWithEndpoint();
          await submitLead(el);
          await waitUntil(() => has(el, '.lead-status[data-status="rejected"]'), 'never rejected', { timeout: 4000 });
          check(expectSafeMessage(el, label));
          expect(inits[0]).to.include({ credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer', method: 'POST' });
        });
      }

      it('an HTML 200 counts as delivered, and an HTML 500 as a failure to retry, neither shown', async () => {
        answerLeads(() => new Response('<html><script>window.__pwned=95</script></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
        const ok = await chatWithEndpoint();
        await submitLead(ok);
        await waitUntil(() => has(ok, '.lead-status[data-status="sent"]'), 'never sent', { timeout: 4000 });
        expect(scan(ok)).to.deep.equal([]);
        ok.remove();

        answerLeads(() => new Response(`<html><body onload="window.__pwned=96">${'x'.repeat(100_000)}</body></html>`, { status: 500, headers: { 'Content-Type': 'text/html' } }));
        const failing = await chatWithEndpoint();
        await submitLead(failing);
        await waitUntil(() => has(failing, '.lead-status[data-status="failed"]'), 'never failed', { timeout: 4000 });
        expect($(failing, '.lead-status[data-status="failed"]').textContent).not.to.contain('<');
        expect(scan(failing)).to.deep.equal([]);
        expect(inits.length).to.be.at.least(2);
      });
    });
  });
});
