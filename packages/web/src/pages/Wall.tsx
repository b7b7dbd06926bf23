import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LiveSession } from '../api-types.ts';
import { ContributionAnnouncer } from '../components/ContributionAnnouncer.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ContributionList, FatalNotice, JoinPanel } from '../components/LivePieces.tsx';
import { Timer } from '../components/Timer.tsx';
import { useApi, useDocumentTitle } from '../hooks.ts';
import { useLiveConnection } from '../live/hooks.ts';

/** The projector view: readable from the back of the room, no controls. */
export function WallPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const loaded = useApi<{ session: LiveSession }>(`/api/live-sessions/by-code/${encodeURIComponent(code)}`);
  const session = loaded.data?.session;
  useDocumentTitle(session?.title);
  if (loaded.error) {
    const here = encodeURIComponent(`/wall/${code}`);
    return (
      <div className="narrow stack">
        <h1>{t('common.appName')}</h1>
        <ErrorAlert error={loaded.error} />
        {loaded.error.status === 401 && (
          <>
            <p>{t('wall.loginNeeded')}</p>
            <p>
              <Link className="button primary" to={`/login?next=${here}`}>
                {t('common.login')}
              </Link>
            </p>
          </>
        )}
      </div>
    );
  }
  if (!session) return <p role="status">{t('common.loading')}</p>;
  return <Wall key={session.id} session={session} />;
}

function Wall({ session }: { session: LiveSession }) {
  const { t, i18n } = useTranslation();
  const [view] = useLiveConnection({ credentials: { sessionId: session.id } });
  const { state } = view;
  return (
    <div className="wall">
      <div className="wall-side">
        <h1 className="wall-title">{session.title}</h1>
        <JoinPanel code={session.code} joinUrl={session.joinUrl} large />
        <Timer timer={state.timer} offsetMs={view.offsetMs} className="timer-wall" />
        {state.message && (
          <p className="wall-message" data-testid="facilitator-message">
            {state.message}
          </p>
        )}
        <FatalNotice reason={view.fatal ?? (state.closed ? 'closed' : null)} />
      </div>
      <section className="wall-main">
        <h2 id="wall-contributions" className="visually-hidden">
          {t('wall.contributions')}
        </h2>
        <ContributionAnnouncer count={state.contributions.length} />
        <ContributionList contributions={state.contributions} language={i18n.language} wall />
      </section>
    </div>
  );
}
