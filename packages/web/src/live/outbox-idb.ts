/** IndexedDB adapter of the outbox: one database per join code, so sessions never mix. */
import { openDB } from 'idb';
import { MemoryOutboxStore, type OutboxItem, type OutboxStore } from './outbox.ts';

const STORE = 'items';

export async function openOutboxStore(code: string): Promise<{ store: OutboxStore; durable: boolean }> {
  try {
    const db = await openDB(`cercle-outbox-${code}`, 1, {
      upgrade(database) {
        database.createObjectStore(STORE, { keyPath: 'id' });
      },
    });
    const store: OutboxStore = {
      all: async () => (await db.getAll(STORE)) as OutboxItem[],
      put: async (item) => {
        await db.put(STORE, item);
      },
    };
    return { store, durable: true };
  } catch {
    // No IndexedDB (some private modes): keep working in memory and say so.
    return { store: new MemoryOutboxStore(), durable: false };
  }
}
