/**
 * The agenda wall in the console (OS-LIVE-6): slots × spaces, cards moved by drag and drop or by
 * keyboard ("Move by keyboard", then arrows, Enter, Escape; or the "Move to…" select), taken off
 * the wall, with the hard-rule flags of `wallFlags` and who is present.
 */
import { type OpenSpaceState, type OpenSpaceTopic, wallFlags } from '@cercle/core';
import { type DragEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveConnection } from '../live/connection.ts';
import { type Cursor, cursorOf, moveCursor } from './keyboard-move.ts';
import { buildGrid, type GridCell, offWall, slotText } from './model.ts';
import { DRAG_TYPE, SessionCard } from './SessionCard.tsx';
import { SendMessage, useSend } from './use-send.tsx';

export function AgendaBoard({ os, connection }: { os: OpenSpaceState; connection: LiveConnection }) {
  const { t } = useTranslation();
  const sender = useSend(connection);
  const flags = useMemo(() => wallFlags(os), [os]);
  const grid = buildGrid(os, flags);
  const [moving, setMoving] = useState<{ topic: OpenSpaceTopic; cursor: Cursor } | null>(null);
  const [announce, setAnnounce] = useState('');
  const [dragging, setDragging] = useState(false);
  const boardRef = useRef<HTMLDivElement>(null);
  /** The card to focus once it shows where it went ('' : off the wall). */
  const refocus = useRef<{ id: string; where: string } | null>(null);
  const whereNow = (id: string) => {
    const p = os.agenda.find((x) => x.sessionId === id);
    return p ? `${p.slotId}|${p.spaceId}` : '';
  };

  const cellAt = (c: Cursor): GridCell | undefined => grid[c.row]?.cells[c.col];
  const cellLabel = (slotId: string, spaceId: string) => {
    const slot = os.slots.find((s) => s.id === slotId);
    const space = os.spaces.find((s) => s.id === spaceId);
    return `${slot ? slotText(slot) : ''} · ${space?.name ?? ''}`;
  };
  const describe = (c: Cursor) => {
    const cell = cellAt(c);
    if (!cell) return '';
    return t('openspace.cellNow', {
      cell: cellLabel(cell.slotId, cell.spaceId),
      occupant: cell.topic ? t('openspace.occupiedBy', { title: cell.topic.title }) : '',
    });
  };

  async function move(sessionId: string, slotId: string, spaceId: string) {
    const topic = os.topics.find((x) => x.id === sessionId);
    if (!topic) return;
    refocus.current = { id: sessionId, where: `${slotId}|${spaceId}` };
    const done = t('openspace.moved', { title: topic.title, cell: cellLabel(slotId, spaceId) });
    if (await sender.send({ kind: 'openspace.session.move', sessionId, slotId, spaceId }, done))
      setAnnounce(done);
    else refocus.current = { id: sessionId, where: whereNow(sessionId) };
  }

  async function unplace(topic: OpenSpaceTopic) {
    refocus.current = { id: topic.id, where: '' };
    await sender.send(
      { kind: 'openspace.session.unplace', sessionId: topic.id },
      t('openspace.unplacedDone', { title: topic.title }),
    );
  }

  function pickUp(topic: OpenSpaceTopic) {
    const cursor = cursorOf(os, topic.id);
    setMoving({ topic, cursor });
    setAnnounce(`${t('openspace.moving', { title: topic.title })} ${describe(cursor)}`);
  }

  function onCellKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (!moving) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      refocus.current = { id: moving.topic.id, where: whereNow(moving.topic.id) };
      setMoving(null);
      setAnnounce(t('openspace.moveCancelled'));
      return;
    }
    const next = moveCursor(moving.cursor, event.key, os.slots.length, os.spaces.length);
    if (!next) return;
    event.preventDefault();
    setMoving({ ...moving, cursor: next });
    setAnnounce(describe(next));
  }

  function drop(cell: GridCell) {
    if (!moving) return;
    const { topic } = moving;
    setMoving(null);
    void move(topic.id, cell.slotId, cell.spaceId);
  }

  // Keyboard moves keep the focus where the person is: on the target cell, then on the moved card.
  // Only when the cursor moves: someone who tabs away from the grid is not pulled back.
  useEffect(() => {
    if (moving)
      boardRef.current
        ?.querySelector<HTMLElement>(`[data-cell="${moving.cursor.row}-${moving.cursor.col}"]`)
        ?.focus();
  }, [moving]);
  // After every render: the moved card shows up where it went when the event arrives.
  useEffect(() => {
    const board = boardRef.current;
    if (!board || moving) return;
    if (refocus.current) {
      const { id, where } = refocus.current;
      const target = board.querySelector<HTMLElement>(`[data-pickup="${CSS.escape(id)}"]`);
      const cell = target?.closest<HTMLElement>('[data-testid="os-cell"]');
      const at = cell ? `${cell.dataset.slot}|${cell.dataset.space}` : '';
      if (target && at === where) {
        target.focus();
        refocus.current = null;
      }
    }
  });

  const card = (topic: OpenSpaceTopic, cell: GridCell | null) => (
    <SessionCard
      key={topic.id}
      topic={topic}
      cell={cell}
      os={os}
      sender={sender}
      onPickUp={() => pickUp(topic)}
      onDrag={setDragging}
      onMove={(slotId, spaceId) => void move(topic.id, slotId, spaceId)}
      onUnplace={() => void unplace(topic)}
    />
  );
  const unplaced = offWall(os);

  return (
    // While dragging, the cards' controls let the drop through to their cell (a select swallows it).
    <section
      className={dragging ? 'stack os-dragging' : 'stack'}
      aria-labelledby="os-wall-title"
      ref={boardRef}
    >
      <h3 id="os-wall-title">{t('openspace.wall')}</h3>
      <p className="muted">{t('openspace.wallLead')}</p>
      <p className="visually-hidden" aria-live="assertive" data-testid="os-announce">
        {announce}
      </p>
      <div className="os-table-wrap">
        <table className="os-agenda" data-testid="os-agenda">
          <caption className="visually-hidden">{t('openspace.wall')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('openspace.slotHeader')}</th>
              {os.spaces.map((s) => (
                <th key={s.id} scope="col">
                  {s.name} <span className="muted">({s.capacity})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row, r) => (
              <tr key={row.slot.id}>
                <th scope="row">{slotText(row.slot)}</th>
                {row.cells.map((cell, c) => (
                  <td
                    key={cell.spaceId}
                    className={
                      moving && moving.cursor.row === r && moving.cursor.col === c
                        ? 'os-cell os-cursor'
                        : 'os-cell'
                    }
                    data-testid="os-cell"
                    data-slot={cell.slotId}
                    data-space={cell.spaceId}
                    onDragOver={(e) => allowDrop(e)}
                    onDrop={(e) => {
                      const id = dropped(e);
                      if (id) void move(id, cell.slotId, cell.spaceId);
                    }}
                  >
                    {moving ? (
                      <button
                        type="button"
                        className="os-drop"
                        data-cell={`${r}-${c}`}
                        tabIndex={moving.cursor.row === r && moving.cursor.col === c ? 0 : -1}
                        onKeyDown={onCellKey}
                        onClick={() => drop(cell)}
                      >
                        {cell.topic ? cell.topic.title : t('openspace.free')}
                        <span className="visually-hidden">
                          {' '}
                          — {t('openspace.moveHere')} : {cellLabel(cell.slotId, cell.spaceId)}
                        </span>
                      </button>
                    ) : cell.topic ? (
                      card(cell.topic, cell)
                    ) : (
                      <span className="muted">{t('openspace.free')}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SendMessage sender={sender} testId="os-move-status" />
      <section
        aria-labelledby="os-offwall-title"
        className="os-offwall"
        data-testid="os-offwall"
        onDragOver={(e) => allowDrop(e)}
        onDrop={(e) => {
          const id = dropped(e);
          const topic = os.topics.find((x) => x.id === id);
          if (topic && os.agenda.some((p) => p.sessionId === id)) void unplace(topic);
        }}
      >
        <h4 id="os-offwall-title">{t('openspace.offWall')}</h4>
        {unplaced.length === 0 ? (
          <p className="muted">{t('openspace.noneOffWall')}</p>
        ) : (
          <div className="os-offwall-cards">{unplaced.map((topic) => card(topic, null))}</div>
        )}
      </section>
    </section>
  );
}

function allowDrop(e: DragEvent) {
  if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'move';
}

function dropped(e: DragEvent): string | null {
  e.preventDefault();
  return e.dataTransfer.getData(DRAG_TYPE) || null;
}
