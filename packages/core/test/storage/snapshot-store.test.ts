import { expect } from '@open-wc/testing';
import { memoryStorage, wrapStorage, type KeyValueStorage } from '../../src/storage/safe-storage.js';
import {
  clearAllIopChatStorage,
  createSnapshotStore,
  STORAGE_PREFIX,
  type SnapshotError,
} from '../../src/storage/snapshot-store.js';

interface Chat {
  readonly turns: number;
}
const isChat = (value: unknown): value is Chat =>
  typeof value === 'object' && value !== null && typeof (value as { turns?: unknown }).turns === 'number';

function store(storage: KeyValueStorage, errors: SnapshotError[] = [], version = 2) {
  return createSnapshotStore<Chat>({ storage, key: 'chat', version, validate: isChat, onError: (e) => errors.push(e), now: () => 1000 });
}

describe('createSnapshotStore', () => {
  it('writes a versioned envelope under the iop-chat: prefix and reads it back', () => {
    const storage = memoryStorage();
    const s = store(storage);
    expect(s.read()).to.equal(null);
    s.write({ turns: 3 });
    expect(JSON.parse(storage.getItem('iop-chat:chat')!)).to.deep.equal({ v: 2, savedAt: 1000, data: { turns: 3 } });
    expect(s.read()).to.deep.equal({ turns: 3 });
    s.clear();
    expect(storage.getItem('iop-chat:chat')).to.equal(null);
  });

  it('does not double the prefix', () => {
    const storage = memoryStorage();
    createSnapshotStore({ storage, key: 'iop-chat:state', version: 1, validate: isChat }).write({ turns: 1 });
    expect(storage.keys?.()).to.deep.equal(['iop-chat:state']);
  });

  const badItems: ReadonlyArray<[string, string, SnapshotError['problem']]> = [
    ['corrupt JSON', '{"v":2,', 'corrupt'],
    ['not an envelope', '[1,2,3]', 'corrupt'],
    ['an old version', JSON.stringify({ v: 1, savedAt: 0, data: { turns: 3 } }), 'version'],
    ['a newer version', JSON.stringify({ v: 3, savedAt: 0, data: { turns: 3 } }), 'version'],
    ['data that fails validation', JSON.stringify({ v: 2, savedAt: 0, data: { turns: 'three' } }), 'invalid'],
  ];
  for (const [what, raw, problem] of badItems) {
    it(`returns null for ${what} and removes it`, () => {
      const storage = memoryStorage();
      storage.setItem('iop-chat:chat', raw);
      const errors: SnapshotError[] = [];
      expect(store(storage, errors).read()).to.equal(null);
      expect(storage.getItem('iop-chat:chat')).to.equal(null);
      expect(errors.map((e) => [e.operation, e.problem])).to.deep.equal([['read', problem]]);
    });
  }

  it('treats a throwing validator as invalid', () => {
    const storage = memoryStorage();
    storage.setItem('iop-chat:chat', JSON.stringify({ v: 1, savedAt: 0, data: {} }));
    const s = createSnapshotStore<Chat>({
      storage,
      key: 'chat',
      version: 1,
      validate: (v): v is Chat => {
        throw new Error(`nope ${String(v)}`);
      },
    });
    expect(s.read()).to.equal(null);
    expect(storage.getItem('iop-chat:chat')).to.equal(null);
  });

  it('discards snapshots older than maxAgeMs', () => {
    const storage = memoryStorage();
    let now = 0;
    const s = createSnapshotStore<Chat>({ storage, key: 'chat', version: 1, validate: isChat, maxAgeMs: 60_000, now: () => now });
    s.write({ turns: 1 });
    now = 59_000;
    expect(s.read()).to.deep.equal({ turns: 1 });
    now = 61_000;
    expect(s.read()).to.equal(null);
    expect(storage.getItem('iop-chat:chat')).to.equal(null);
  });

  it('swallows write errors and reports them, including unserialisable values', () => {
    const errors: SnapshotError[] = [];
    const failing: KeyValueStorage = {
      getItem: () => {
        throw new Error('no');
      },
      setItem: () => {
        throw new Error('no');
      },
      removeItem: () => {
        throw new Error('no');
      },
    };
    const s = store(failing, errors);
    expect(() => { s.write({ turns: 1 }); }).not.to.throw();
    expect(s.read()).to.equal(null);
    expect(() => { s.clear(); }).not.to.throw();
    const cyclic: { turns: number; self?: unknown } = { turns: 1 };
    cyclic.self = cyclic;
    expect(() => { store(memoryStorage(), errors).write(cyclic); }).not.to.throw();
    expect(errors.map((e) => `${e.operation}:${e.problem}`)).to.deep.equal(['write:storage', 'read:storage', 'clear:storage', 'write:serialize']);
  });

  it('ignores an onError callback that throws', () => {
    const storage = memoryStorage();
    storage.setItem('iop-chat:chat', 'garbage');
    const s = createSnapshotStore<Chat>({
      storage,
      key: 'chat',
      version: 1,
      validate: isChat,
      onError: () => {
        throw new Error('reporter broke');
      },
    });
    expect(s.read()).to.equal(null);
  });

  it('works on real sessionStorage', () => {
    try {
      const s = createSnapshotStore<Chat>({ storage: wrapStorage(() => sessionStorage), key: 'chat', version: 1, validate: isChat });
      s.write({ turns: 2 });
      expect(sessionStorage.getItem('iop-chat:chat')).to.contain('"turns":2');
      sessionStorage.setItem('iop-chat:chat', '{broken');
      expect(s.read()).to.equal(null);
      expect(sessionStorage.getItem('iop-chat:chat')).to.equal(null);
    } finally {
      sessionStorage.clear();
    }
  });
});

describe('clearAllIopChatStorage', () => {
  afterEach(() => { sessionStorage.clear(); });

  it('removes only iop-chat: keys from a wrapped storage', () => {
    const storage = memoryStorage();
    for (const key of ['iop-chat:chat', 'iop-chat:outbox', 'host-cart', 'iop-chatty', 'xiop-chat:a']) storage.setItem(key, '1');
    expect(clearAllIopChatStorage(storage)).to.equal(2);
    expect(storage.keys?.()).to.deep.equal(['host-cart', 'iop-chatty', 'xiop-chat:a']);
    expect(STORAGE_PREFIX).to.equal('iop-chat:');
  });

  it('removes only iop-chat: keys from raw sessionStorage, including keys written before this page', () => {
    sessionStorage.setItem('host-session', 'keep');
    for (let i = 0; i < 5; i++) sessionStorage.setItem(`iop-chat:item-${i}`, 'x');
    expect(clearAllIopChatStorage(sessionStorage)).to.equal(5);
    expect(sessionStorage.length).to.equal(1);
    expect(sessionStorage.getItem('host-session')).to.equal('keep');
  });

  it('also clears what a wrapper had to keep in memory', () => {
    sessionStorage.setItem('iop-chat:stored', 'x');
    const s = wrapStorage(() => sessionStorage);
    s.setItem('iop-chat:other', 'y');
    expect(clearAllIopChatStorage(s)).to.equal(2);
    expect(s.getItem('iop-chat:stored')).to.equal(null);
    expect(s.getItem('iop-chat:other')).to.equal(null);
  });

  it('never throws, even when storage does', () => {
    const broken = {
      getItem: () => null,
      setItem: () => undefined,
      removeItem: () => {
        throw new Error('no');
      },
      keys: () => ['iop-chat:a', 'b'],
    };
    expect(clearAllIopChatStorage(broken)).to.equal(0);
    const noKeys = {
      getItem: () => null,
      setItem: () => undefined,
      removeItem: () => undefined,
      keys: () => {
        throw new Error('no');
      },
    };
    expect(clearAllIopChatStorage(noKeys)).to.equal(0);
  });
});
