/**
 * Contact requests do not wait for a click. Pages of a center's site (the built loader, a real
 * lead endpoint, real page loads in an iframe): a request that could not be sent on one page is
 * sent by the next page's loader without the visitor touching the chat, exactly once (one
 * Idempotency-Key, accepted once, nothing sent after), within the backoff window; after a reload
 * mid-send; when the browser comes back online; and when the visitor opens the chat while the
 * loader is sending it. A request goes without the page's cookies or a referrer, and a redirect is
 * refused, never followed. A page with nothing waiting fetches nothing more. What is refused for
 * good or too old is gone from storage, contact details and all.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { query, sleep, waitFor } from '../hostile/hostile-kit.js';
import {
  LEAD_ENDPOINT,
  Site,
  TYPED,
  answerWith,
  requests,
  resetEndpoint,
  offlineFor,
  storedText,
  untilRequests,
  type EndpointRequest,
} from './site-kit.js';

const CENTER = { 'center-name': 'Cedar Grove Recovery', phone: '(555) 010-0199', 'lead-endpoint': LEAD_ENDPOINT };
const HOUR = 60 * 60 * 1000;

/** The one request key the endpoint has seen (every request carries the same Idempotency-Key). */
function onlyKey(log: readonly EndpointRequest[]): string {
  const keys = [...new Set(log.map((r) => r.key))];
  expect(keys, 'one Idempotency-Key for every attempt').to.have.length(1);
  return keys[0]!;
}

const accepted = (log: readonly EndpointRequest[]): EndpointRequest[] => log.filter((r) => r.status === 201);

/** Makes the waiting requests due now, as they are in a hidden tab whose timers were held back. */
function makeDue(storage: Storage): void {
  const outbox = JSON.parse(storage.getItem('iop-chat:leads') ?? 'null') as { entries: Array<{ nextAttemptAt: number }> };
  for (const entry of outbox.entries) entry.nextAttemptAt = 0;
  storage.setItem('iop-chat:leads', JSON.stringify(outbox));
}

/** Rewrites the waiting requests in `storage` as sent `hoursAgo` hours ago and due now. */
function ageOutbox(storage: Storage, hoursAgo: number): void {
  const outbox = JSON.parse(storage.getItem('iop-chat:leads') ?? 'null') as { entries: Array<{ lead: { createdAt: string }; nextAttemptAt: number }> };
  for (const entry of outbox.entries) {
    entry.lead.createdAt = new Date(Date.now() - hoursAgo * HOUR).toISOString();
    entry.nextAttemptAt = 0;
  }
  storage.setItem('iop-chat:leads', JSON.stringify(outbox));
}

describe('loader: a waiting contact request is sent without waiting for a click', function () {
  this.timeout(40_000);
  let site: Site | undefined;

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    await resetEndpoint();
  });
  afterEach(async () => {
    site?.remove();
    site = undefined;
    await resetEndpoint();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('endpoint 500, then another page the visitor never touches the chat on: it arrives exactly once, in the backoff window', async () => {
    site = new Site({ ...CENTER, 'lead-timeout': '5000' });
    // A 500 that asks for 2 s, so that the first page is not mid-retry when the visitor moves on.
    await answerWith({ status: 500, retryAfter: 2 });
    await site.visit(1);
    await site.sendContactRequest();
    const [failure] = await untilRequests((log) => log.length === 1, 'the first attempt');
    await waitFor(() => site!.shownStatus() === 'retrying', 'the chat to say it keeps trying');

    // The visitor moves on; the new page has only the launcher, and the endpoint works again.
    await site.visit(2);
    await answerWith({ status: 201 });
    const log = await untilRequests((l) => accepted(l).length === 1, 'the request to arrive', 8000);
    const arrival = accepted(log)[0]!;
    expect(arrival.at - failure!.at, 'when its retry was due, not when the visitor next reaches for the chat').to.be.within(2000, 3500);
    expect(arrival.body?.['name']).to.equal('Jordan Q. Visitor');
    expect(site.fetched('iop-chat-outbox.js')).to.equal(true);

    await sleep(2500);
    const after = await requests();
    const key = onlyKey(after);
    expect(after.map((r) => r.status), 'nothing is sent once it arrived').to.deep.equal([500, 201]);
    expect(site.chat(), 'the chat itself never loaded on that page').to.equal(null);
    expect(site.window.customElements.get('iop-chat')).to.equal(undefined);
    expect((JSON.parse(sessionStorage.getItem('iop-chat:leads') ?? '{}') as { delivered?: string[] }).delivered).to.deep.equal([key]);
    for (const detail of TYPED) expect(storedText(), 'delivered: its contact details are gone').not.to.contain(detail);
  });

  it('a reload while the endpoint is slow to answer: the reloaded page sends it again under the same key; accepted once', async () => {
    site = new Site({ ...CENTER, 'lead-timeout': '2000' });
    // Accepted the moment it arrives; the answer comes too late for the page that sent it.
    await answerWith({ status: 201, delayMs: 4000 });
    await site.visit(1);
    await site.sendContactRequest();
    await untilRequests((log) => log.length === 1, 'the request to reach the endpoint');
    await site.reload();
    await answerWith({ status: 201 });
    // The unloading page records its aborted attempt when it can, and the new page's loader then
    // retries after the ordinary backoff (under 1 s); when it cannot, the old claim goes stale after
    // the lead timeout + 5 s. Either way, well before the visitor would next reach for the chat.
    const log = await untilRequests((l) => l.length === 2, 'the reloaded page to send it again', 12_000);
    expect(log[1]!.at - log[0]!.at).to.be.below(2000 + 5000 + 2000);
    expect(log[0]!.closed, 'the first page hung up before its answer came').to.equal(true);
    await waitFor(() => !storedText().includes('"entries":[{'), 'the outbox to record the delivery');
    await sleep(1500);
    const after = await requests();
    onlyKey(after);
    expect(after.map((r) => r.status), 'accepted once; the second try was a duplicate by key').to.deep.equal([201, 409]);
    expect(site.chat()).to.equal(null);
    for (const detail of TYPED) expect(storedText()).not.to.contain(detail);
  });

  it('offline, then back online: it is sent at once, not when its next retry (a minute away) comes', async () => {
    site = new Site({ ...CENTER, 'lead-timeout': '5000' });
    await answerWith({ status: 503, retryAfter: 60 });
    await site.visit(1);
    await site.sendContactRequest();
    await untilRequests((log) => log.length === 1, 'the first attempt');
    await site.visit(2);
    await waitFor(() => site!.fetched('iop-chat-outbox.js'), 'the outbox drain');
    await sleep(300);
    expect((await requests()).length, 'the next try waits for Retry-After').to.equal(1);

    const seen: string[] = [];
    for (const type of ['offline', 'online']) site.window.addEventListener(type, () => seen.push(type));
    await offlineFor(1000, { status: 201 });
    expect(seen, 'the page was offline, then online').to.deep.equal(['offline', 'online']);
    const log = await untilRequests((l) => accepted(l).length === 1, 'the request once back online', 5000);
    await sleep(1500);
    const after = await requests();
    onlyKey(after);
    expect(after.map((r) => r.status)).to.deep.equal([503, 201]);
    expect(log.length).to.equal(2);
    for (const detail of TYPED) expect(storedText()).not.to.contain(detail);
  });

  for (const who of ['the loader', 'the open chat'] as const) {
    it(`the page shown again (visibilitychange): ${who} sends what is due at once, not when its timer fires`, async () => {
      site = new Site({ ...CENTER, 'lead-timeout': '5000' });
      await answerWith({ status: 503, retryAfter: 60 });
      await site.visit(1);
      await site.sendContactRequest();
      await untilRequests((log) => log.length === 1, 'the first attempt');
      await site.visit(2);
      await waitFor(() => site!.fetched('iop-chat-outbox.js'), 'the outbox drain');
      if (who === 'the open chat') await site.openChat();
      await sleep(300);
      // Its timer says a minute; a tab that was hidden that long finds it due when it is shown again.
      makeDue(sessionStorage);
      await answerWith({ status: 201 });
      await sleep(300);
      expect((await requests()).length, 'nothing happens on its own').to.equal(1);
      expect(site.document.visibilityState).to.equal('visible');
      site.document.dispatchEvent(new Event('visibilitychange'));
      await untilRequests((l) => accepted(l).length === 1, 'the request once the page is visible', 3000);
      if (who === 'the open chat') await waitFor(() => site!.shownStatus() === 'sent', 'the chat to show it sent');
      await sleep(1000);
      expect((await requests()).map((r) => r.status)).to.deep.equal([503, 201]);
    });
  }

  it('the visitor opens the chat while the loader is sending it: sent once, and the chat says so as soon as it is', async () => {
    site = new Site({ ...CENTER, 'lead-timeout': '5000' });
    await answerWith({ status: 500, retryAfter: 2 });
    await site.visit(1);
    await site.sendContactRequest();
    await untilRequests((log) => log.length === 1, 'the first attempt');
    await waitFor(() => site!.shownStatus() === 'retrying', 'the chat to say it keeps trying');
    await site.visit(2);
    await answerWith({ status: 201, delayMs: 2000 });
    const onTheWire = await untilRequests((l) => l.some((r) => r.status === 201), 'the loader to send it', 12_000);
    const sentAt = onTheWire.find((r) => r.status === 201)!.at;

    // While the loader's request waits for its answer, the visitor opens the chat.
    await site.openChat();
    await waitFor(() => site!.shownStatus() === 'sent', 'the chat to show it sent', 8000);
    // The chat took over when the loader's attempt ended (2 s), not when its claim went stale (10 s).
    expect(Date.now() - sentAt).to.be.below(6000);
    await sleep(1500);
    const after = await requests();
    onlyKey(after);
    expect(accepted(after), 'sent once').to.have.length(1);
    expect(after.map((r) => r.status), 'no second send from the chat').to.deep.equal([500, 201]);
  });

  it('a request goes with its key, no cookie and no referrer, and a redirect is refused, not followed', async () => {
    site = new Site({ ...CENTER, 'lead-timeout': '5000' });
    document.cookie = 'host-session=abc123; path=/';
    try {
      await answerWith({ status: 307, location: `${LEAD_ENDPOINT}?followed` });
      await site.visit(1);
      await site.sendContactRequest();
      await untilRequests((log) => log.length >= 1, 'the first attempt');
      await waitFor(() => site!.shownStatus() === 'retrying', 'the chat to say it keeps trying');
      await answerWith({ status: 201 });
      const log = await untilRequests((l) => accepted(l).length === 1, 'the retry to arrive', 20_000);
      onlyKey(log);
      expect(log[0]!.status).to.equal(307);
      for (const request of log) {
        expect(request.url, 'the redirect was never followed').to.equal(LEAD_ENDPOINT);
        expect([request.cookie, request.referer], 'no cookie, no referrer').to.deep.equal([null, null]);
      }

      // Control: an ordinary fetch from the same page sends both.
      await site.window.fetch(LEAD_ENDPOINT, { method: 'POST', headers: { 'Idempotency-Key': 'control' }, body: '{}' });
      const control = (await requests()).find((r) => r.key === 'control');
      expect(control?.cookie).to.contain('host-session=abc123');
      expect(control?.referer).to.contain('/fixtures/site.html?page=1');
    } finally {
      document.cookie = 'host-session=; path=/; max-age=0';
    }
  });

  it('with nothing waiting, a page fetches no drain and stores nothing; nor once the request was delivered', async () => {
    site = new Site(CENTER);
    await site.visit(1);
    await sleep(500);
    expect(site.fetched('iop-chat-outbox.js')).to.equal(false);
    expect(storedText(sessionStorage) + storedText(localStorage)).to.equal('');

    await site.sendContactRequest();
    await waitFor(() => site!.shownStatus() === 'sent', 'delivery');
    await site.visit(2);
    await sleep(500);
    expect(site.fetched('iop-chat-outbox.js'), 'only delivered ids are left: nothing to send').to.equal(false);
    expect((await requests()).length).to.equal(1);
  });

  for (const persistence of ['session', 'local'] as const) {
    it(`a 401 is final (${persistence} storage): not sent again, the visitor is shown the center's phone, the details leave storage`, async () => {
      const storage = persistence === 'local' ? localStorage : sessionStorage;
      site = new Site({ ...CENTER, persistence });
      await answerWith({ status: 401, message: 'This form is not accepted here.' });
      await site.visit(1);
      const chat = await site.sendContactRequest();
      await waitFor(() => site!.shownStatus() === 'rejected', 'the refusal to be shown');
      const status = query(chat, '.lead-status[data-status="rejected"]');
      expect(status.querySelector('.server-message')?.textContent).to.equal('This form is not accepted here.');
      expect(status.querySelector('a[href="tel:5550100199"]')?.textContent).to.contain('(555) 010-0199');
      expect([...status.querySelectorAll('button')].map((b) => b.textContent.trim()), 'final: nothing to try again').not.to.include('Try again');
      for (const detail of TYPED) expect(storedText(storage), 'refused: its contact details are gone').not.to.contain(detail);

      await sleep(2000);
      await site.visit(2);
      await sleep(1000);
      expect(site.fetched('iop-chat-outbox.js')).to.equal(false);
      const log = await requests();
      expect(log.map((r) => r.status), 'sent once, never again').to.deep.equal([401]);
    });
  }

  it('a request older than data-retention-hours is removed by the next page without being sent', async () => {
    site = new Site({ ...CENTER, 'retention-hours': '2' });
    await answerWith({ status: 500 });
    await site.visit(1);
    await site.sendContactRequest();
    await untilRequests((log) => log.length >= 1, 'the first attempt');
    await site.leave();
    await answerWith({ status: 201 });

    // Three hours old (the page said two): the next page removes it, contact details and all.
    ageOutbox(sessionStorage, 3);
    await site.visit(3);
    await waitFor(() => site!.fetched('iop-chat-outbox.js'), 'the outbox drain');
    await waitFor(() => TYPED.every((detail) => !storedText().includes(detail)), 'the old request to leave storage');
    await sleep(1000);
    expect(accepted(await requests())).to.have.length(0);
  });
});
