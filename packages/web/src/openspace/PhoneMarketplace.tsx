/** The marketplace on a phone: propose a topic (and convene it), mark the topics that interest me. */
import { OPEN_SPACE_LIMITS, type OpenSpaceState, type OpenSpaceTopic } from '@cercle/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field.tsx';
import type { LiveConnection } from '../live/connection.ts';
import { type Own, shownInterestCount } from './model.ts';
import { SendMessage, useSend } from './use-send.tsx';

export function PhoneMarketplace({
  os,
  own,
  me,
  connection,
  disabled,
  onInterest,
}: {
  os: OpenSpaceState;
  own: Own;
  me: string;
  connection: LiveConnection;
  disabled: boolean;
  onInterest: (topicId: string, marked: boolean) => void;
}) {
  const { t } = useTranslation();
  const proposing = useSend(connection);
  const marking = useSend(connection);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  async function propose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (title.trim() === '') {
      setTitleError(t('openspace.titleRequired'));
      form.querySelector<HTMLElement>('[name="topic-title"]')?.focus();
      return;
    }
    setTitleError(null);
    const ok = await proposing.send(
      { kind: 'openspace.topic.propose', title: title.trim(), description: description.trim() },
      t('openspace.proposed'),
    );
    if (ok) {
      setTitle('');
      setDescription('');
    }
  }

  async function toggle(topic: OpenSpaceTopic) {
    const marked = !own.interests.has(topic.id);
    setPending((p) => new Set(p).add(topic.id));
    const ok = await marking.send(
      { kind: 'openspace.interest', topicId: topic.id, interested: marked },
      t(marked ? 'openspace.interestSaved' : 'openspace.interestRemoved', { title: topic.title }),
    );
    if (ok) onInterest(topic.id, marked);
    setPending((p) => {
      const next = new Set(p);
      next.delete(topic.id);
      return next;
    });
  }

  return (
    <section className="stack" aria-labelledby="os-market-title">
      <h3 id="os-market-title">{t('openspace.marketplace')}</h3>
      {!disabled && (
        <form onSubmit={propose} noValidate className="stack os-propose" aria-labelledby="os-propose-title">
          <h4 id="os-propose-title">{t('openspace.proposeTitle')}</h4>
          <p className="muted">{t('openspace.proposeLead')}</p>
          <Field
            label={t('openspace.topicTitle')}
            hint={t('openspace.charCount', { count: title.length, max: OPEN_SPACE_LIMITS.topicTitleMax })}
            error={titleError}
          >
            {(props) => (
              <input
                {...props}
                name="topic-title"
                maxLength={OPEN_SPACE_LIMITS.topicTitleMax}
                autoComplete="off"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('openspace.topicDescription')}>
            {(props) => (
              <textarea
                {...props}
                name="topic-description"
                rows={3}
                maxLength={OPEN_SPACE_LIMITS.topicDescriptionMax}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary big" disabled={proposing.busy}>
            {proposing.busy ? t('openspace.sending') : t('openspace.propose')}
          </button>
          <SendMessage sender={proposing} testId="os-propose-status" />
        </form>
      )}
      <h4 id="os-topics-title">{t('openspace.topics', { count: os.topics.length })}</h4>
      {os.topics.length === 0 ? (
        <p className="muted">{t('openspace.noTopics')}</p>
      ) : (
        <ul className="os-topics" aria-labelledby="os-topics-title">
          {os.topics.map((topic) => {
            const mine = topic.convenerId === me;
            const marked = own.interests.has(topic.id);
            return (
              <li key={topic.id} className="os-topic" data-testid="os-topic">
                <p className="os-topic-title">{topic.title}</p>
                {topic.description && <p className="pre-line">{topic.description}</p>}
                <p className="muted">
                  {mine ? t('openspace.youConvene') : t('openspace.convener', { name: topic.convenerName })}
                </p>
                <p className="muted" data-testid="os-interest-count">
                  {t('openspace.interestedCount', { count: shownInterestCount(os, own, topic.id) })}
                </p>
                {!mine && !disabled && (
                  <button
                    type="button"
                    className={marked ? 'primary os-toggle' : 'secondary os-toggle'}
                    aria-pressed={marked}
                    disabled={pending.has(topic.id)}
                    onClick={() => void toggle(topic)}
                  >
                    {marked && <span aria-hidden="true">✓ </span>}
                    {t('openspace.interested')}
                    <span className="visually-hidden"> : {topic.title}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <SendMessage sender={marking} />
    </section>
  );
}
