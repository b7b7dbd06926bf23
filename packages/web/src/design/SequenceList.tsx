import {
  describeWarning,
  type GroupForm,
  type Locale,
  type MethodLibrary,
  type RunWarning,
  type Workshop,
} from '@cercle/core';
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DayGroup, formatDay, type ScheduledItem } from './builder-model.ts';

export type RowControl = 'drag' | 'up' | 'down' | 'moveTo' | 'edit' | 'duplicate' | 'remove' | 'select';

export interface SequenceListProps {
  workshop: Workshop;
  groups: DayGroup[];
  library: MethodLibrary;
  canEdit: boolean;
  selectedId: string | null;
  checked: ReadonlySet<string>;
  sequenceIssues: Record<string, Record<string, string>>;
  onMove: (
    id: string,
    move: { kind: 'up' } | { kind: 'down' } | { kind: 'to'; index: number },
    control: RowControl,
  ) => void;
  onEdit: (id: string) => void;
  onDuplicate: (id: string) => void;
  onRemove: (id: string) => void;
  onCheck: (id: string, checked: boolean) => void;
}

export function useGroupLabel(): (group: GroupForm) => string {
  const { t } = useTranslation();
  return (group) => {
    const form = t(`design.groups.${group.kind}`);
    return 'size' in group ? t('design.groupWithSize', { form, size: group.size }) : form;
  };
}

export function useWarningText(): (w: RunWarning) => string {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  return (w) => describeWarning(w, locale);
}

export function SequenceList(props: SequenceListProps) {
  const { t, i18n } = useTranslation();
  const { workshop, groups, canEdit, onMove } = props;
  const ids = workshop.sequences.map((s) => s.id);
  const total = ids.length;
  const [moveToOpen, setMoveToOpen] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const titleOf = (id: string | number) => workshop.sequences.find((s) => s.id === id)?.title ?? '';
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('builder.dnd.start', { title: titleOf(active.id), position: positionOf(active.id), total }),
    onDragOver: ({ active, over }) =>
      over
        ? t('builder.dnd.over', { title: titleOf(active.id), position: positionOf(over.id), total })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('builder.dnd.end', { title: titleOf(active.id), position: positionOf(over.id), total })
        : t('builder.dnd.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('builder.dnd.cancel', { title: titleOf(active.id) }),
  };

  function dragEnd(event: DragEndEvent) {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    onMove(String(active.id), { kind: 'to', index: ids.indexOf(String(over.id)) }, 'drag');
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={dragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('builder.dnd.instructions') },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={!canEdit}>
        {groups.map((group) => (
          <section key={group.day} className="day-block" aria-labelledby={`day-heading-${group.day}`}>
            <h3 id={`day-heading-${group.day}`}>
              {t('builder.dayHeading', {
                day: group.day + 1,
                date: formatDay(group.date, i18n.language, 'full'),
                start: group.start,
                end: group.plannedEnd,
              })}
            </h3>
            <p className={group.overrunMinutes > 0 ? 'day-totals overrun' : 'day-totals muted'}>
              {t('builder.dayTotals', { end: group.computedEnd, total: group.totalMinutes })}
            </p>
            {group.warnings.length > 0 && <WarningList warnings={group.warnings} />}
            {group.items.length === 0 ? (
              <p className="muted">{t('builder.dayEmpty')}</p>
            ) : (
              <ol className="sequence-list">
                {group.items.map((item) => (
                  <SequenceRow
                    key={item.sequence.id}
                    {...props}
                    item={item}
                    total={total}
                    moveToOpen={moveToOpen === item.sequence.id}
                    setMoveToOpen={(open) => setMoveToOpen(open ? item.sequence.id : null)}
                  />
                ))}
              </ol>
            )}
          </section>
        ))}
      </SortableContext>
    </DndContext>
  );
}

export function WarningList({ warnings }: { warnings: RunWarning[] }) {
  const { t } = useTranslation();
  const text = useWarningText();
  return (
    <ul className="warnings">
      {warnings.map((w) => (
        <li
          key={`${w.rule}-${w.sequenceId ?? ''}-${w.day ?? ''}`}
          className={`warning warning-${w.severity}`}
          data-testid="warning"
          data-rule={w.rule}
        >
          {t('builder.warning', { rule: w.rule, message: text(w) })}
        </li>
      ))}
    </ul>
  );
}

function SequenceRow({
  item,
  total,
  workshop,
  library,
  canEdit,
  selectedId,
  checked,
  sequenceIssues,
  onMove,
  onEdit,
  onDuplicate,
  onRemove,
  onCheck,
  moveToOpen,
  setMoveToOpen,
}: SequenceListProps & {
  item: ScheduledItem;
  total: number;
  moveToOpen: boolean;
  setMoveToOpen: (open: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const groupLabel = useGroupLabel();
  const { sequence, index } = item;
  const title = sequence.title;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: sequence.id,
      disabled: !canEdit,
      attributes: { roleDescription: t('builder.dnd.roleDescription') },
    });
  const method = library.get(sequence.methodId);
  const lang: Locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  const methodName = method ? method.name[lang] : sequence.methodId;
  const issues = sequenceIssues[sequence.id];
  const issuesId = `issues-${sequence.id}`;
  const warningsId = `warnings-${sequence.id}`;
  const describedBy = [item.warnings.length ? warningsId : null, issues ? issuesId : null]
    .filter(Boolean)
    .join(' ');
  const first = index === 0 && sequence.day === 0;
  const last = index === workshop.sequences.length - 1 && sequence.day === workshop.days.length - 1;
  const selected = selectedId === sequence.id;
  const classes = [
    'sequence-row',
    selected ? 'selected' : '',
    isDragging ? 'dragging' : '',
    item.warnings.some((w) => w.severity === 'warning') ? 'has-warning' : '',
    issues ? 'has-issue' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={classes}
      data-testid="sequence-row"
      data-sequence-id={sequence.id}
      aria-describedby={describedBy || undefined}
    >
      <div className="sequence-head">
        {canEdit && (
          <button
            type="button"
            className="drag-handle"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={t('builder.drag', { title })}
            data-control="drag"
          >
            <span aria-hidden="true">⋮⋮</span>
          </button>
        )}
        <span className="sequence-time" data-testid="sequence-time">
          {t('builder.time', { start: item.start, end: item.end })}
        </span>
        <div className="sequence-main">
          <span className="sequence-title">
            <span className="visually-hidden">
              {t('builder.position', { position: index + 1, total })} —{' '}
            </span>
            <span data-testid="sequence-title">{title}</span>
          </span>
          <span className="sequence-meta muted">
            <span data-testid="sequence-duration">
              {t('builder.durationValue', { count: sequence.durationMinutes })}
            </span>
            {' · '}
            {groupLabel(sequence.group)}
            {' · '}
            {t('builder.methodLabel', { method: methodName })}
          </span>
        </div>
        {canEdit && (
          <label className="sequence-check">
            <input
              type="checkbox"
              checked={checked.has(sequence.id)}
              onChange={(e) => onCheck(sequence.id, e.target.checked)}
              data-control="select"
            />
            <span className="visually-hidden">{t('builder.select', { title })}</span>
          </label>
        )}
      </div>
      {item.warnings.length > 0 && (
        <div id={warningsId}>
          <WarningList warnings={item.warnings} />
        </div>
      )}
      {issues && (
        <ul className="issues" id={issuesId}>
          {Object.entries(issues).map(([field, message]) => (
            <li key={field} className="field-error">
              {field ? <code>{field}</code> : null} {message}
            </li>
          ))}
        </ul>
      )}
      <div className="sequence-actions">
        <button
          type="button"
          className={selected ? 'primary small' : 'secondary small'}
          aria-label={t('builder.edit', { title })}
          aria-expanded={selected}
          aria-controls="sequence-editor"
          onClick={() => onEdit(sequence.id)}
          data-control="edit"
        >
          {t('builder.editShort')}
        </button>
        {canEdit && (
          <>
            <button
              type="button"
              className="secondary small"
              aria-label={t('builder.moveUp', { title })}
              aria-disabled={first}
              onClick={() => !first && onMove(sequence.id, { kind: 'up' }, 'up')}
              data-control="up"
            >
              {t('builder.moveUpShort')}
            </button>
            <button
              type="button"
              className="secondary small"
              aria-label={t('builder.moveDown', { title })}
              aria-disabled={last}
              onClick={() => !last && onMove(sequence.id, { kind: 'down' }, 'down')}
              data-control="down"
            >
              {t('builder.moveDownShort')}
            </button>
            <button
              type="button"
              className="secondary small"
              aria-label={t('builder.moveTo', { title })}
              aria-expanded={moveToOpen}
              onClick={() => setMoveToOpen(!moveToOpen)}
              data-control="moveTo"
            >
              {t('builder.moveToShort')}
            </button>
            <button
              type="button"
              className="secondary small"
              aria-label={t('builder.duplicate', { title })}
              onClick={() => onDuplicate(sequence.id)}
              data-control="duplicate"
            >
              {t('builder.duplicateShort')}
            </button>
            <button
              type="button"
              className="danger small"
              aria-label={t('builder.remove', { title })}
              onClick={() => onRemove(sequence.id)}
              data-control="remove"
            >
              {t('builder.removeShort')}
            </button>
          </>
        )}
      </div>
      {moveToOpen && (
        <MoveToForm
          workshop={workshop}
          index={index}
          title={title}
          onCancel={() => {
            setMoveToOpen(false);
            requestAnimationFrame(() =>
              document
                .querySelector<HTMLElement>(`[data-sequence-id="${sequence.id}"] [data-control="moveTo"]`)
                ?.focus(),
            );
          }}
          onMove={(to) => {
            setMoveToOpen(false);
            onMove(sequence.id, { kind: 'to', index: to }, 'moveTo');
          }}
        />
      )}
    </li>
  );
}

function MoveToForm({
  workshop,
  index,
  title,
  onMove,
  onCancel,
}: {
  workshop: Workshop;
  index: number;
  title: string;
  onMove: (index: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [to, setTo] = useState(index);
  const total = workshop.sequences.length;

  function submit(event: FormEvent) {
    event.preventDefault();
    onMove(to);
  }

  return (
    <form
      className="move-to"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={id}>{t('builder.moveToPosition', { title })}</label>
      <select
        id={id}
        value={to}
        onChange={(e) => setTo(Number(e.target.value))}
        // biome-ignore lint/a11y/noAutofocus: the user just asked for this control
        autoFocus
      >
        {workshop.sequences.map((s, i) => (
          <option key={s.id} value={i}>
            {t('builder.moveToOption', { position: i + 1, total, title: s.title })}
          </option>
        ))}
      </select>
      <button type="submit" className="primary small">
        {t('builder.moveToConfirm')}
      </button>
      <button type="button" className="secondary small" onClick={onCancel}>
        {t('builder.cancel')}
      </button>
    </form>
  );
}
