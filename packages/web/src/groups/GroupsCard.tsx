/**
 * The phone's seat card: where to go this round, who is at the table, whom to interview. Read
 * aloud when it changes (a new round, a hand swap, roles swapped). Mobile-first, big type.
 */
import type { RoomState } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import { phoneCard } from './card-model.ts';
import { addGroupsStrings } from './strings.ts';
import './groups.css';

addGroupsStrings();

export function GroupsCard({ state, me }: { state: RoomState; me: string }) {
  const { t } = useTranslation();
  const card = phoneCard(state.groups, me);
  if (!card) return null;
  return (
    <section
      className={card.hosting ? 'panel groups-card groups-card-host' : 'panel groups-card'}
      aria-labelledby="groups-card-title"
      data-testid="groups-card"
      data-table={card.table ?? undefined}
      data-round={card.round + 1}
      data-hosting={card.hosting || undefined}
    >
      <h2 id="groups-card-title" className="visually-hidden">
        {t('groups.phone.title')}
      </h2>
      {/* One live region holding the whole card: a new round or a swap is read once, in full. */}
      <div aria-live="polite" aria-atomic="true" className="stack">
        <p className="groups-card-heading" data-testid="groups-card-heading">
          {t(card.heading.key, card.heading.params)}
        </p>
        {card.lines.map((line) => (
          <p key={line.key}>{t(line.key, line.params)}</p>
        ))}
        {card.mates.length > 0 && (
          <div>
            <p className="muted">{t('groups.phone.mates')}</p>
            <ul className="groups-mates" data-testid="groups-mates">
              {card.mates.map((name, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two people may share a nickname
                <li key={i}>{name}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
