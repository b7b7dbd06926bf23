import { createBrowserRouter } from 'react-router';
import { FacilitatorLayout, ParticipantLayout, WallLayout } from './components/Layout.tsx';
import { LoginPage, SignupPage } from './pages/Auth.tsx';
import { HomePage } from './pages/Home.tsx';
import { InvitePage } from './pages/Invite.tsx';
import { JoinCodePage } from './pages/JoinCode.tsx';
import { JoinSessionPage } from './pages/JoinSession.tsx';
import { LiveConsolePage } from './pages/LiveConsole.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';
import { OrganisationPage } from './pages/Organisation.tsx';
import { RequireAuth } from './pages/RequireAuth.tsx';
import { WallPage } from './pages/Wall.tsx';

export const router = createBrowserRouter([
  {
    element: <FacilitatorLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/signup', element: <SignupPage /> },
      { path: '/invite/:token', element: <InvitePage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/org/:orgId', element: <OrganisationPage /> },
          { path: '/org/:orgId/live/:sessionId', element: <LiveConsolePage /> },
          // The design pages carry the method library: loaded when first opened, so the
          // participant app stays light on phones.
          {
            path: '/org/:orgId/missions/:missionId',
            lazy: async () => ({
              Component: (await import('./pages/MissionDashboard.tsx')).MissionDashboardPage,
            }),
          },
          {
            path: '/org/:orgId/missions/:missionId/workshops/:workshopId',
            lazy: async () => ({
              Component: (await import('./pages/WorkshopBuilder.tsx')).WorkshopBuilderPage,
            }),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    element: <ParticipantLayout />,
    children: [
      { path: '/join', element: <JoinCodePage /> },
      { path: '/join/:code', element: <JoinSessionPage /> },
    ],
  },
  {
    element: <WallLayout />,
    children: [{ path: '/wall/:code', element: <WallPage /> }],
  },
]);
