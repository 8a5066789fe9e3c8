import { lazy } from 'react';

// Each page is its own bundle, so the public pages do not load the staff screens.
export const HomePage = lazy(() =>
  import('../features/home/HomePage').then((module) => ({ default: module.HomePage })),
);
export const PartnerDirectoryPage = lazy(() =>
  import('../features/institutions/PartnerDirectoryPage').then((module) => ({
    default: module.PartnerDirectoryPage,
  })),
);
export const ManagePartnersPage = lazy(() =>
  import('../features/institutions/ManagePartnersPage').then((module) => ({
    default: module.ManagePartnersPage,
  })),
);
export const PartnerDetailPage = lazy(() =>
  import('../features/institutions/PartnerDetailPage').then((module) => ({
    default: module.PartnerDetailPage,
  })),
);
export const NewPartnerPage = lazy(() =>
  import('../features/institutions/PartnerFormPage').then((module) => ({
    default: module.NewPartnerPage,
  })),
);
export const EditPartnerPage = lazy(() =>
  import('../features/institutions/PartnerFormPage').then((module) => ({
    default: module.EditPartnerPage,
  })),
);
export const GrantEstimatePage = lazy(() =>
  import('../features/grants/GrantEstimatePage').then((module) => ({
    default: module.GrantEstimatePage,
  })),
);
export const RateTablesPage = lazy(() =>
  import('../features/rateTables/RateTablesPage').then((module) => ({
    default: module.RateTablesPage,
  })),
);
export const ProjectsPage = lazy(() =>
  import('../features/projects/ProjectsPage').then((module) => ({
    default: module.ProjectsPage,
  })),
);
export const ProjectDetailPage = lazy(() =>
  import('../features/projects/ProjectDetailPage').then((module) => ({
    default: module.ProjectDetailPage,
  })),
);
export const NewProjectPage = lazy(() =>
  import('../features/projects/ProjectFormPage').then((module) => ({
    default: module.NewProjectPage,
  })),
);
export const EditProjectPage = lazy(() =>
  import('../features/projects/ProjectFormPage').then((module) => ({
    default: module.EditProjectPage,
  })),
);
export const AgreementsPage = lazy(() =>
  import('../features/agreements/AgreementsPage').then((module) => ({
    default: module.AgreementsPage,
  })),
);
export const AgreementDetailPage = lazy(() =>
  import('../features/agreements/AgreementDetailPage').then((module) => ({
    default: module.AgreementDetailPage,
  })),
);
export const NewAgreementPage = lazy(() =>
  import('../features/agreements/AgreementFormPage').then((module) => ({
    default: module.NewAgreementPage,
  })),
);
export const EditAgreementPage = lazy(() =>
  import('../features/agreements/AgreementFormPage').then((module) => ({
    default: module.EditAgreementPage,
  })),
);
export const NotificationsPage = lazy(() =>
  import('../features/notifications/NotificationsPage').then((module) => ({
    default: module.NotificationsPage,
  })),
);
export const ProfilePage = lazy(() =>
  import('../features/profile/ProfilePage').then((module) => ({
    default: module.ProfilePage,
  })),
);
export const PublicCallsPage = lazy(() =>
  import('../features/calls/PublicCallsPage').then((module) => ({
    default: module.PublicCallsPage,
  })),
);
export const PublicCallPage = lazy(() =>
  import('../features/calls/PublicCallPage').then((module) => ({
    default: module.PublicCallPage,
  })),
);
export const CallsPage = lazy(() =>
  import('../features/calls/CallsPage').then((module) => ({
    default: module.CallsPage,
  })),
);
export const CallDetailPage = lazy(() =>
  import('../features/calls/CallDetailPage').then((module) => ({
    default: module.CallDetailPage,
  })),
);
export const NewCallPage = lazy(() =>
  import('../features/calls/CallFormPage').then((module) => ({
    default: module.NewCallPage,
  })),
);
export const EditCallPage = lazy(() =>
  import('../features/calls/CallFormPage').then((module) => ({
    default: module.EditCallPage,
  })),
);
export const MyApplicationsPage = lazy(() =>
  import('../features/applications/MyApplicationsPage').then((module) => ({
    default: module.MyApplicationsPage,
  })),
);
export const ApplicationPage = lazy(() =>
  import('../features/applications/ApplicationPage').then((module) => ({
    default: module.ApplicationPage,
  })),
);
export const ApplyPage = lazy(() =>
  import('../features/applications/ApplyPage').then((module) => ({
    default: module.ApplyPage,
  })),
);
export const ReviewApplicationsPage = lazy(() =>
  import('../features/review/ApplicationsPage').then((module) => ({
    default: module.ApplicationsPage,
  })),
);
export const ReviewApplicationPage = lazy(() =>
  import('../features/review/ApplicationDetailPage').then((module) => ({
    default: module.ApplicationDetailPage,
  })),
);
export const HomeInstitutionPage = lazy(() =>
  import('../features/institutions/HomeInstitutionPage').then((module) => ({
    default: module.HomeInstitutionPage,
  })),
);
export const PartnerClientsPage = lazy(() =>
  import('../features/partnerClients/PartnerClientsPage').then((module) => ({
    default: module.PartnerClientsPage,
  })),
);
export const PanelPage = lazy(() =>
  import('../features/selection/PanelPage').then((module) => ({ default: module.PanelPage })),
);
export const SelectionPage = lazy(() =>
  import('../features/selection/SelectionPage').then((module) => ({
    default: module.SelectionPage,
  })),
);
export const EvaluatorCallsPage = lazy(() =>
  import('../features/selection/EvaluatorCallsPage').then((module) => ({
    default: module.EvaluatorCallsPage,
  })),
);
export const EvaluatorApplicationsPage = lazy(() =>
  import('../features/selection/EvaluatorApplicationsPage').then((module) => ({
    default: module.EvaluatorApplicationsPage,
  })),
);
export const EvaluationPage = lazy(() =>
  import('../features/selection/EvaluationPage').then((module) => ({
    default: module.EvaluationPage,
  })),
);
export const NominationsPage = lazy(() =>
  import('../features/nominations/NominationsPage').then((module) => ({
    default: module.NominationsPage,
  })),
);
export const NominationDetailPage = lazy(() =>
  import('../features/nominations/NominationDetailPage').then((module) => ({
    default: module.NominationDetailPage,
  })),
);
