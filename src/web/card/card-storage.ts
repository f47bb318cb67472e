/**
 * Where the software card keeps its data in the browser. Async so an IndexedDB store can replace localStorage
 * without changing the card module. Only card files (keys sealed) and retry counters are stored, never a secret.
 */
export interface CardStorage {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** The browser's localStorage (or any Web Storage). */
export function webCardStorage(storage: Storage = globalThis.localStorage): CardStorage {
  return {
    get: async (key) => storage.getItem(key) ?? undefined,
    set: async (key, value) => storage.setItem(key, value),
    remove: async (key) => storage.removeItem(key),
    keys: async () => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null),
  };
}

/** In memory: tests, and a page that must not persist anything. */
export function memoryCardStorage(entries = new Map<string, string>()): CardStorage & { entries: Map<string, string> } {
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, value) => void entries.set(key, value),
    remove: async (key) => void entries.delete(key),
    keys: async () => [...entries.keys()],
  };
}
