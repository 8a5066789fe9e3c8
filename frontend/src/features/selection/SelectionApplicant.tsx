import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  applicantName: string;
  receiptNumber: string;
  /** What else the row says of the application, below its receipt number. */
  children?: ReactNode;
}

/** An application as the selection's tables name it: the applicant, then the receipt number. */
export function SelectionApplicant({ applicantName, receiptNumber, children }: Props) {
  return (
    <>
      <Text size="sm" fw={500}>
        {applicantName}
      </Text>
      <Text size="sm" c="dimmed" ff="monospace">
        {receiptNumber}
      </Text>
      {children}
    </>
  );
}
