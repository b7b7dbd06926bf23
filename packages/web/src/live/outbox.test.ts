import { LIMITS } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import { checkContribution, MemoryOutboxStore, newClientId, Outbox, type OutboxStore } from './outbox.ts';

function makeOutbox(store: OutboxStore = new MemoryOutboxStore()) {
  let n = 0;
  return new Outbox(store, { newId: () => `client-id-${++n}`, now: () => 1_000 + n });
}

describe('Outbox', () => {
  it('stores an item before returning it, as pending', async () => {
    const store = new MemoryOutboxStore();
    const outbox = makeOutbox(store);
    const item = await outbox.add('Plus de pauses');
    expect(item.status).toBe('pending');
    expect(store.items.get(item.id)?.status).toBe('pending');
    expect(outbox.pending().map((i) => i.id)).toEqual([item.id]);
  });

  it("keeps a form answer's fields with the item, through a reload", async () => {
    const store = new MemoryOutboxStore();
    const outbox = makeOutbox(store);
    const fields = { f1: 'Réunions de 30 min', f2: 'Léa', f3: '' };
    const item = await outbox.add('Réunions de 30 min', { activityId: 'plan', fields });
    fields.f2 = 'changed after add';
    expect(item).toMatchObject({ activityId: 'plan', fields: { f2: 'Léa' }, status: 'pending' });
    const reloaded = new Outbox(store);
    await reloaded.ready;
    expect(reloaded.pending()[0]?.fields).toEqual({ f1: 'Réunions de 30 min', f2: 'Léa', f3: '' });
  });

  it('marks an item sent only on acknowledgement', async () => {
    const store = new MemoryOutboxStore();
    const outbox = makeOutbox(store);
    const a = await outbox.add('a');
    const b = await outbox.add('b');
    await outbox.acknowledge(a.id, 7);
    expect(outbox.getSnapshot().map((i) => [i.id, i.status])).toEqual([
      [a.id, 'sent'],
      [b.id, 'pending'],
    ]);
    expect(store.items.get(a.id)).toMatchObject({ status: 'sent', seq: 7 });
    expect(outbox.pending().map((i) => i.id)).toEqual([b.id]);
  });

  it('ignores acknowledgements of unknown ids', async () => {
    const outbox = makeOutbox();
    const a = await outbox.add('a');
    await outbox.acknowledge('someone-else', 3);
    expect(outbox.getSnapshot()[0]).toMatchObject({ id: a.id, status: 'pending' });
  });

  it('keeps pending items across a reload (same store)', async () => {
    const store = new MemoryOutboxStore();
    const first = makeOutbox(store);
    const a = await first.add('a');
    const b = await first.add('b');
    await first.acknowledge(a.id, 1);
    const reloaded = new Outbox(store);
    await reloaded.ready;
    expect(reloaded.pending().map((i) => i.id)).toEqual([b.id]);
    expect(reloaded.getSnapshot()).toHaveLength(2);
  });

  it('marks a definitive refusal as failed, and a retry makes it pending again', async () => {
    const outbox = makeOutbox();
    const a = await outbox.add('a');
    await outbox.refuse(a.id, 'SESSION_CLOSED');
    expect(outbox.getSnapshot()[0]).toMatchObject({ status: 'failed', error: 'SESSION_CLOSED' });
    expect(outbox.pending()).toEqual([]);
    await outbox.retry(a.id);
    expect(outbox.getSnapshot()[0]).toMatchObject({ status: 'pending' });
  });

  it('keeps an item pending after a transient refusal', async () => {
    const outbox = makeOutbox();
    const a = await outbox.add('a');
    await outbox.refuse(a.id, 'RATE_LIMITED');
    expect(outbox.pending().map((i) => i.id)).toEqual([a.id]);
  });

  it('never downgrades an acknowledged item', async () => {
    const outbox = makeOutbox();
    const a = await outbox.add('a');
    await outbox.acknowledge(a.id, 2);
    await outbox.refuse(a.id, 'VALIDATION_FAILED');
    expect(outbox.getSnapshot()[0]?.status).toBe('sent');
  });

  it('notifies subscribers', async () => {
    const outbox = makeOutbox();
    let calls = 0;
    outbox.subscribe(() => calls++);
    await outbox.add('a');
    expect(calls).toBeGreaterThan(0);
  });
});

describe('checkContribution', () => {
  it('trims and enforces the shared limit', () => {
    expect(checkContribution('  idée  ')).toEqual({ ok: true, text: 'idée' });
    expect(checkContribution('   ')).toEqual({ ok: false, reason: 'required' });
    expect(checkContribution('x'.repeat(LIMITS.contributionTextMax + 1))).toEqual({
      ok: false,
      reason: 'tooLong',
    });
  });
});

describe('newClientId', () => {
  it('matches the server schema', () => {
    const id = newClientId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
