/**
 * My agenda on the phone (the sessions I convene or marked, slot by slot) and the law of two
 * feet: for each slot, the sessions on the wall with "I am here", or "I am walking around".
 */
import type { OpenSpaceState } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import type { LiveConnection } from '../live/connection.ts';
import { buildGrid, mySessions, type Own, slotText } from './model.ts';
import { SendMessage, useSend } from './use-send.tsx';

export function PhoneAgenda({
  os,
  own,
  me,
  connection,
  disabled,
  onCheckIn,
}: {
  os: OpenSpaceState;
  own: Own;
  me: string;
  connection: LiveConnection;
  disabled: boolean;
  onCheckIn: (slotId: string, sessionId: string | null) => void;
}) {
  const { t } = useTranslation();
  const checking = useSend(connection);
  if (os.agenda.length === 0) {
    return (
      <section className="stack" aria-labelledby="os-agenda-title">
        <h3 id="os-agenda-title">{t('openspace.myAgenda')}</h3>
        <p className="muted">{t('openspace.noAgenda')}</p>
      </section>
    );
  }
  const grid = buildGrid(os);
  const spaceName = new Map(os.spaces.map((s) => [s.id, s.name]));
  const titles = new Map(os.topics.map((x) => [x.id, x.title]));
  const where = new Map(os.agenda.map((p) => [p.sessionId, spaceName.get(p.spaceId) ?? '']));

  async function checkIn(slotId: string, sessionId: string | null) {
    const ok = await checking.send(
      { kind: 'openspace.checkin', sessionId, slotId },
      t('openspace.checkedIn'),
    );
    if (ok) onCheckIn(slotId, sessionId);
  }

  return (
    <>
      <section className="stack" aria-labelledby="os-agenda-title" data-testid="os-my-agenda">
        <h3 id="os-agenda-title">{t('openspace.myAgenda')}</h3>
        {mySessions(os, me, own).map(({ slot, sessions }) => (
          <div key={slot.id} className="os-slot">
            <h4>{slotText(slot)}</h4>
            {sessions.length === 0 ? (
              <p className="muted">{t('openspace.nothingForMe')}</p>
            ) : (
              <ul className="os-plain-list">
                {sessions.map(({ topic, spaceName: space, convening }) => (
                  <li key={topic.id}>
                    <strong>{topic.title}</strong> — {t('openspace.inSpace', { space })}
                    {convening && <span className="os-chip">{t('openspace.youConvene')}</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
      <section className="stack" aria-labelledby="os-feet-title" data-testid="os-two-feet">
        <h3 id="os-feet-title">{t('openspace.twoFeet')}</h3>
        <p className="muted">{t('openspace.twoFeetLead')}</p>
        {grid.map(({ slot, cells }) => {
          const place = own.places[slot.id];
          const placed = cells.filter((c) => c.topic);
          return (
            <div key={slot.id} className="os-slot" data-testid="os-slot">
              <h4>{slotText(slot)}</h4>
              <p className="os-where" data-testid="os-where">
                {place
                  ? t('openspace.hereNow', { title: titles.get(place) ?? '', space: where.get(place) ?? '' })
                  : place === null
                    ? t('openspace.walkingNow')
                    : t('openspace.notSaid')}
              </p>
              <ul className="os-plain-list">
                {placed.map(({ topic, spaceId, present }) =>
                  topic ? (
                    <li key={topic.id} className="os-session-line" data-testid="os-session">
                      <span>
                        <strong>{topic.title}</strong> — {spaceName.get(spaceId)}
                        <span className="muted"> · {t('openspace.present', { count: present })}</span>
                      </span>
                      {!disabled && (
                        <button
                          type="button"
                          className={place === topic.id ? 'primary small' : 'secondary small'}
                          aria-pressed={place === topic.id}
                          disabled={checking.busy}
                          onClick={() => void checkIn(slot.id, topic.id)}
                        >
                          {t('openspace.iAmHere')}
                          <span className="visually-hidden"> : {topic.title}</span>
                        </button>
                      )}
                    </li>
                  ) : null,
                )}
              </ul>
              {!disabled && (
                <button
                  type="button"
                  className="secondary small"
                  aria-pressed={place === null}
                  disabled={checking.busy}
                  onClick={() => void checkIn(slot.id, null)}
                >
                  {t('openspace.walking')}
                  <span className="visually-hidden"> : {slotText(slot)}</span>
                </button>
              )}
            </div>
          );
        })}
        <SendMessage sender={checking} testId="os-checkin-status" />
      </section>
    </>
  );
}
