import type { Role } from '../auth';

export interface NavItem {
  to: string;
  label:
    | 'nav.home'
    | 'nav.partners'
    | 'nav.calls'
    | 'nav.manageCalls'
    | 'nav.grantEstimate'
    | 'nav.managePartners'
    | 'nav.agreements'
    | 'nav.projects'
    | 'nav.rateTables'
    | 'nav.notifications'
    | 'nav.profile'
    | 'nav.applications'
    | 'nav.homeInstitution'
    | 'nav.partnerClients'
    | 'nav.evaluate'
    | 'nav.nominations';
  /** Shown only to users with one of these roles; to everyone when absent. */
  roles?: Role[];
}

const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/partners', label: 'nav.partners' },
  { to: '/calls', label: 'nav.calls' },
  { to: '/grant-estimate', label: 'nav.grantEstimate' },
  { to: '/me/applications', label: 'nav.applications', roles: ['applicant'] },
  { to: '/me/profile', label: 'nav.profile', roles: ['applicant'] },
  { to: '/evaluate', label: 'nav.evaluate', roles: ['evaluator'] },
  { to: '/manage/partners', label: 'nav.managePartners', roles: ['coordinator', 'admin'] },
  { to: '/manage/agreements', label: 'nav.agreements', roles: ['coordinator', 'admin'] },
  { to: '/manage/calls', label: 'nav.manageCalls', roles: ['coordinator', 'admin'] },
  { to: '/manage/nominations', label: 'nav.nominations', roles: ['coordinator', 'admin'] },
  { to: '/manage/projects', label: 'nav.projects', roles: ['coordinator', 'admin'] },
  { to: '/manage/rate-tables', label: 'nav.rateTables', roles: ['coordinator', 'admin'] },
  {
    to: '/manage/notifications',
    label: 'nav.notifications',
    roles: ['coordinator', 'admin'],
  },
  { to: '/manage/home-institution', label: 'nav.homeInstitution', roles: ['admin'] },
  { to: '/manage/partner-clients', label: 'nav.partnerClients', roles: ['admin'] },
];

export function navigationFor(roles: Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}
