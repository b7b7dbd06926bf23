/** The themes (clusters) of the harvest: each a drop target, renamed, merged or deleted here. */
import { useDroppable } from '@dnd-kit/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HarvestCluster } from './harvest-types.ts';

export interface ClusterActions {
  canEdit: boolean;
  selectedCount: number;
  onCreate: (name: string) => Promise<boolean>;
  onRename: (cluster: HarvestCluster, name: string) => void;
  onMerge: (cluster: HarvestCluster, into: string) => void;
  onDelete: (cluster: HarvestCluster) => void;
  onShow: (clusterId: string) => void;
}

export function ClusterPanel({ clusters, actions }: { clusters: HarvestCluster[]; actions: ClusterActions }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');

  async function create(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    if (await actions.onCreate(name.trim())) setName('');
  }

  return (
    <section className="panel harvest-clusters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('harvest.clusters')}</h2>
      {clusters.length === 0 ? (
        <p className="muted">{t('harvest.noClusters')}</p>
      ) : (
        <ul className="harvest-cluster-list">
          {clusters.map((c) => (
            <ClusterRow
              key={c.id}
              cluster={c}
              others={clusters.filter((o) => o.id !== c.id)}
              actions={actions}
            />
          ))}
        </ul>
      )}
      {actions.canEdit && (
        <form className="stack" onSubmit={create}>
          <label htmlFor={`${id}-name`}>{t('harvest.clusterName')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={120}
            required
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="primary">
            {actions.selectedCount > 0
              ? t('harvest.createFromSelection', { count: actions.selectedCount })
              : t('harvest.newCluster')}
          </button>
        </form>
      )}
    </section>
  );
}

function ClusterRow({
  cluster,
  others,
  actions,
}: {
  cluster: HarvestCluster;
  others: HarvestCluster[];
  actions: ClusterActions;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { setNodeRef, isOver } = useDroppable({ id: `cluster:${cluster.id}`, data: { name: cluster.name } });
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(cluster.name);
  const [into, setInto] = useState('');

  function rename(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    actions.onRename(cluster, name.trim());
    setRenaming(false);
  }

  return (
    <li ref={setNodeRef} className={`harvest-cluster${isOver ? ' over' : ''}`} data-testid="harvest-cluster">
      <p className="harvest-cluster-title">
        <strong>{cluster.name}</strong>{' '}
        <span className="muted">{t('harvest.count', { count: cluster.count })}</span>
        {cluster.origin === 'suggested' && <span className="harvest-chip">{t('harvest.suggested')}</span>}
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => actions.onShow(cluster.id)}>
          {t('harvest.show')}
        </button>
        {actions.canEdit && !renaming && (
          <button type="button" className="secondary" onClick={() => setRenaming(true)}>
            {t('harvest.rename')}
          </button>
        )}
        {actions.canEdit && (
          <button type="button" className="secondary danger" onClick={() => actions.onDelete(cluster)}>
            {t('harvest.delete')}
          </button>
        )}
      </div>
      {renaming && (
        <form className="inline-form" onSubmit={rename}>
          <label htmlFor={`${id}-rename`}>{t('harvest.clusterName')}</label>
          <input id={`${id}-rename`} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="primary">
            {t('harvest.save')}
          </button>
          <button type="button" className="secondary" onClick={() => setRenaming(false)}>
            {t('harvest.cancel')}
          </button>
        </form>
      )}
      {actions.canEdit && others.length > 0 && (
        <div className="inline-form">
          <label htmlFor={`${id}-merge`}>{t('harvest.mergeInto')}</label>
          <select id={`${id}-merge`} value={into} onChange={(e) => setInto(e.target.value)}>
            <option value="">—</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="secondary"
            disabled={!into}
            onClick={() => actions.onMerge(cluster, into)}
          >
            {t('harvest.merge')}
          </button>
        </div>
      )}
    </li>
  );
}
