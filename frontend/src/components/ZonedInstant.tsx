import { DataList } from '@mantine/core';
import { viewerTimeZone } from '../i18n';
import { DetailItem } from './DetailSection';
import { useZonedTime } from './useZonedTime';

interface Props {
  instant: string;
  /** The zone the instant was set in, e.g. the call's. */
  timeZone: string;
  /** The labels of the instant in that zone and in the reader's. */
  labels: { theirs: string; yours: string };
}

/** An instant, a deadline most often, in the zone it was set in and in the reader's, both labelled. */
export function ZonedInstant({ instant, timeZone, labels }: Props) {
  const zoned = useZonedTime();
  return (
    <DataList orientation="vertical">
      <DetailItem label={labels.theirs}>{zoned(instant, timeZone)}</DetailItem>
      <DetailItem label={labels.yours}>{zoned(instant, viewerTimeZone())}</DetailItem>
    </DataList>
  );
}
