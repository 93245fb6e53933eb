/**
 * The loader and waiting contact requests: it fetches the outbox drain only when storage holds a
 * request still to be sent (reading, never writing), starts it with the script tag's attributes,
 * and hands it to the chat when the chat is put in place. (End to end, with the built files and a
 * real endpoint: outbox-drain.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { OUTBOX_KEY as CORE_OUTBOX_KEY } from '@iop-chat/core';
import type { OutboxDrain, OutboxDrainChunk } from '../../src/loader/mount-options.js';
import { hasWaitingLeads, OUTBOX_KEY } from '../../src/loader/waiting-leads.js';
import { cleanUp, fakeChunk, FIXTURE_SCRIPT, launcher, scriptTag, start, until, wait } from './loader-test-kit.js';

const lead = (id: string): Record<string, unknown> => ({ id, name: 'J. R.', createdAt: new Date().toISOString() });
const outbox = (...statuses: string[]): string =>
  JSON.stringify({ v: 1, entries: statuses.map((status, i) => ({ lead: lead(`lead-${i}`), attempts: 1, nextAttemptAt: 0, status })), delivered: ['old'] });

/** A drain module that records what the loader asked of it. */
interface FakeDrain {
  importDrain: (url: string) => Promise<OutboxDrainChunk>;
  urls: string[];
  started: unknown[];
  handedOver: number;
  drain: OutboxDrain;
}

function fakeDrain(): FakeDrain {
  const record: FakeDrain = {
    urls: [] as string[],
    started: [] as unknown[],
    handedOver: 0,
    drain: {
      handOver: () => {
        record.handedOver++;
        return Promise.resolve();
      },
    },
    importDrain: (url: string): Promise<OutboxDrainChunk> => {
      record.urls.push(url);
      return Promise.resolve({
        drainOutbox: (attributes) => {
          record.started.push(attributes);
          return record.drain;
        },
      });
    },
  };
  return record;
}

/** Every key and value in both storages, to show the loader wrote nothing. */
const everything = (): string => JSON.stringify([sessionStorage, localStorage].map((s) => Object.entries(s)));

describe('loader: contact requests waiting in storage', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => {
    cleanUp();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('looks under the same key as core', () => {
    expect(OUTBOX_KEY).to.equal(CORE_OUTBOX_KEY);
  });

  it('sees a pending or half-sent request, and nothing else', () => {
    expect(hasWaitingLeads(undefined)).to.equal(false);
    for (const [stored, expected] of [
      [outbox('pending'), true],
      [outbox('sending'), true],
      [outbox('failed-permanent', 'pending'), true],
      [outbox('failed-permanent'), false],
      [JSON.stringify({ v: 1, entries: [], delivered: ['a'], refused: [{ id: 'b', error: { kind: 'rejected' } }] }), false],
      ['not json', false],
    ] as const) {
      sessionStorage.setItem(OUTBOX_KEY, stored);
      expect(hasWaitingLeads('session'), stored).to.equal(expected);
    }
    // data-persistence="local" keeps the outbox in localStorage; anything else in sessionStorage.
    expect(hasWaitingLeads(' Local ')).to.equal(false);
    localStorage.setItem(OUTBOX_KEY, outbox('pending'));
    sessionStorage.clear();
    expect(hasWaitingLeads(' Local ')).to.equal(true);
    expect(hasWaitingLeads('session')).to.equal(false);
  });

  it('fetches nothing more when nothing waits, and writes nothing', async () => {
    sessionStorage.setItem(OUTBOX_KEY, outbox('failed-permanent'));
    const before = everything();
    const drain = fakeDrain();
    start(scriptTag({ 'lead-endpoint': '/api/leads' }), { importChunk: fakeChunk().importChunk, importDrain: drain.importDrain });
    await wait(50);
    expect(drain.urls).to.deep.equal([]);
    expect(everything()).to.equal(before);
  });

  it('starts the drain beside the script, with its attributes, and hands it to the chat it puts in place', async () => {
    sessionStorage.setItem(OUTBOX_KEY, outbox('pending'));
    const before = everything();
    const drain = fakeDrain();
    const chunk = fakeChunk();
    const handle = start(scriptTag({ 'lead-endpoint': '/api/leads', phone: '(555) 010-0199' }, `${FIXTURE_SCRIPT}?v=3`), {
      importChunk: chunk.importChunk,
      importDrain: drain.importDrain,
    });
    await until(() => drain.started.length === 1);
    expect(drain.urls).to.deep.equal([new URL('./fixtures/iop-chat-outbox.js?v=3', import.meta.url).href]);
    expect(drain.started[0]).to.deep.include({ 'data-lead-endpoint': '/api/leads', 'data-phone': '(555) 010-0199' });
    expect(everything(), 'the loader only reads').to.equal(before);
    expect(chunk.urls, 'the chat itself is not loaded for it').to.deep.equal([]);

    launcher(handle).click();
    await until(() => chunk.mounts.length === 1);
    expect(await chunk.mounts[0]!.drain).to.equal(drain.drain);
  });

  it('stops its drain when the loader is removed', async () => {
    sessionStorage.setItem(OUTBOX_KEY, outbox('sending'));
    const drain = fakeDrain();
    const handle = start(scriptTag({ 'lead-endpoint': '/api/leads' }), { importChunk: fakeChunk().importChunk, importDrain: drain.importDrain });
    await until(() => drain.started.length === 1);
    handle.destroy();
    await until(() => drain.handedOver === 1);
  });

  it('does not start a drain that arrives after the chat began to take its place', async () => {
    sessionStorage.setItem(OUTBOX_KEY, outbox('pending'));
    const drain = fakeDrain();
    let arrive: () => void = () => undefined;
    const late = (url: string): Promise<OutboxDrainChunk> => new Promise<void>((resolve) => (arrive = resolve)).then(() => drain.importDrain(url));
    const chunk = fakeChunk();
    const handle = start(scriptTag({ 'lead-endpoint': '/api/leads' }), { importChunk: chunk.importChunk, importDrain: late });
    launcher(handle).click();
    await until(() => chunk.mounts.length === 1);
    arrive();
    expect(await chunk.mounts[0]!.drain).to.equal(undefined);
    expect(drain.started).to.deep.equal([]);
  });

  it('inline, the chat loads at once and resumes the outbox itself: no drain', async () => {
    sessionStorage.setItem(OUTBOX_KEY, outbox('pending'));
    const target = document.createElement('div');
    target.id = 'chat-here';
    document.body.append(target);
    const drain = fakeDrain();
    const chunk = fakeChunk();
    start(scriptTag({ mode: 'inline', target: '#chat-here', 'lead-endpoint': '/api/leads' }), { importChunk: chunk.importChunk, importDrain: drain.importDrain });
    await until(() => chunk.mounts.length === 1);
    expect(drain.urls).to.deep.equal([]);
    target.remove();
  });
});
