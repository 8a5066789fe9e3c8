export { ApplicationsLink } from './ApplicationsLink';
export { ApplicantSection } from './ApplicantSection';
export { DocumentsSection } from './DocumentsSection';
export { ChoicesSection, MotivationSection } from './RequestSections';
export { EXPORT_TYPES, fetchStoredDocument, type ReviewDocument } from './api';
export { fileNameFromContentDisposition, localizedText } from './text';
