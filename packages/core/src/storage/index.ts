// Storage: guarded Web Storage with an in-memory fallback, and versioned snapshots.
export * from './safe-storage.js';
export * from './snapshot-store.js';
