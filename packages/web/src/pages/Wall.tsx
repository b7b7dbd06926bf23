import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LiveSession } from '../api-types.ts';
import { ActivityResults } from '../components/ActivityResults.tsx';
import { ContributionAnnouncer } from '../components/ContributionAnnouncer.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ContributionList, CurrentSequencePanel, FatalNotice, JoinPanel } from '../components/LivePieces.tsx';
import { ReactionCounts } from '../components/RoomSignals.tsx';
import { Timer } from '../components/Timer.tsx';
import { GroupsWall } from '../groups/GroupsWall.tsx';
import { useApi, useDocumentTitle } from '../hooks.ts';
import { ballotCount, currentActivity, TEXT_ON_WALL, wallShowsDetail } from '../live/activity-model.ts';
import { useLiveConnection } from '../live/hooks.ts';
import { OpenSpaceWall } from '../openspace/OpenSpaceWall.tsx';

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
  const activity = currentActivity(state);
  const free = state.contributions.filter((c) => !c.activityId);
  // Once the session is under way, the join panel shrinks to leave the room to the activity.
  const underWay = activity !== null || state.sequence !== null;
  return (
    <div className={underWay ? 'wall wall-under-way' : 'wall'}>
      <div className="wall-side">
        <h1 className="wall-title">{session.title}</h1>
        <CurrentSequencePanel sequence={state.sequence} wall />
        <JoinPanel code={session.code} joinUrl={session.joinUrl} large={!underWay} />
        <Timer timer={state.timer} offsetMs={view.offsetMs} className="timer-wall" />
        {state.message && (
          <p className="wall-message" data-testid="facilitator-message">
            {state.message}
          </p>
        )}
        <FatalNotice reason={view.fatal ?? (state.closed ? 'closed' : null)} />
        <ReactionCounts reactions={state.reactions} wall />
      </div>
      {activity ? (
        <section
          className="wall-main wall-activity"
          data-testid="wall-activity"
          data-kind={activity.kind}
          data-status={activity.status}
          aria-labelledby="wall-activity-title"
        >
          <h2 id="wall-activity-title" className="wall-activity-title">
            {activity.title}
          </h2>
          {activity.prompt && <p className="wall-prompt">{activity.prompt}</p>}
          {activity.status === 'locked' && <p className="notice">{t('activity.lockedWall')}</p>}
          {wallShowsDetail(activity) ? (
            <ActivityResults activity={activity} state={state} wall />
          ) : (
            <p className="wall-waiting">
              {TEXT_ON_WALL.has(activity.kind)
                ? t(activity.kind === 'form' ? 'activity.rowsCount' : 'activity.notesCount', {
                    count: state.contributions.filter((c) => c.activityId === activity.id && !c.hidden)
                      .length,
                  })
                : t('activity.votersCount', { count: ballotCount(state, activity.id) })}
            </p>
          )}
        </section>
      ) : (
        <section className="wall-main">
          <h2 id="wall-contributions" className="visually-hidden">
            {t('wall.contributions')}
          </h2>
          <ContributionAnnouncer count={free.length} />
          <ContributionList contributions={free} language={i18n.language} wall />
        </section>
      )}
      <GroupsWall state={state} />
      <OpenSpaceWall state={state} />
    </div>
  );
}
