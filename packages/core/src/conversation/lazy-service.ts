/**
 * A service the conversation may receive later: code only the self-check or a contact request
 * needs, imported the first time it is used, so the chat itself opens without it. The machine
 * closes over these (never its context), reads `current` synchronously once a service is in, and
 * waits for `loaded` where it is not.
 *
 * A failed load is forgotten, so calling `load()` again tries again (browsers fetch a module
 * again after its fetch failed). `loaded` settles only on success, whichever call brought it.
 */
export interface LazyService<T> {
  /** The service, once loaded; undefined until then. */
  readonly current: T | undefined;
  /** Loads the service, or joins the load under way. Rejects when it cannot be loaded. */
  load(): Promise<T>;
  /** Resolves when the service has loaded (never rejects). */
  readonly loaded: Promise<T>;
}

/** A service that `importService` brings in on the first `load()`. */
export function lazyService<T>(importService: () => Promise<T>): LazyService<T> {
  let current: T | undefined;
  let pending: Promise<T> | undefined;
  let arrived: (value: T) => void = () => undefined;
  const loaded = new Promise<T>((resolve) => {
    arrived = resolve;
  });
  return {
    get current() {
      return current;
    },
    loaded,
    load() {
      if (current !== undefined) return Promise.resolve(current);
      pending ??= new Promise<T>((resolve) => {
        resolve(importService());
      }).then(
        (value) => {
          current = value;
          arrived(value);
          return value;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}

/** A service that is there from the start (Node, tests, anyone who imported it already). */
export function loadedService<T>(value: T): LazyService<T> {
  const loaded = Promise.resolve(value);
  return { current: value, load: () => loaded, loaded };
}
