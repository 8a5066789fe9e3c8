export { ApplicationsLink } from './ApplicationsLink';
