/** One contribution on the harvest board: its text, source, tags, verbatim mark and "Move to…". */
import { useDraggable } from '@dnd-kit/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTags, sourceLine } from './harvest-model.ts';
import type { HarvestCluster, HarvestItemView } from './harvest-types.ts';

export interface ItemActions {
  canEdit: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onMove: (clusterId: string | null) => void;
  onMark: (patch: { tags?: string[]; verbatim?: boolean }) => void;
  onNotDuplicate: () => void;
}

export function HarvestItemCard({
  item,
  clusters,
  duplicateText,
  actions,
}: {
  item: HarvestItemView;
  clusters: readonly HarvestCluster[];
  duplicateText: string | null;
  actions: ItemActions;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [tags, setTags] = useState(item.tags.join(', '));
  const [target, setTarget] = useState(item.clusterId ?? '');
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: item.key,
    disabled: !actions.canEdit,
  });
  const cluster = clusters.find((c) => c.id === item.clusterId);
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;

  function saveTags(event: FormEvent) {
    event.preventDefault();
    actions.onMark({ tags: parseTags(tags) });
  }

  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`harvest-item${isDragging ? ' dragging' : ''}${actions.selected ? ' selected' : ''}`}
      data-testid="harvest-item"
      aria-labelledby={`${id}-text`}
    >
      <div className="harvest-item-head">
        {actions.canEdit && (
          <>
            <input
              type="checkbox"
              id={`${id}-select`}
              checked={actions.selected}
              onChange={(e) => actions.onSelect(e.target.checked)}
            />
            <label htmlFor={`${id}-select`} className="visually-hidden">
              {t('harvest.select')}
            </label>
            <button
              type="button"
              className="drag-handle"
              aria-label={t('harvest.dragHandle', { text: item.text.slice(0, 60) })}
              {...attributes}
              {...listeners}
            >
              <span aria-hidden="true">⠿</span>
            </button>
          </>
        )}
        <p id={`${id}-text`} className="harvest-text pre-line">
          {item.text}
        </p>
      </div>
      <p className="harvest-meta">
        {sourceLine(item)} — {item.author || t('harvest.anonymous')}
        {item.column ? ` — ${item.column}` : ''}
        {item.place
          ? ` — ${t('harvest.tablePlace', { title: item.place.title, round: item.place.round + 1, table: item.place.table + 1 })}`
          : ''}
      </p>
      <p className="harvest-meta">
        {cluster && <span className="harvest-chip">{t('harvest.inCluster', { name: cluster.name })}</span>}
        {item.tags.map((tag) => (
          <span key={tag} className="harvest-chip">
            #{tag}
          </span>
        ))}
        {item.verbatim && <span className="harvest-chip strong">{t('harvest.verbatim')}</span>}
        {duplicateText !== null && (
          <span className="harvest-chip">{t('harvest.duplicate', { text: duplicateText.slice(0, 60) })}</span>
        )}
      </p>
      {actions.canEdit && (
        <div className="harvest-item-tools">
          <div className="inline-form">
            <label htmlFor={`${id}-move`}>{t('harvest.moveTo')}</label>
            <select id={`${id}-move`} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t('harvest.noCluster')}</option>
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="secondary"
              disabled={target === (item.clusterId ?? '')}
              onClick={() => actions.onMove(target || null)}
            >
              {t('harvest.move')}
            </button>
          </div>
          <form className="inline-form" onSubmit={saveTags}>
            <label htmlFor={`${id}-tags`}>{t('harvest.tags')}</label>
            <input id={`${id}-tags`} value={tags} maxLength={400} onChange={(e) => setTags(e.target.value)} />
            <button type="submit" className="secondary">
              {t('harvest.saveTags')}
            </button>
          </form>
          <button
            type="button"
            className="secondary"
            aria-pressed={item.verbatim}
            title={t('harvest.verbatimHint')}
            onClick={() => actions.onMark({ verbatim: !item.verbatim })}
          >
            {t('harvest.verbatim')}
          </button>
          {item.duplicateOf && (
            <button type="button" className="secondary" onClick={actions.onNotDuplicate}>
              {t('harvest.notDuplicate')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
