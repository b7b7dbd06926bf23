/**
 * The marketplace as the facilitator runs it (OS-LIVE-1, OS-LIVE-2): every topic with its
 * interest count, edit and withdraw, and a topic proposed for someone without a phone.
 */
import { LIMITS, OPEN_SPACE_LIMITS, type OpenSpaceState, type OpenSpaceTopic } from '@cercle/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field.tsx';
import type { LiveConnection } from '../live/connection.ts';
import { type Sender, SendMessage, useSend } from './use-send.tsx';

export function TopicsAdmin({ os, connection }: { os: OpenSpaceState; connection: LiveConnection }) {
  const { t } = useTranslation();
  const sender = useSend(connection);
  const proxy = useSend(connection);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  async function propose(event: FormEvent) {
    event.preventDefault();
    const convenerName = name.trim();
    const ok = await proxy.send(
      { kind: 'openspace.topic.propose', title, description, convenerName },
      t('openspace.proxyProposed', { name: convenerName }),
    );
    if (ok) {
      setName('');
      setTitle('');
      setDescription('');
    }
  }

  return (
    <section className="stack" aria-labelledby="os-topics-admin-title">
      <h3 id="os-topics-admin-title">
        {t('openspace.topicsAdmin')} ({os.topics.length})
      </h3>
      {os.topics.length === 0 ? (
        <p className="muted">{t('openspace.noTopics')}</p>
      ) : (
        <ul className="os-topics">
          {os.topics.map((topic) => (
            <TopicRow key={topic.id} topic={topic} count={os.interestCounts[topic.id] ?? 0} sender={sender} />
          ))}
        </ul>
      )}
      <SendMessage sender={sender} testId="os-topics-status" />
      <details className="os-proxy">
        <summary>{t('openspace.proxyTitle')}</summary>
        <form onSubmit={propose} className="stack">
          <Field label={t('openspace.convenerName')}>
            {(props) => (
              <input
                {...props}
                name="convener-name"
                maxLength={LIMITS.nicknameMax}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('openspace.topicTitle')}>
            {(props) => (
              <input
                {...props}
                name="proxy-title"
                maxLength={OPEN_SPACE_LIMITS.topicTitleMax}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('openspace.topicDescription')}>
            {(props) => (
              <textarea
                {...props}
                name="proxy-description"
                rows={2}
                maxLength={OPEN_SPACE_LIMITS.topicDescriptionMax}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            )}
          </Field>
          <p>
            <button type="submit" className="primary" disabled={proxy.busy || !name.trim() || !title.trim()}>
              {t('openspace.propose')}
            </button>
          </p>
          <SendMessage sender={proxy} testId="os-proxy-status" />
        </form>
      </details>
    </section>
  );
}

function TopicRow({ topic, count, sender }: { topic: OpenSpaceTopic; count: number; sender: Sender }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<{ title: string; description: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const ok = await sender.send(
      { kind: 'openspace.topic.edit', topicId: topic.id, title: draft.title, description: draft.description },
      t('openspace.edited'),
    );
    if (ok) setDraft(null);
  }

  if (draft) {
    return (
      <li className="os-topic">
        <form onSubmit={save} className="stack" aria-label={t('openspace.editTopic', { title: topic.title })}>
          <Field label={t('openspace.topicTitle')}>
            {(props) => (
              <input
                {...props}
                maxLength={OPEN_SPACE_LIMITS.topicTitleMax}
                value={draft.title}
                onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('openspace.topicDescription')}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                maxLength={OPEN_SPACE_LIMITS.topicDescriptionMax}
                value={draft.description}
                onChange={(e) => setDraft({ ...draft, description: e.target.value })}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="primary small">
              {t('openspace.save')}
            </button>
            <button type="button" className="secondary small" onClick={() => setDraft(null)}>
              {t('openspace.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="os-topic" data-testid="os-admin-topic">
      <p className="os-topic-title">{topic.title}</p>
      <p className="muted">
        {t('openspace.convener', { name: topic.convenerName })} ·{' '}
        <span data-testid="os-admin-interest">{t('openspace.interestedCount', { count })}</span>
      </p>
      {topic.flagged && topic.flagged.length > 0 && (
        <p className="notice">{t('openspace.flagged', { words: topic.flagged.join(', ') })}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="secondary small"
          onClick={() => setDraft({ title: topic.title, description: topic.description })}
        >
          {t('openspace.edit')}
          <span className="visually-hidden"> : {topic.title}</span>
        </button>
        {confirming ? (
          <>
            <span role="alert">{t('openspace.withdrawConfirm', { title: topic.title })}</span>
            <button
              type="button"
              className="danger small"
              onClick={() =>
                void sender.send(
                  { kind: 'openspace.topic.withdraw', topicId: topic.id },
                  t('openspace.withdrawn'),
                )
              }
            >
              {t('openspace.withdrawTopic', { title: topic.title })}
            </button>
            <button type="button" className="secondary small" onClick={() => setConfirming(false)}>
              {t('openspace.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="secondary small" onClick={() => setConfirming(true)}>
            {t('openspace.withdraw')}
            <span className="visually-hidden"> : {topic.title}</span>
          </button>
        )}
      </div>
    </li>
  );
}
