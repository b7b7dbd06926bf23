import {
  BUILT_IN_METHODS,
  checkWorkshop,
  createMethodLibrary,
  duplicateSequence,
  insertFromMethod,
  METHOD_LIBRARY,
  type Method,
  type MethodLibrary,
  type Mission,
  type RunWarning,
  removeSequence,
  type SequencePatch,
  updateSequence,
  type Workshop,
} from '@cercle/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type ApiError, api, toApiError } from '../api.ts';
import type { MissionAnswer, Organisation } from '../api-types.ts';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert.tsx';
import { Autosaver, type SaveState } from '../design/autosave.ts';
import {
  addDay,
  applyMove,
  canRemoveLastDay,
  duplicateWorkshop,
  findWorkshop,
  groupByDay,
  hasIssues,
  type MappedIssues,
  type Move,
  mapIssues,
  normalizeMethods,
  removeLastDay,
  replaceWorkshop,
  updateDay,
} from '../design/builder-model.ts';
import { DaysEditor } from '../design/DaysEditor.tsx';
import { LibraryPanel } from '../design/LibraryPanel.tsx';
import { SaveAsMethod } from '../design/SaveAsMethod.tsx';
import { SequenceEditor } from '../design/SequenceEditor.tsx';
import { type RowControl, SequenceList, useWarningText } from '../design/SequenceList.tsx';
import { useApi, useDocumentTitle } from '../hooks.ts';

const SAVE_DELAY_MS = 800;
const newId = () => crypto.randomUUID();

function focusControl(sequenceId: string, control: RowControl): boolean {
  const el = document.querySelector<HTMLElement>(
    `[data-sequence-id="${CSS.escape(sequenceId)}"] [data-control="${control}"]`,
  );
  el?.focus();
  return Boolean(el);
}

export function WorkshopBuilderPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const warningText = useWarningText();
  const { orgId = '', missionId = '', workshopId = '' } = useParams();
  const orgBase = `/api/organisations/${encodeURIComponent(orgId)}`;
  const missionPath = `${orgBase}/missions/${encodeURIComponent(missionId)}`;
  const org = useApi<{ organisation: Organisation }>(orgBase);
  const methods = useApi<{ methods: Method[] }>(`${orgBase}/methods`);

  const [mission, setMission] = useState<Mission | null>(null);
  const missionRef = useRef<Mission | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [revision, setRevision] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [issues, setIssues] = useState<MappedIssues | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [copy, setCopy] = useState<{ workshopId: string } | null>(null);
  const saverRef = useRef<Autosaver<Mission> | null>(null);
  const pendingFocus = useRef<{ id: string; control: RowControl } | null>(null);
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const focusEditor = useRef(false);

  const found = mission ? findWorkshop(mission, workshopId) : null;
  const workshop = found?.workshop ?? null;
  useDocumentTitle(workshop ? t('builder.title', { title: workshop.title }) : undefined);

  // ——— Loading and saving ———

  const load = useCallback(async () => {
    try {
      const answer = await api<MissionAnswer>(missionPath);
      missionRef.current = answer.mission;
      setMission(answer.mission);
      setLoadError(null);
      setIssues(null);
      setSaveError(null);
      setRevision((r) => r + 1);
      saverRef.current?.reset(answer.version);
      return answer.version;
    } catch (e) {
      setLoadError(toApiError(e));
      return null;
    }
  }, [missionPath]);

  useEffect(() => {
    const saver = new Autosaver<Mission>(0, {
      delayMs: SAVE_DELAY_MS,
      save: async (doc, version) => {
        try {
          const answer = await api<MissionAnswer>(missionPath, {
            method: 'PUT',
            body: { mission: doc, version },
          });
          setIssues(null);
          setSaveError(null);
          return answer.version;
        } catch (e) {
          const error = toApiError(e);
          if (error.code === 'VALIDATION_FAILED') setIssues(mapIssues(doc, workshopId, error.issues));
          throw error;
        }
      },
      isConflict: (e) => toApiError(e).code === 'VERSION_CONFLICT' || toApiError(e).status === 409,
      onState: (state, error) => {
        setSaveState(state);
        if (state === 'error' || state === 'conflict') setSaveError(toApiError(error));
      },
    });
    saverRef.current = saver;
    void load();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (saver.hasUnsavedChanges) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      void saver.flush().finally(() => saver.dispose());
    };
  }, [load, missionPath, workshopId]);

  const commit = useCallback((next: Mission) => {
    if (next === missionRef.current) return;
    missionRef.current = next;
    setMission(next);
    saverRef.current?.change(next);
  }, []);

  const editWorkshop = useCallback(
    (edit: (w: Workshop) => Workshop) => {
      const current = missionRef.current;
      if (!current) return;
      try {
        commit(replaceWorkshop(current, workshopId, edit));
      } catch (e) {
        // The pure operations refuse bad input (DesignError); the page never sends it.
        console.error(e);
      }
    },
    [commit, workshopId],
  );

  const announce = useCallback((text: string) => {
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(text));
  }, []);

  // ——— Focus after a move, a removal or opening the editor ———

  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (want) {
      pendingFocus.current = null;
      if (!focusControl(want.id, want.control)) focusControl(want.id, 'edit');
    }
    if (focusEditor.current) {
      focusEditor.current = false;
      editorHeading.current?.focus();
    }
  });

  // ——— Library and warnings ———

  const library: MethodLibrary = useMemo(() => {
    try {
      return createMethodLibrary(normalizeMethods(methods.data?.methods ?? BUILT_IN_METHODS));
    } catch {
      return METHOD_LIBRARY;
    }
  }, [methods.data]);

  const warnings: RunWarning[] = useMemo(() => {
    if (!workshop) return [];
    try {
      return checkWorkshop(workshop, library);
    } catch {
      return [];
    }
  }, [workshop, library]);

  const groups = useMemo(() => {
    if (!workshop) return [];
    try {
      return groupByDay(workshop, warnings);
    } catch {
      return [];
    }
  }, [workshop, warnings]);

  if (loadError) {
    return (
      <>
        <h1>{t('common.notFoundTitle')}</h1>
        <ErrorAlert error={loadError} />
        <Link to={`/org/${orgId}/missions/${missionId}`}>{t('builder.backToMission')}</Link>
      </>
    );
  }
  if (!mission) return <p role="status">{t('common.loading')}</p>;
  if (!workshop) {
    return (
      <>
        <h1>{t('common.notFoundTitle')}</h1>
        <p className="alert" role="alert">
          {t('builder.notFound')}
        </p>
        <Link to={`/org/${orgId}/missions/${missionId}`}>{t('builder.backToMission')}</Link>
      </>
    );
  }

  const canEdit = org.data ? org.data.organisation.role !== 'observer' : false;
  const selected = workshop.sequences.find((s) => s.id === selectedId) ?? null;
  const titleOf = (id: string) => workshop.sequences.find((s) => s.id === id)?.title ?? '';

  // ——— Row actions ———

  function move(id: string, how: Move, control: RowControl) {
    const result = applyMove(workshop as Workshop, id, how);
    if (result.changed) editWorkshop(() => result.workshop);
    announce(t(result.announcement.key, result.announcement.params));
    pendingFocus.current = { id, control: control === 'drag' ? 'drag' : control };
    if (!result.changed) focusControl(id, control);
  }

  function edit(id: string) {
    if (selectedId === id) {
      setSelectedId(null);
      return;
    }
    setSelectedId(id);
    focusEditor.current = true;
  }

  function duplicate(id: string) {
    const copyId = newId();
    editWorkshop((w) => duplicateSequence(w, id, copyId));
    announce(t('builder.duplicated', { title: titleOf(id) }));
    pendingFocus.current = { id, control: 'duplicate' };
  }

  function remove(id: string) {
    const list = (workshop as Workshop).sequences;
    const i = list.findIndex((s) => s.id === id);
    const neighbour = list[i + 1] ?? list[i - 1];
    const title = titleOf(id);
    editWorkshop((w) => removeSequence(w, id));
    if (selectedId === id) setSelectedId(null);
    setChecked((c) => {
      const next = new Set(c);
      next.delete(id);
      return next;
    });
    announce(t('builder.removed', { title }));
    if (neighbour) pendingFocus.current = { id: neighbour.id, control: 'edit' };
    else requestAnimationFrame(() => document.getElementById('sequences-title')?.focus());
  }

  function patchSelected(patch: SequencePatch) {
    if (!selected) return;
    const id = selected.id;
    editWorkshop((w) => updateSequence(w, id, patch));
  }

  function insert(method: Method, day: number, index: number) {
    let count = 0;
    editWorkshop((w) => {
      const next = insertFromMethod(w, method, { locale: w.locale, idFactory: newId, day, index });
      count = next.sequences.length - w.sequences.length;
      return next;
    });
    const lang = i18n.language.startsWith('en') ? 'en' : 'fr';
    announce(t('builder.inserted', { method: method.name[lang], count }));
  }

  function closeEditor() {
    const id = selectedId;
    setSelectedId(null);
    if (id) pendingFocus.current = { id, control: 'edit' };
  }

  function duplicateThisWorkshop() {
    const current = missionRef.current;
    if (!current) return;
    const result = duplicateWorkshop(current, workshopId, newId, (title) =>
      t('builder.copySuffix', { title }),
    );
    if (!result) return;
    commit(result.mission);
    void saverRef.current?.flush().then(() => {
      setCopy({ workshopId: result.workshopId });
      announce(t('builder.workshopDuplicated'));
    });
  }

  async function reload() {
    setSelectedId(null);
    setChecked(new Set());
    await load();
  }

  const dayIssues = issues?.days ?? {};
  const workshopIssues = issues ? Object.entries(issues.workshop) : [];

  return (
    <div className="builder stack-lg">
      <p>
        <Link to={`/org/${orgId}/missions/${missionId}`}>{t('builder.backToMission')}</Link>
      </p>
      <div className="builder-head">
        <div>
          <h1>{t('builder.title', { title: workshop.title })}</h1>
          <p className="muted">
            {mission.title} · {t('builder.workshopMeta', { participants: workshop.expectedParticipants })}
          </p>
        </div>
        <div className="builder-tools">
          <p
            className={`save-status save-${saveState}`}
            role="status"
            aria-label={t('builder.saveStatus')}
            data-testid="save-status"
            data-state={saveState}
          >
            {t(`builder.save.${saveState}`)}
          </p>
          {canEdit && (
            <button type="button" className="secondary" onClick={duplicateThisWorkshop}>
              {t('builder.duplicateWorkshop')}
            </button>
          )}
        </div>
      </div>
      {!canEdit && org.data && <p className="notice">{t('builder.readOnly')}</p>}
      {copy && (
        <p className="notice" data-testid="workshop-copy">
          {t('builder.workshopDuplicated')}{' '}
          <Link to={`/org/${orgId}/missions/${missionId}/workshops/${copy.workshopId}`}>
            {t('builder.openCopy')}
          </Link>
        </p>
      )}
      {saveState === 'conflict' && (
        <div className="alert stack" role="alert" data-testid="version-conflict">
          <p>{t('builder.conflict')}</p>
          <button type="button" className="secondary" onClick={() => void reload()}>
            {t('builder.reload')}
          </button>
        </div>
      )}
      {saveState === 'error' && saveError && (
        <div className="alert stack" role="alert" data-testid="save-error">
          <p>{t('builder.saveFailed', { reason: errorText(saveError.code) })}</p>
          {issues && hasIssues(issues) && (
            <>
              <p>{t('builder.issuesTitle')}</p>
              <ul className="alert-detail">
                {workshopIssues.map(([field, message]) => (
                  <li key={field}>
                    <code>{field}</code> {message}
                  </li>
                ))}
                {issues.other.map((line) => (
                  <li key={line}>{line}</li>
                ))}
                {Object.entries(issues.days).map(([day, fields]) =>
                  Object.entries(fields).map(([field, message]) => (
                    <li key={`day-${day}-${field}`}>
                      {t('builder.dayLabel', { day: Number(day) + 1 })} <code>{field}</code> {message}
                    </li>
                  )),
                )}
                {Object.entries(issues.sequences).map(([id, fields]) =>
                  Object.entries(fields).map(([field, message]) => (
                    <li key={`${id}-${field}`}>
                      « {titleOf(id)} » <code>{field}</code> {message}
                    </li>
                  )),
                )}
              </ul>
            </>
          )}
          {saveError.code !== 'VALIDATION_FAILED' && (
            <button type="button" className="secondary" onClick={() => saverRef.current?.retry()}>
              {t('builder.retry')}
            </button>
          )}
        </div>
      )}

      <DaysEditor
        days={workshop.days}
        canEdit={canEdit}
        canRemove={canRemoveLastDay(workshop)}
        issues={dayIssues}
        revision={revision}
        onChange={(index, patch) => editWorkshop((w) => updateDay(w, index, patch))}
        onAdd={() => editWorkshop(addDay)}
        onRemoveLast={() => editWorkshop(removeLastDay)}
      />

      <section className="panel" aria-labelledby="warnings-title" data-testid="warnings-summary">
        <div role="status">
          <h2 id="warnings-title">{t('builder.warningsTitle', { count: warnings.length })}</h2>
          {warnings.length === 0 ? (
            <p className="muted">{t('builder.noWarnings')}</p>
          ) : (
            <ul className="warnings">
              {warnings.map((w) => (
                <li
                  key={`${w.rule}-${w.sequenceId ?? ''}-${w.day ?? ''}`}
                  className={`warning warning-${w.severity}`}
                  data-testid="warning-summary-item"
                  data-rule={w.rule}
                >
                  {t('builder.warning', { rule: w.rule, message: warningText(w) })}
                  {w.sequenceId && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          setSelectedId(w.sequenceId ?? null);
                          focusEditor.current = true;
                        }}
                      >
                        {t('builder.goToSequence', { title: titleOf(w.sequenceId) })}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <div className={selected ? 'builder-grid with-editor' : 'builder-grid'}>
        <section className="sequences" aria-labelledby="sequences-title">
          <div className="section-head">
            <h2 id="sequences-title" tabIndex={-1}>
              {t('builder.sequencesTitle')}
            </h2>
            {canEdit && (
              <button
                type="button"
                className="secondary"
                aria-expanded={libraryOpen}
                aria-controls="library-panel"
                onClick={() => setLibraryOpen((o) => !o)}
              >
                {libraryOpen ? t('builder.closeLibrary') : t('builder.openLibrary')}
              </button>
            )}
          </div>
          <div id="library-panel">
            {libraryOpen && canEdit && (
              <LibraryPanel workshop={workshop} library={library} onInsert={insert} />
            )}
          </div>
          <SequenceList
            workshop={workshop}
            groups={groups}
            library={library}
            canEdit={canEdit}
            selectedId={selectedId}
            checked={checked}
            sequenceIssues={issues?.sequences ?? {}}
            onMove={move}
            onEdit={edit}
            onDuplicate={duplicate}
            onRemove={remove}
            onCheck={(id, on) =>
              setChecked((c) => {
                const next = new Set(c);
                if (on) next.add(id);
                else next.delete(id);
                return next;
              })
            }
          />
          {canEdit && (
            <SaveAsMethod
              orgBase={orgBase}
              workshop={workshop}
              checked={checked}
              onSaved={(name) => {
                setChecked(new Set());
                methods.reload();
                announce(t('builder.methodSaved', { name }));
              }}
            />
          )}
        </section>
        <aside id="sequence-editor" className="editor-panel panel" aria-labelledby="sequence-editor-title">
          {selected ? (
            <SequenceEditor
              key={`${selected.id}-${revision}`}
              ref={editorHeading}
              sequence={selected}
              readOnly={!canEdit}
              issues={issues?.sequences[selected.id]}
              onChange={patchSelected}
              onClose={closeEditor}
            />
          ) : (
            <>
              <h2 id="sequence-editor-title" className="visually-hidden">
                {t('builder.editorTitle')}
              </h2>
              <p className="muted">{t('builder.editorEmpty')}</p>
            </>
          )}
        </aside>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
    </div>
  );
}
