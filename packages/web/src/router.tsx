import { createBrowserRouter } from 'react-router';
import { FacilitatorLayout, ParticipantLayout, WallLayout } from './components/Layout.tsx';
import { LoginPage, SignupPage } from './pages/Auth.tsx';
import { InvitePage } from './pages/Invite.tsx';
import { JoinCodePage } from './pages/JoinCode.tsx';
import { JoinSessionPage } from './pages/JoinSession.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';
import { RequireAuth } from './pages/RequireAuth.tsx';

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
          // Facilitator pages load on first use: a phone on /join never downloads them.
          { path: '/', lazy: async () => ({ Component: (await import('./pages/Home.tsx')).HomePage }) },
          {
            path: '/org/:orgId',
            lazy: async () => ({ Component: (await import('./pages/Organisation.tsx')).OrganisationPage }),
          },
          // The console and the wall carry the tallies and the activity forms: lazy, like the
          // design pages, so that phones on /join only load what a participant needs.
          {
            path: '/org/:orgId/live/:sessionId',
            lazy: async () => ({ Component: (await import('./pages/LiveConsole.tsx')).LiveConsolePage }),
          },
          // The design pages carry the method library: loaded when first opened, so the
          // participant app stays light on phones.
          {
            path: '/org/:orgId/missions/:missionId',
            lazy: async () => ({
              Component: (await import('./pages/MissionDashboard.tsx')).MissionDashboardPage,
            }),
          },
          {
            path: '/org/:orgId/missions/:missionId/harvest',
            lazy: async () => ({ Component: (await import('./harvest/HarvestPage.tsx')).HarvestPage }),
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
    children: [
      {
        path: '/wall/:code',
        lazy: async () => ({ Component: (await import('./pages/Wall.tsx')).WallPage }),
      },
    ],
  },
]);
