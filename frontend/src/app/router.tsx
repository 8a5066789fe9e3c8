import { createBrowserRouter } from 'react-router';
import { RequireRole } from '../auth';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import {
  AgreementDetailPage,
  ApplicationPage,
  ApplyPage,
  AgreementsPage,
  CallDetailPage,
  CallsPage,
  EditCallPage,
  NewCallPage,
  PublicCallPage,
  PublicCallsPage,
  ReviewApplicationPage,
  ReviewApplicationsPage,
  PanelPage,
  SelectionPage,
  EvaluatorCallsPage,
  EvaluatorApplicationsPage,
  EvaluationPage,
  EditAgreementPage,
  EditPartnerPage,
  EditProjectPage,
  GrantEstimatePage,
  HomeInstitutionPage,
  HomePage,
  ManagePartnersPage,
  MyApplicationsPage,
  NewAgreementPage,
  NewPartnerPage,
  NewProjectPage,
  NominationDetailPage,
  NominationsPage,
  NotificationsPage,
  PartnerDetailPage,
  PartnerDirectoryPage,
  ProfilePage,
  ProjectDetailPage,
  PartnerClientsPage,
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
      { path: '/calls', element: <PublicCallsPage /> },
      { path: '/calls/:id', element: <PublicCallPage /> },
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
        path: '/manage/nominations',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <NominationsPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/nominations/:id',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <NominationDetailPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/calls',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <CallsPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/calls/new',
        element: (
          <RequireRole roles={['coordinator']}>
            <NewCallPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/calls/:id',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <CallDetailPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/calls/:id/edit',
        element: (
          <RequireRole roles={['coordinator']}>
            <EditCallPage />
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
        path: '/manage/home-institution',
        element: (
          <RequireRole roles={['admin']}>
            <HomeInstitutionPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/partner-clients',
        element: (
          <RequireRole roles={['admin']}>
            <PartnerClientsPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/calls/:callId/panel',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <PanelPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/calls/:callId/selection',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <SelectionPage />
          </RequireRole>
        ),
      },
      {
        path: '/evaluate',
        element: (
          <RequireRole roles={['evaluator']}>
            <EvaluatorCallsPage />
          </RequireRole>
        ),
      },
      {
        path: '/evaluate/calls/:callId',
        element: (
          <RequireRole roles={['evaluator']}>
            <EvaluatorApplicationsPage />
          </RequireRole>
        ),
      },
      {
        path: '/evaluate/applications/:applicationId',
        element: (
          <RequireRole roles={['evaluator']}>
            <EvaluationPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/calls/:callId/applications',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <ReviewApplicationsPage />
          </RequireRole>
        ),
      },
      {
        path: '/manage/applications/:id',
        element: (
          <RequireRole roles={['coordinator', 'admin']}>
            <ReviewApplicationPage />
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
      {
        path: '/me/applications',
        element: (
          <RequireRole roles={['applicant']}>
            <MyApplicationsPage />
          </RequireRole>
        ),
      },
      {
        path: '/me/applications/:id',
        element: (
          <RequireRole roles={['applicant']}>
            <ApplicationPage />
          </RequireRole>
        ),
      },
      {
        path: '/calls/:id/apply',
        element: (
          <RequireRole roles={['applicant']}>
            <ApplyPage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
