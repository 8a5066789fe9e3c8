import { createBrowserRouter } from 'react-router';
import { RequireRole } from '../auth';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import {
  AgreementDetailPage,
  AgreementsPage,
  ApplicationDetailPage,
  ApplicationsPage,
  EditAgreementPage,
  EditPartnerPage,
  EditProjectPage,
  GrantEstimatePage,
  HomePage,
  ManagePartnersPage,
  NewAgreementPage,
  NewPartnerPage,
  NewProjectPage,
  NotificationsPage,
  PartnerDetailPage,
  PartnerDirectoryPage,
  ProfilePage,
  ProjectDetailPage,
  ProjectsPage,
  RateTablesPage,
} from './pages';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/partners', element: <PartnerDirectoryPage /> },
      { path: '/grant-estimate', element: <GrantEstimatePage /> },
      {
        path: '/manage/partners',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <ManagePartnersPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/partners/new',
        element: (
          <RequireRole roles={['coordinator']}>
            <NewPartnerPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/partners/:id',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <PartnerDetailPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/partners/:id/edit',
        element: (
          <RequireRole roles={['coordinator']}>
            <EditPartnerPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/rate-tables',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <RateTablesPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/projects',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <ProjectsPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/projects/new',
        element: (
          <RequireRole roles={['coordinator']}>
            <NewProjectPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/projects/:id',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <ProjectDetailPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/projects/:id/edit',
        element: (
          <RequireRole roles={['coordinator']}>
            <EditProjectPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/agreements',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <AgreementsPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/agreements/new',
        element: (
          <RequireRole roles={['coordinator']}>
            <NewAgreementPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/agreements/:id',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <AgreementDetailPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/agreements/:id/edit',
        element: (
          <RequireRole roles={['coordinator']}>
            <EditAgreementPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/notifications',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <NotificationsPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/calls/:callId/applications',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <ApplicationsPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/applications/:id',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <ApplicationDetailPage />
          </RequireRole>
        ),
      },
      {
        path: '/me/profile',
        element: (
          <RequireRole roles={['applicant']}>
            <ProfilePage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
