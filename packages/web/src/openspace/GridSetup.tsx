/**
 * The console's grid form (OS-LIVE-3): time slots (label, optional start and end) and spaces
 * (name, capacity). Saving it the first time starts the room's Open Space.
 */
import type { OpenSpaceState } from '@cercle/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveConnection } from '../live/connection.ts';
import {
  draftsOf,
  freshId,
  type GridProblem,
  gridFromDrafts,
  type SlotDraft,
  type SpaceDraft,
} from './grid-form.ts';
import { SendMessage, useSend } from './use-send.tsx';

export function GridSetup({
  os,
  connection,
}: {
  os: OpenSpaceState | undefined;
  connection: LiveConnection;
}) {
  const { t } = useTranslation();
  const sender = useSend(connection);
  const [initial] = useState(() => draftsOf(os));
  const [slots, setSlots] = useState<SlotDraft[]>(initial.slots);
  const [spaces, setSpaces] = useState<SpaceDraft[]>(initial.spaces);
  const [problems, setProblems] = useState<GridProblem[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  // After a refused save, the first wrong field takes the focus (once it is marked invalid).
  useEffect(() => {
    if (problems.length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  const problemText = (p: GridProblem) =>
    t(`openspace.problem.${p.kind}`, 'row' in p ? { n: p.row + 1 } : {});
  const has = (kind: GridProblem['kind'], row: number) =>
    problems.some((p) => p.kind === kind && 'row' in p && p.row === row);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const grid = gridFromDrafts(slots, spaces);
    if (!grid.ok) {
      setProblems(grid.problems);
      return;
    }
    setProblems([]);
    await sender.send(
      { kind: 'openspace.grid.set', slots: grid.slots, spaces: grid.spaces },
      t('openspace.gridSaved'),
    );
  }

  const patchSlot = (i: number, patch: Partial<SlotDraft>) =>
    setSlots(slots.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const patchSpace = (i: number, patch: Partial<SpaceDraft>) =>
    setSpaces(spaces.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  return (
    <form
      ref={formRef}
      onSubmit={save}
      noValidate
      className="stack os-grid-form"
      aria-labelledby="os-grid-title"
    >
      <h3 id="os-grid-title">{t('openspace.grid')}</h3>
      {problems.length > 0 && (
        <ul className="alert" role="alert">
          {problems.map((p) => (
            <li key={`${p.kind}-${'row' in p ? p.row : ''}`}>{problemText(p)}</li>
          ))}
        </ul>
      )}
      <fieldset className="stack">
        <legend>{t('openspace.slots')}</legend>
        {slots.map((slot, i) => (
          <div key={slot.id} className="os-row" data-testid="os-slot-row">
            <label>
              {t('openspace.slotLabel', { n: i + 1 })}
              <input
                value={slot.label}
                maxLength={80}
                aria-invalid={has('slotLabel', i)}
                onChange={(e) => patchSlot(i, { label: e.target.value })}
              />
            </label>
            <label>
              {t('openspace.slotStart', { n: i + 1 })}
              <input
                type="time"
                value={slot.start}
                onChange={(e) => patchSlot(i, { start: e.target.value })}
              />
            </label>
            <label>
              {t('openspace.slotEnd', { n: i + 1 })}
              <input type="time" value={slot.end} onChange={(e) => patchSlot(i, { end: e.target.value })} />
            </label>
            <button
              type="button"
              className="secondary small"
              disabled={slots.length <= 1}
              onClick={() => setSlots(slots.filter((_, j) => j !== i))}
            >
              {t('openspace.removeSlot', { n: i + 1 })}
            </button>
          </div>
        ))}
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setSlots([
                ...slots,
                {
                  id: freshId(
                    'slot',
                    slots.map((s) => s.id),
                  ),
                  label: '',
                  start: '',
                  end: '',
                },
              ])
            }
          >
            {t('openspace.addSlot')}
          </button>
        </p>
      </fieldset>
      <fieldset className="stack">
        <legend>{t('openspace.spaces')}</legend>
        {spaces.map((space, i) => (
          <div key={space.id} className="os-row" data-testid="os-space-row">
            <label>
              {t('openspace.spaceName', { n: i + 1 })}
              <input
                value={space.name}
                maxLength={80}
                aria-invalid={has('spaceName', i)}
                onChange={(e) => patchSpace(i, { name: e.target.value })}
              />
            </label>
            <label>
              {t('openspace.spaceCapacity', { n: i + 1 })}
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={10_000}
                value={space.capacity}
                aria-invalid={has('capacity', i)}
                onChange={(e) => patchSpace(i, { capacity: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="secondary small"
              disabled={spaces.length <= 1}
              onClick={() => setSpaces(spaces.filter((_, j) => j !== i))}
            >
              {t('openspace.removeSpace', { n: i + 1 })}
            </button>
          </div>
        ))}
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setSpaces([
                ...spaces,
                {
                  id: freshId(
                    'space',
                    spaces.map((s) => s.id),
                  ),
                  name: '',
                  capacity: '20',
                },
              ])
            }
          >
            {t('openspace.addSpace')}
          </button>
        </p>
      </fieldset>
      <p>
        <button type="submit" className="primary" disabled={sender.busy}>
          {t('openspace.saveGrid')}
        </button>
      </p>
      <SendMessage sender={sender} testId="os-grid-status" />
    </form>
  );
}
