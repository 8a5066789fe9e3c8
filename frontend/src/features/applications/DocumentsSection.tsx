import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyApplication } from './api';
import { DocumentRow } from './DocumentRow';
import { isRequirement } from './sections';

interface Props {
  application: MyApplication;
  editable: boolean;
  onChanged: () => Promise<unknown>;
}

/** One row per document the call asks for. */
export function DocumentsSection({ application, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const requirements = application.call.documents;
  if (requirements.length === 0) {
    return <Text c="dimmed">{t('applications.documents.noneRequired')}</Text>;
  }
  return (
    <Stack gap="sm">
      {requirements.map((requirement, index) => (
        <DocumentRow
          key={`${requirement.type}-${requirement.label?.en ?? ''}`}
          applicationId={application.id}
          requirement={requirement}
          index={index}
          document={application.documents.findLast((document) =>
            isRequirement(requirement, document.type, document.otherLabel),
          )}
          editable={editable}
          onChanged={onChanged}
        />
      ))}
    </Stack>
  );
}
