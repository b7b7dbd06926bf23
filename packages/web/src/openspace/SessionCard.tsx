/**
 * A session card on the console's agenda wall: draggable (the mouse's way), with the keyboard's
 * ways as controls: "Move by keyboard", a "Move to…" select, and "Take off the wall".
 */
import type { OpenSpaceState, OpenSpaceTopic } from '@cercle/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveTargets } from './keyboard-move.ts';
import type { GridCell } from './model.ts';
import type { Sender } from './use-send.tsx';

export const DRAG_TYPE = 'text/plain';

export function SessionCard({
  topic,
  cell,
  os,
  sender,
  onPickUp,
  onDrag,
  onMove,
  onUnplace,
}: {
  topic: OpenSpaceTopic;
  cell: GridCell | null;
  os: OpenSpaceState;
  sender: Sender;
  onPickUp: () => void;
  onDrag: (dragging: boolean) => void;
  onMove: (slotId: string, spaceId: string) => void;
  onUnplace: () => void;
}) {
  const { t } = useTranslation();
  const targets = moveTargets(os);
  const here = cell ? `${cell.slotId}|${cell.spaceId}` : '';
  const [target, setTarget] = useState('');
  const chosen = targets.find((x) => x.value === target);
  const selectId = `os-move-${topic.id}`;
  const flagged = (cell?.flags.length ?? 0) > 0;
  return (
    // Dragging is the mouse's shortcut; the card's buttons and select are the keyboard's way.
    // biome-ignore lint/a11y/noStaticElementInteractions: the same moves are buttons inside the card
    <div
      className={flagged ? 'os-card os-card-flagged' : 'os-card'}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, topic.id);
        e.dataTransfer.effectAllowed = 'move';
        onDrag(true);
      }}
      onDragEnd={() => onDrag(false)}
      data-testid="os-card"
      data-session-id={topic.id}
    >
      <p className="os-card-title">{topic.title}</p>
      <p className="muted">{t('openspace.convener', { name: topic.convenerName })}</p>
      {cell && (
        <p className="os-present" data-testid="os-present">
          {t('openspace.present', { count: cell.present })}
        </p>
      )}
      {cell?.flags.map((f) => (
        <p
          key={`${f.rule}-${f.sessionIds.join()}`}
          className="os-flag"
          data-testid="os-flag"
          data-rule={f.rule}
        >
          <span aria-hidden="true">⚠ </span>
          {f.rule === 'OS-22' || f.rule === 'OS-23'
            ? t(`openspace.flag.${f.rule}`)
            : t('openspace.flag.other', { rule: f.rule })}
        </p>
      ))}
      <div className="os-card-tools">
        <button
          type="button"
          className="secondary small"
          data-pickup={topic.id}
          onClick={onPickUp}
          disabled={sender.busy}
        >
          {t('openspace.pickUp')}
          <span className="visually-hidden"> : {topic.title}</span>
        </button>
        <label htmlFor={selectId} className="visually-hidden">
          {t('openspace.moveToTopic', { title: topic.title })}
        </label>
        <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('openspace.moveTo')}</option>
          {targets
            .filter((x) => x.value !== here)
            .map((x) => (
              <option key={x.value} value={x.value}>
                {x.occupant ? `${x.label} (${x.occupant})` : x.label}
              </option>
            ))}
        </select>
        <button
          type="button"
          className="secondary small"
          disabled={!chosen || sender.busy}
          onClick={() => {
            if (chosen) onMove(chosen.slotId, chosen.spaceId);
            setTarget('');
          }}
        >
          {t('openspace.move')}
          <span className="visually-hidden"> : {topic.title}</span>
        </button>
        {cell && (
          <button type="button" className="secondary small" onClick={onUnplace} disabled={sender.busy}>
            {t('openspace.unplace')}
            <span className="visually-hidden"> : {topic.title}</span>
          </button>
        )}
      </div>
    </div>
  );
}
