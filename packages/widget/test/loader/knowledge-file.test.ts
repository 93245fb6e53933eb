/**
 * A center's own knowledge entries from the script tag alone: `data-knowledge` names a file built
 * by `iop-kb build --extra` (web-test-runner.config.mjs builds it from examples/center-knowledge
 * with the CLI, and serves it broken in every way a file or a server can break). Pages of a site
 * with the built loader and chat (site-kit.ts), and the loader from source with a stand-in chunk.
 * A good file adds and overrides answers; a missing, huge, slow, malformed or hostile one is one
 * console warning naming data-knowledge and why, and the chat answers from its default knowledge.
 * A crisis message shows the crisis card whatever the file says.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { rootOf, send, sleep, transcript, waitFor } from '../hostile/hostile-kit.js';
import { cleanUp, fakeChunk, launcher, scriptTag, start, until } from './loader-test-kit.js';
import { Site } from './site-kit.js';

const FILES = '/__test/knowledge/';

interface KnowledgeRequestLog {
  readonly name: string;
  readonly query: string;
  readonly cookie: boolean;
  readonly sent: number;
  readonly closed: boolean;
}
const requests = (): Promise<KnowledgeRequestLog[]> => executeServerCommand<KnowledgeRequestLog[], undefined>('knowledge-log');
const resetLog = (): Promise<unknown> => executeServerCommand('knowledge-log', { reset: true });

/** Polls the server's log until `check` holds for it; returns that log. */
async function logWhere(check: (log: KnowledgeRequestLog[]) => boolean, what: string, ms = 8000): Promise<KnowledgeRequestLog[]> {
  const end = performance.now() + ms;
  for (;;) {
    const log = await requests();
    if (check(log)) return log;
    if (performance.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}: ${JSON.stringify(log)}`);
    await sleep(50);
  }
}

/** Questions only the file's entries answer (examples/center-knowledge: a new entry, and `cost` replaced). */
const PARKING = 'do you validate parking in the garage?';
const COST = 'how much does it cost?';
const FROM_FILE = { parking: 'Fifth Street garage', cost: 'sliding scale starts at $20 a session' };
const CRISIS = 'I want to kill myself';

/** Console warnings the site's page prints from now on (the loader and the chat warn there). */
function watchWarnings(site: Site): string[] {
  const warnings: string[] = [];
  const console = site.window.console;
  const original = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    original(...args);
  };
  return warnings;
}

type Chat = Awaited<ReturnType<Site['openChat']>>;

async function ask(chat: Chat, text: string): Promise<string> {
  await send(chat, text);
  return transcript(chat).at(-1) ?? '';
}

/** The crisis card is shown for a crisis message, with the crisis line first. */
async function expectCrisisCard(chat: Chat): Promise<void> {
  await send(chat, CRISIS);
  await waitFor(() => rootOf(chat).querySelector('.crisis-card') !== null, 'the crisis card');
  expect(rootOf(chat).querySelector('.crisis-card .crisis-action')?.getAttribute('href')).to.equal('tel:988');
}

describe('data-knowledge: a center knowledge file beside the chat', function () {
  this.timeout(30_000);
  let site: Site | undefined;

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });

  beforeEach(async () => {
    await resetLog();
  });

  afterEach(() => {
    site?.remove();
    site = undefined;
    document.cookie = 'iop-test-session=; max-age=0; path=/';
  });

  /** A page of the site whose script tag names `file` (a name under FILES, or any URL). */
  async function visit(file: string): Promise<{ site: Site; warnings: string[] }> {
    site = new Site({ 'center-name': 'Cedar Grove Recovery', persistence: 'none', knowledge: file === '' || file.includes('/') || file.includes(':') ? file : `${FILES}${file}.json` });
    await site.visit(1);
    return { site, warnings: watchWarnings(site) };
  }

  const aboutKnowledge = (warnings: readonly string[]): string[] => warnings.filter((w) => w.includes('knowledge'));

  // First: once loaded, the code that reads the file stays in the browser's cache for the other tests.
  it('when the code that reads the file cannot be loaded, the chat opens with its default knowledge', async () => {
    await executeServerCommand('chunk-faults', { knowledge: { status: 503 } });
    try {
      const { site, warnings } = await visit('good');
      const chat = await site.openChat();
      const said = aboutKnowledge(warnings);
      expect(said, said.join('\n')).to.have.length(1);
      expect(said[0]).to.match(/^iop-chat: data-knowledge is not used: its code could not be loaded \(.*\)\. The chat answers from its default knowledge\.$/);
      expect(await ask(chat, PARKING)).not.to.contain(FROM_FILE.parking);
      await expectCrisisCard(chat);
    } finally {
      await executeServerCommand('chunk-faults', {});
    }
  });

  it('a good file adds an entry and replaces one, fetched once, without cookies, only when the visitor reaches for the chat', async () => {
    // A cookie of the site's own, which a same-origin fetch would carry unless told not to.
    document.cookie = 'iop-test-session=1; path=/';
    await fetch(`${FILES}good.json?control`);
    const { site, warnings } = await visit('good');
    // The loader has drawn its launcher and the page is idle (the chat's code may be prefetched):
    // the file is not fetched before the visitor reaches for the chat.
    await sleep(300);
    expect((await requests()).filter((r) => !r.query)).to.deep.equal([]);

    const chat = await site.openChat();
    expect(await ask(chat, PARKING)).to.contain(FROM_FILE.parking);
    expect(await ask(chat, COST)).to.contain(FROM_FILE.cost);
    await expectCrisisCard(chat);
    expect(aboutKnowledge(warnings)).to.deep.equal([]);

    const log = await requests();
    expect(log.find((r) => r.query === 'control')?.cookie, 'the control request carried the cookie').to.equal(true);
    const fetched = log.filter((r) => r.query === '');
    expect(fetched.map((r) => [r.name, r.cookie, r.closed])).to.deep.equal([['good', false, false]]);
    expect(site.requested().filter((url) => url.includes('iop-chat-knowledge-file-')), 'the code that reads it').to.have.length(1);
  });

  it('a file cannot stop a crisis message from showing the crisis card', async () => {
    const { site, warnings } = await visit('crisis-entry');
    const chat = await site.openChat();
    expect(await ask(chat, PARKING)).to.contain(FROM_FILE.parking);
    await expectCrisisCard(chat);
    expect(transcript(chat).join('\n')).not.to.contain('Our groups meet on Tuesdays');
    expect(aboutKnowledge(warnings)).to.deep.equal([]);
  });

  const BAD: ReadonlyArray<[file: string, reason: RegExp]> = [
    ['missing', /is not used: the server answered 404\./],
    ['huge', /is not used: it is larger than 512 KB\./],
    ['huge-declared', /is not used: it is larger than 512 KB\./],
    ['not-json', /is not used: it is not JSON\./],
    ['web-page', /is not used: the server sent a web page \(text\/html\), not the file\./],
    ['wrong-shape', /is not used: it is not an iop-chat knowledge file \(expected \{"entries": \[\.\.\.\]\}, as iop-kb build writes\)\./],
    ['script', /is not used: it has markup \("<script>window\.__pwned = 1<\/sc…"\)\./],
    ['bidi', /is not used: it has bidi or invisible control characters\./],
    ['javascript-link', /is not used: entries\[\d+\] \("parking-garage"\): answer must be text or compiled answer blocks\./],
    ['proto', /is not used: it has the key "__proto__"\./],
    ['redirect', /is not used: it could not be fetched \(a network error, a redirect, or another origin that does not allow it\)\./],
  ];
  for (const [file, reason] of BAD) {
    it(`${file}: one warning naming data-knowledge and why; default answers; the crisis card`, async () => {
      const { site, warnings } = await visit(file);
      const chat = await site.openChat();
      expect(await ask(chat, PARKING)).not.to.contain(FROM_FILE.parking);
      expect(await ask(chat, COST)).not.to.contain(FROM_FILE.cost);
      await expectCrisisCard(chat);
      const said = aboutKnowledge(warnings);
      expect(said, said.join('\n')).to.have.length(1);
      expect(said[0]).to.match(new RegExp(`^iop-chat: data-knowledge "${FILES}${file}\\.json" ${reason.source}`));
      expect(said[0]).to.match(/The chat answers from its default knowledge\.$/);
      expect((site.window as Window & { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect((site.window.Object.prototype as { polluted?: unknown }).polluted).to.equal(undefined);
    });
  }

  it('a huge file is read only up to the cap: the browser hangs up long before the end', async () => {
    const { site } = await visit('huge');
    await site.openChat();
    const [request] = await logWhere((log) => log[0]?.closed === true, 'the browser to hang up');
    expect(request?.sent).to.be.below(8 * 1024 * 1024);
  });

  it('a redirect to another origin is never followed', async () => {
    const { site } = await visit('redirect');
    await site.openChat();
    await sleep(200);
    expect((await requests()).map((r) => `${r.name}?${r.query}`)).to.deep.equal(['redirect?']);
  });

  it('a file that does not arrive in 3 s: the chat opens without it, and the request is stopped', async () => {
    const { site, warnings } = await visit('slow');
    const asked = performance.now();
    const chat = await site.openChat();
    const waited = performance.now() - asked;
    // The file would come after 10 s: the chat waited for its 3 s limit, not for the file.
    expect(waited, 'how long the chat took to open').to.be.within(2900, 9000);
    expect(aboutKnowledge(warnings)).to.deep.equal([`iop-chat: data-knowledge "${FILES}slow.json" is not used: it did not arrive within 3 s. The chat answers from its default knowledge.`]);
    expect(await ask(chat, PARKING)).not.to.contain(FROM_FILE.parking);
    await expectCrisisCard(chat);
    const [request] = await logWhere((log) => log[0]?.closed === true, 'the browser to hang up');
    expect(request?.name).to.equal('slow');
  });

  it('an empty data-knowledge names nothing: no warning, no request, not even for the code that reads files', async () => {
    const { site, warnings } = await visit('');
    const chat = await site.openChat();
    expect(await ask(chat, PARKING)).not.to.contain(FROM_FILE.parking);
    expect(aboutKnowledge(warnings)).to.deep.equal([]);
    expect(site.requested().filter((url) => url.includes('iop-chat-knowledge-file-'))).to.deep.equal([]);
    expect(site.requested().some((url) => url.includes('/iop-chat-app.js')), 'the control: the chat was fetched').to.equal(true);
    expect(await requests()).to.deep.equal([]);
  });

  it('a URL that is not https or a path is refused without a request', async () => {
    const { site, warnings } = await visit('javascript:alert(document.domain)');
    const chat = await site.openChat();
    expect(aboutKnowledge(warnings)).to.deep.equal([
      'iop-chat: data-knowledge: "javascript:alert(document.domain)" is not allowed: only an https URL or a same-origin path such as /contact can be used; the default knowledge is used.',
    ]);
    await expectCrisisCard(chat);
    expect(await requests()).to.deep.equal([]);
  });
});

describe('data-knowledge: the loader asks for the file beside the chat', () => {
  afterEach(async () => {
    cleanUp();
    await resetLog();
  });

  it('asks once the visitor reaches for the chat, while the chat is still loading, and hands the request over', async () => {
    await resetLog();
    const chunk = fakeChunk();
    let arrive = (): void => undefined;
    const slow = (url: string): ReturnType<typeof chunk.importChunk> =>
      new Promise<void>((resolve) => (arrive = resolve)).then(() => chunk.importChunk(url));
    const handle = start(scriptTag({ knowledge: `${FILES}good.json` }), { importChunk: slow });
    await sleep(100);
    expect(await requests(), 'nothing before the visitor shows interest').to.deep.equal([]);
    launcher(handle).dispatchEvent(new PointerEvent('pointerenter'));
    // The chat's code has not arrived, and the file is already asked for.
    expect((await logWhere((log) => log.length > 0, 'the request')).map((r) => r.name)).to.deep.equal(['good']);
    expect(chunk.mounts).to.have.length(0);
    arrive();
    await until(() => chunk.mounts.length === 1);
    const request = chunk.mounts[0]?.knowledge;
    expect(request?.url).to.equal(`${FILES}good.json`);
    expect(await request?.response).to.be.instanceOf(Response);
  });

  it('asks only on its own origin: another origin waits for the chat to check it', async () => {
    const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}${FILES}good.json?other-origin`;
    const chunk = fakeChunk();
    const handle = start(scriptTag({ knowledge: other }), { importChunk: chunk.importChunk });
    launcher(handle).click();
    await until(() => chunk.mounts.length === 1);
    expect(await chunk.mounts[0]?.knowledge?.response).to.be.instanceOf(TypeError);
    await sleep(200);
    expect(await requests()).to.deep.equal([]);
  });

  it('asks once, however often loading the chat is tried again', async () => {
    const chunk = fakeChunk(1);
    const handle = start(scriptTag({ knowledge: `${FILES}good.json` }), { importChunk: chunk.importChunk });
    expect(await handle.load(true)).to.equal(undefined);
    expect(await handle.load(true)).not.to.equal(undefined);
    expect(chunk.urls).to.have.length(2);
    expect(chunk.mounts[0]?.knowledge?.url).to.equal(`${FILES}good.json`);
    await logWhere((log) => log.length > 0, 'the request');
    await sleep(200);
    expect((await requests()).map((r) => r.name)).to.deep.equal(['good']);
  });

  it('asks for nothing without data-knowledge', async () => {
    const chunk = fakeChunk();
    const handle = start(scriptTag(), { importChunk: chunk.importChunk });
    await handle.load(true);
    expect(chunk.mounts[0]?.knowledge).to.equal(undefined);
  });
});
