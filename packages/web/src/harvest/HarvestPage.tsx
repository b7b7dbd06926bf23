/**
 * The harvest board of a mission (issue #6): every workshop contribution with its source,
 * search and filters, themes made by hand (drag and drop, or "Move to…" by keyboard) or accepted
 * from suggestions.
 */
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type ApiError, api, toApiError } from '../api.ts';
import type { MissionAnswer, Organisation } from '../api-types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useApi, useDocumentTitle } from '../hooks.ts';
import { ClusterPanel } from './ClusterPanel.tsx';
import { HarvestItemCard } from './HarvestItems.tsx';
import { boardQuery, workshopsOf } from './harvest-model.ts';
import type { HarvestBoard, HarvestCluster, HarvestFilters, SuggestedTheme } from './harvest-types.ts';
import { PhotosPanel } from './PhotosPanel.tsx';
import { ReportPanel } from './ReportPanel.tsx';
import { addHarvestStrings } from './strings.ts';
import { type Draft, SuggestForm, ThemeSuggestions } from './ThemeSuggestions.tsx';
import './harvest.css';

addHarvestStrings();

const NO_FILTERS: HarvestFilters = { q: '', workshopId: '', tag: '', clusterId: '' };

export function HarvestPage() {
  const { t } = useTranslation();
  const id = useId();
  const { orgId = '', missionId = '' } = useParams();
  const orgBase = `/api/organisations/${encodeURIComponent(orgId)}`;
  const missionBase = `${orgBase}/missions/${encodeURIComponent(missionId)}`;
  const base = `${missionBase}/harvest`;
  const org = useApi<{ organisation: Organisation }>(orgBase);
  const mission = useApi<MissionAnswer>(missionBase);
  const [draftFilters, setDraftFilters] = useState<HarvestFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<HarvestFilters>(NO_FILTERS);
  const board = useApi<HarvestBoard>(`${base}${boardQuery(filters)}`);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [moveTarget, setMoveTarget] = useState('');
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );
  useDocumentTitle(mission.data ? `${t('harvest.title')} — ${mission.data.mission.title}` : undefined);

  const canEdit = org.data ? org.data.organisation.role !== 'observer' : false;
  const clusters = board.data?.clusters ?? [];
  const items = board.data?.items ?? [];
  const clusterName = (clusterId: string) => clusters.find((c) => c.id === clusterId)?.name ?? '';

  /** Runs a write, then reloads the board; errors are shown, never thrown at the user. */
  async function act(run: () => Promise<unknown>, done?: string): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await run();
      setStatus(done ?? t('harvest.saved'));
      board.reload();
      return true;
    } catch (e) {
      setError(toApiError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const assign = (itemKeys: string[], clusterId: string | null) =>
    act(() => api(`${base}/items/assign`, { method: 'POST', body: { itemKeys, clusterId } })).then((ok) => {
      if (ok) setSelected(new Set());
      return ok;
    });

  /** The selected notes say the same thing: the first written stays, the others point to it. */
  async function markDuplicates() {
    const chosen = items.filter((i) => selected.has(i.key));
    const [original, ...copies] = chosen;
    if (!original) return;
    const ok = await act(
      () =>
        Promise.all(
          copies.map((c) =>
            api(`${base}/items/${encodeURIComponent(c.key)}`, {
              method: 'PATCH',
              body: { duplicateOf: original.key },
            }),
          ),
        ),
      t('harvest.duplicatesMarked', { count: copies.length }),
    );
    if (ok) setSelected(new Set());
  }

  async function suggest(k: number | null) {
    setBusy(true);
    setError(null);
    try {
      const answer = await api<{ themes: SuggestedTheme[]; duplicates: string[][] }>(
        `${base}/themes/suggest`,
        {
          method: 'POST',
          body: k ? { k } : {},
        },
      );
      setDrafts(answer.themes.map((theme) => ({ ...theme, keep: true })));
      setStatus(t('harvest.duplicatesFound', { count: answer.duplicates.length }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  async function acceptKept() {
    const kept = (drafts ?? []).filter((d) => d.keep && d.name.trim());
    const ok = await act(
      () =>
        api(`${base}/themes/accept`, {
          method: 'POST',
          body: {
            themes: kept.map((d) => ({ name: d.name.trim(), keyTerms: d.keyTerms, itemKeys: d.itemKeys })),
          },
        }),
      t('harvest.accepted', { count: kept.length }),
    );
    if (ok) setDrafts(null);
  }

  function applyFilters(event: FormEvent) {
    event.preventDefault();
    setFilters(draftFilters);
  }

  function dragEnd(event: DragEndEvent) {
    const over = event.over?.id;
    if (typeof over !== 'string' || !over.startsWith('cluster:')) return;
    void assign([String(event.active.id)], over.slice('cluster:'.length));
  }

  const announcements: Announcements = {
    onDragStart: () => t('harvest.dndStart'),
    onDragOver: ({ over }) =>
      over ? t('harvest.dndOver', { name: over.data.current?.name ?? '' }) : undefined,
    onDragEnd: ({ over }) =>
      over ? t('harvest.dndEnd', { name: over.data.current?.name ?? '' }) : t('harvest.dndCancel'),
    onDragCancel: () => t('harvest.dndCancel'),
  };

  if (mission.error) {
    return (
      <>
        <h1>{t('common.notFoundTitle')}</h1>
        <ErrorAlert error={mission.error} />
      </>
    );
  }

  const textOf = new Map(items.map((i) => [i.key, i.text]));
  const clusterActions = {
    canEdit,
    selectedCount: selected.size,
    onCreate: (name: string) =>
      act(() => api(`${base}/clusters`, { method: 'POST', body: { name, itemKeys: [...selected] } })).then(
        (ok) => {
          if (ok) setSelected(new Set());
          return ok;
        },
      ),
    onRename: (c: HarvestCluster, name: string) =>
      void act(() => api(`${base}/clusters/${c.id}`, { method: 'PATCH', body: { name } })),
    onMerge: (c: HarvestCluster, into: string) =>
      void act(() => api(`${base}/clusters/${c.id}/merge`, { method: 'POST', body: { into } })),
    onDelete: (c: HarvestCluster) => {
      if (window.confirm(t('harvest.deleteConfirm', { name: c.name })))
        void act(() => api(`${base}/clusters/${c.id}`, { method: 'DELETE' }));
    },
    onShow: (clusterId: string) => {
      const next = { ...draftFilters, clusterId };
      setDraftFilters(next);
      setFilters(next);
    },
  };

  return (
    <div className="stack-lg">
      <p>
        <Link to={`/org/${orgId}/missions/${missionId}`}>{t('harvest.back')}</Link>
      </p>
      <h1>{t('harvest.heading', { mission: mission.data?.mission.title ?? '' })}</h1>
      <p className="lead">{t('harvest.lead')}</p>
      <p role="status" className="muted">
        {status}
      </p>
      <ErrorAlert error={error ?? board.error} />

      <form className="panel harvest-filters" onSubmit={applyFilters}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('harvest.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={draftFilters.q}
            maxLength={200}
            aria-describedby={`${id}-q-hint`}
            onChange={(e) => setDraftFilters({ ...draftFilters, q: e.target.value })}
          />
          <p id={`${id}-q-hint`} className="hint">
            {t('harvest.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-workshop`}>{t('harvest.workshop')}</label>
          <select
            id={`${id}-workshop`}
            value={draftFilters.workshopId}
            onChange={(e) => setDraftFilters({ ...draftFilters, workshopId: e.target.value })}
          >
            <option value="">{t('harvest.all')}</option>
            {workshopsOf(items).map((w) => (
              <option key={w.id} value={w.id}>
                {w.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tag`}>{t('harvest.tag')}</label>
          <select
            id={`${id}-tag`}
            value={draftFilters.tag}
            onChange={(e) => setDraftFilters({ ...draftFilters, tag: e.target.value })}
          >
            <option value="">{t('harvest.all')}</option>
            {(board.data?.tags ?? []).map((tag) => (
              <option key={tag.tag} value={tag.tag}>
                {tag.tag} ({tag.count})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-cluster`}>{t('harvest.cluster')}</label>
          <select
            id={`${id}-cluster`}
            value={draftFilters.clusterId}
            onChange={(e) => setDraftFilters({ ...draftFilters, clusterId: e.target.value })}
          >
            <option value="">{t('harvest.all')}</option>
            <option value="none">{t('harvest.noCluster')}</option>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            {t('harvest.apply')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraftFilters(NO_FILTERS);
              setFilters(NO_FILTERS);
            }}
          >
            {t('harvest.reset')}
          </button>
        </div>
      </form>

      {canEdit && <SuggestForm busy={busy} onSuggest={(k) => void suggest(k)} />}
      {drafts && (
        <ThemeSuggestions
          drafts={drafts}
          setDrafts={setDrafts}
          busy={busy}
          onAccept={() => void acceptKept()}
          onDiscard={() => setDrafts(null)}
        />
      )}

      <DndContext
        sensors={sensors}
        onDragEnd={dragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('harvest.dndInstructions') },
        }}
      >
        <div className="harvest-grid">
          <ClusterPanel clusters={clusters} actions={clusterActions} />
          <section aria-labelledby={`${id}-items`}>
            <h2 id={`${id}-items`}>
              {board.data
                ? t('harvest.shown', { count: items.length, total: board.data.total })
                : t('common.loading')}
            </h2>
            {canEdit && selected.size > 0 && (
              <div className="inline-form panel">
                <label htmlFor={`${id}-bulk`}>{t('harvest.moveSelection', { count: selected.size })}</label>
                <select id={`${id}-bulk`} value={moveTarget} onChange={(e) => setMoveTarget(e.target.value)}>
                  <option value="">{t('harvest.noCluster')}</option>
                  {clusters.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={() => void assign([...selected], moveTarget || null)}
                >
                  {t('harvest.move')}
                </button>
                {selected.size > 1 && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() => void markDuplicates()}
                  >
                    {t('harvest.markDuplicates', { count: selected.size - 1 })}
                  </button>
                )}
              </div>
            )}
            {board.data && board.data.total === 0 && <p className="muted">{t('harvest.nothingYet')}</p>}
            {board.data && board.data.total > 0 && items.length === 0 && (
              <p className="muted">{t('harvest.empty')}</p>
            )}
            <ul className="harvest-items">
              {items.map((item) => (
                <HarvestItemCard
                  key={`${item.key}:${item.tags.join(',')}:${item.clusterId ?? ''}`}
                  item={item}
                  clusters={clusters}
                  duplicateText={item.duplicateOf ? (textOf.get(item.duplicateOf) ?? '') : null}
                  actions={{
                    canEdit,
                    selected: selected.has(item.key),
                    onSelect: (on) => {
                      const next = new Set(selected);
                      if (on) next.add(item.key);
                      else next.delete(item.key);
                      setSelected(next);
                    },
                    onMove: (clusterId) =>
                      void assign([item.key], clusterId).then(
                        (ok) =>
                          ok &&
                          setStatus(
                            clusterId
                              ? t('harvest.dndEnd', { name: clusterName(clusterId) })
                              : t('harvest.saved'),
                          ),
                      ),
                    onNotDuplicate: () =>
                      void act(() =>
                        api(`${base}/items/${encodeURIComponent(item.key)}`, {
                          method: 'PATCH',
                          body: { duplicateOf: null },
                        }),
                      ),
                    onMark: (patch) =>
                      void act(() =>
                        api(`${base}/items/${encodeURIComponent(item.key)}`, {
                          method: 'PATCH',
                          body: patch,
                        }),
                      ),
                  }}
                />
              ))}
            </ul>
          </section>
        </div>
      </DndContext>
      <PhotosPanel
        missionBase={missionBase}
        canEdit={canEdit}
        onAccepted={board.reload}
        tables={board.data?.tables ?? []}
      />
      <ReportPanel missionBase={missionBase} missionId={missionId} canEdit={canEdit} />
    </div>
  );
}
