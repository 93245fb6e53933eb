import { expect } from '@open-wc/testing';
import { memoryStorage, resolveStorage, wrapStorage, type WebStorageLike } from '../../src/storage/safe-storage.js';

/** A storage that throws on every call, like Safari with storage blocked. */
function throwingStorage(): WebStorageLike & { calls: number } {
  const fake = {
    calls: 0,
    getItem(): string | null {
      fake.calls++;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    setItem(): void {
      fake.calls++;
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    },
    removeItem(): void {
      fake.calls++;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    get length(): number {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    key(): string | null {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  };
  return fake;
}

describe('memoryStorage', () => {
  it('stores, reads, removes and lists keys', () => {
    const s = memoryStorage();
    expect(s.getItem('a')).to.equal(null);
    s.setItem('a', '1');
    s.setItem('__proto__', '2');
    expect(s.getItem('a')).to.equal('1');
    expect(s.getItem('__proto__')).to.equal('2');
    expect(s.keys?.()).to.deep.equal(['a', '__proto__']);
    s.removeItem('a');
    expect(s.getItem('a')).to.equal(null);
  });

  it('is separate per instance', () => {
    const a = memoryStorage();
    a.setItem('k', 'v');
    expect(memoryStorage().getItem('k')).to.equal(null);
  });
});

describe('wrapStorage', () => {
  it('never throws when every call throws, and keeps working from memory', () => {
    const fake = throwingStorage();
    const s = wrapStorage(() => fake);
    expect(() => { s.setItem('iop-chat:x', 'v'); }).not.to.throw();
    expect(s.getItem('iop-chat:x')).to.equal('v');
    expect(s.keys?.()).to.deep.equal(['iop-chat:x']);
    expect(() => { s.removeItem('iop-chat:x'); }).not.to.throw();
    expect(s.getItem('iop-chat:x')).to.equal(null);
    expect(s.getItem('other')).to.equal(null);
    expect(fake.calls).to.be.greaterThan(0);
  });

  it('falls back to memory when reaching the storage itself throws, and asks only once', () => {
    let asked = 0;
    const s = wrapStorage(() => {
      asked++;
      throw new DOMException('denied', 'SecurityError');
    });
    expect(asked).to.equal(0);
    s.setItem('k', 'v');
    expect(s.getItem('k')).to.equal('v');
    s.removeItem('k');
    expect(asked).to.equal(1);
  });

  it('treats a missing or malformed storage as memory', () => {
    for (const backend of [undefined, null, 42, {}, { getItem: 'no' }]) {
      const s = wrapStorage(() => backend);
      s.setItem('k', 'v');
      expect(s.getItem('k')).to.equal('v');
    }
  });

  it('keeps a value that did not fit in memory and removes the stale stored copy', () => {
    const stored = new Map<string, string>([['k', 'old']]);
    let full = false;
    const backend: WebStorageLike = {
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        stored.set(key, value);
      },
      removeItem: (key) => {
        stored.delete(key);
      },
    };
    const s = wrapStorage(() => backend);
    full = true;
    s.setItem('k', 'new');
    expect(s.getItem('k')).to.equal('new');
    expect(stored.has('k')).to.equal(false);
    full = false;
    s.setItem('k', 'newer');
    expect(stored.get('k')).to.equal('newer');
    expect(s.getItem('k')).to.equal('newer');
  });
});

describe('resolveStorage', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('session mode writes to the real sessionStorage', () => {
    const s = resolveStorage('session');
    s.setItem('iop-chat:test', 'hello');
    expect(sessionStorage.getItem('iop-chat:test')).to.equal('hello');
    expect(localStorage.getItem('iop-chat:test')).to.equal(null);
    expect(s.getItem('iop-chat:test')).to.equal('hello');
    expect(s.keys?.()).to.include('iop-chat:test');
    s.removeItem('iop-chat:test');
    expect(sessionStorage.getItem('iop-chat:test')).to.equal(null);
  });

  it('local mode writes to localStorage', () => {
    resolveStorage('local').setItem('iop-chat:test', 'x');
    expect(localStorage.getItem('iop-chat:test')).to.equal('x');
  });

  it('none mode writes nowhere persistent', () => {
    const s = resolveStorage('none');
    s.setItem('iop-chat:test', 'x');
    expect(s.getItem('iop-chat:test')).to.equal('x');
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('does not touch storage until it is used', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    let touched = 0;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        touched++;
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const s = resolveStorage('session');
      expect(touched).to.equal(0);
      s.setItem('iop-chat:x', '1');
      expect(touched).to.equal(1);
      expect(s.getItem('iop-chat:x')).to.equal('1');
    } finally {
      Object.defineProperty(window, 'sessionStorage', original);
    }
  });
});
