import { DataList, Group, Paper, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailItem } from '../../components/DetailSection';
import { formatDateTime } from '../../i18n';
import { useReceiptEmail, type MyApplication } from './api';

/** The proof of submission; takes the focus when it appears right after submitting. */
export function Receipt({ application, focus }: { application: MyApplication; focus: boolean }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const email = useReceiptEmail(true);

  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);

  return (
    <Paper
      withBorder
      p="md"
      bg="teal.0"
      component="section"
      aria-labelledby="application-receipt-title"
    >
      <Group gap="xs" mb="xs" wrap="nowrap">
        <IconCircleCheck color="var(--mantine-color-teal-8)" aria-hidden />
        <Title order={2} size="h4" id="application-receipt-title" ref={heading} tabIndex={-1}>
          {t('applications.receipt.title')}
        </Title>
      </Group>
      <DataList>
        <DetailItem label={t('applications.receipt.number')}>
          <Text fw={700} ff="monospace">
            {application.receiptNumber}
          </Text>
        </DetailItem>
        {application.submittedAt && (
          <DetailItem label={t('applications.receipt.submittedAt')}>
            <time dateTime={application.submittedAt}>
              {formatDateTime(application.submittedAt)}
            </time>
          </DetailItem>
        )}
      </DataList>
      {email.data && (
        <Text size="sm" mt="xs">
          {t('applications.receipt.emailSent', { email: email.data })}
        </Text>
      )}
    </Paper>
  );
}
