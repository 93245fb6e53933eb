/**
 * A reload in the middle of the self-check or of a contact request, in a fresh page: neither
 * feature's code is loaded yet, so the restored chat loads what its conversation shows and resumes
 * exactly where it was (the same question, the open form), and leads the previous page left in the
 * outbox load the contact code at once and are delivered, once each.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { createConversation, type ConversationEvent, type IopChatConfig, type Lead } from '@iop-chat/core';
import { knowledge } from '@iop-chat/knowledge';
import { RequestLog } from '../hostile/hostile-kit.js';
import { $, $$, chatFixture, clickChip, failOnLitWarnings, fill, has, lastMessage, messages, reduceMotion, settle } from '../helpers.js';

const requested = (log: RequestLog, path: string): boolean => log.urls().some((url) => url.includes(path));
const CENTER = { name: 'Riverside', phone: '(512) 555-0100' };

/** What a previous page saved: a conversation driven with everything loaded, in sessionStorage. */
function previousPage(config: IopChatConfig, drive: (send: (event: ConversationEvent) => void) => void): void {
  const page = createConversation({ knowledge, config: { center: CENTER, ...config }, onIssue: () => undefined });
  drive((event) => {
    page.actor.send(event);
  });
  page.dispose();
}

describe('iop-chat restored after a reload, its feature code not loaded yet', () => {
  failOnLitWarnings();
  let requests: RequestLog;
  before(async () => {
    await reduceMotion();
  });
  beforeEach(() => {
    sessionStorage.clear();
    requests = new RequestLog();
  });
  afterEach(() => {
    requests.stop();
    sessionStorage.clear();
  });

  it('resumes the self-check at the question it was on, and goes on', async () => {
    previousPage({}, (send) => {
      send({ type: 'visitor.choose', choice: { kind: 'action', id: 'start-screening' } });
      send({ type: 'screening.answer', questionId: 'reason', choice: 'alcohol' });
    });
    expect(requested(requests, '/parts/self-check-parts')).to.equal(false);

    const el = await chatFixture(html`<iop-chat mode="inline"></iop-chat>`);
    expect(el.conversation?.state()).to.equal('screening');
    await waitUntil(() => has(el, '.self-check[data-question]'), 'the restored question never appeared');
    await settle(el);
    expect(requested(requests, '/parts/self-check-parts')).to.equal(true);
    expect(requested(requests, '/screening/screening-service')).to.equal(true);
    expect($(el, '.self-check[data-question]').dataset['question']).to.equal('sex');
    expect($(el, '.progress-text').textContent).to.match(/^Question 2 of about \d+$/);
    // The answer given before the reload shows as the visitor saw it.
    expect(messages(el)).to.include('Alcohol');
    $$(el, '.self-check .option')[0]?.click();
    await settle(el);
    expect($(el, '.self-check[data-question]').dataset['question']).to.equal('audit-c-1');
    expect(requested(requests, '/parts/contact-parts')).to.equal(false);
  });

  it('resumes an open contact form, and sends it', async () => {
    const sent: Lead[] = [];
    const config: IopChatConfig = { center: CENTER, leadSender: (lead) => Promise.resolve(void sent.push(lead as Lead)) };
    previousPage(config, (send) => {
      send({ type: 'visitor.choose', choice: { kind: 'action', id: 'contact' } });
    });
    const el = await chatFixture(html`<iop-chat mode="inline" .config=${config}></iop-chat>`);
    expect(el.conversation?.state()).to.equal('contact');
    await waitUntil(() => has(el, 'form.contact-form'), 'the restored form never appeared');
    await fill(el, '#cf-name', 'J. D.');
    await fill(el, '#cf-phone', '512 555 0199');
    await fill(el, '#cf-consentContact', true);
    $(el, 'form.contact-form button[type="submit"]').click();
    await settle(el);
    await waitUntil(() => has(el, '.lead-status[data-status="sent"]'), 'never sent');
    expect(sent).to.have.length(1);
  });

  it('delivers, once, a lead the previous page left in the outbox, loading the contact code at start', async () => {
    const delivered: Lead[] = [];
    // The previous page stored the lead, but its attempt never finished before the page went away.
    previousPage({ leadSender: () => new Promise(() => undefined) }, (send) => {
      send({ type: 'visitor.choose', choice: { kind: 'action', id: 'contact' } });
      send({
        type: 'contact.submit',
        input: { name: 'J. D.', phone: '512 555 0199', preferredMethod: 'call', voicemailOk: false, centerNameOk: false, consentContact: true, consentSms: false, includeScreening: false },
      });
    });
    expect(sessionStorage.getItem('iop-chat:leads')).to.contain('"status":"pending"');

    const config: IopChatConfig = { center: CENTER, leadSender: (lead) => Promise.resolve(void delivered.push(lead as Lead)) };
    const el = await chatFixture(html`<iop-chat mode="inline" .config=${config}></iop-chat>`);
    expect(el.conversation?.state()).to.equal('chatting');
    await waitUntil(() => has(el, '.lead-status[data-status="sent"]'), 'the waiting lead was never sent');
    expect(delivered).to.have.length(1);
    expect(lastMessage(el)).to.contain('Someone from Riverside will be in touch soon');
    // Nothing more is sent later, and the outbox is empty.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(delivered).to.have.length(1);
    expect(sessionStorage.getItem('iop-chat:leads') ?? '').not.to.contain('"entries":[{');
    await clickChip(el, 'See all topics');
  });
});
