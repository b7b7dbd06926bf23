/**
 * The participant's Open Space, on the phone: the marketplace, my agenda and where I am (law of
 * two feet), the report form and the news wall. Shown once the room has an Open Space (the
 * facilitator's grid or a first topic creates it).
 */
import type { OpenSpaceState, RoomState } from '@cercle/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveConnection } from '../live/connection.ts';
import { type Own, ownFromState } from './model.ts';
import { NewsWall } from './NewsWall.tsx';
import { EMPTY_OVERLAY, mergeOwn, type OwnOverlay, rememberOwn } from './own.ts';
import { PhoneAgenda } from './PhoneAgenda.tsx';
import { PhoneMarketplace } from './PhoneMarketplace.tsx';
import { ReportForm } from './ReportForm.tsx';
import { addOpenSpaceStrings } from './strings.ts';
import './openspace.css';

addOpenSpaceStrings();

export function OpenSpacePhone({
  state,
  connection,
  me,
  disabled,
}: {
  state: RoomState;
  connection: LiveConnection;
  me: string;
  disabled: boolean;
}) {
  const os = state.openSpace;
  if (!os) return null;
  return <PhoneScreens os={os} connection={connection} me={me} disabled={disabled} />;
}

/** What this phone knows of its own interests and check-ins: snapshots, then its acks. */
function useOwn(os: OpenSpaceState, me: string): [Own, (change: (o: OwnOverlay) => OwnOverlay) => void] {
  const seen = useRef<Own | null>(null);
  const base = useMemo(() => {
    const fresh = ownFromState(os, me);
    seen.current = seen.current ? rememberOwn(seen.current, fresh) : fresh;
    return seen.current;
  }, [os, me]);
  const [overlay, setOverlay] = useState<OwnOverlay>(EMPTY_OVERLAY);
  const own = useMemo(() => mergeOwn(base, overlay), [base, overlay]);
  return [own, setOverlay];
}

function PhoneScreens({
  os,
  connection,
  me,
  disabled,
}: {
  os: OpenSpaceState;
  connection: LiveConnection;
  me: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [own, changeOwn] = useOwn(os, me);
  return (
    <section className="panel stack os-phone" aria-labelledby="os-phone-title" data-testid="open-space">
      <h2 id="os-phone-title">{t('openspace.title')}</h2>
      <PhoneMarketplace
        os={os}
        own={own}
        me={me}
        connection={connection}
        disabled={disabled}
        onInterest={(topicId, marked) =>
          changeOwn((o) => ({ ...o, interests: { ...o.interests, [topicId]: marked } }))
        }
      />
      <PhoneAgenda
        os={os}
        own={own}
        me={me}
        connection={connection}
        disabled={disabled}
        onCheckIn={(slotId, sessionId) =>
          changeOwn((o) => ({ ...o, places: { ...o.places, [slotId]: sessionId } }))
        }
      />
      {!disabled && <ReportForm os={os} own={own} me={me} connection={connection} />}
      <NewsWall os={os} />
    </section>
  );
}
