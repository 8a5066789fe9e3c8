export { NominateButton } from './NominateDialog';
