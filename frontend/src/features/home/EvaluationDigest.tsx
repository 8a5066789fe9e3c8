import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCallText } from '../calls/text';
import { useMyEvaluationCalls, type EvaluationCall } from '../selection/api';
import { DigestCard } from './DigestCard';

/** Work left on a call: declarations to make, or applications declared without a submitted evaluation. */
const waiting = (call: EvaluationCall) =>
  call.status === 'CLOSED' && (call.toDeclare > 0 || call.submitted < call.noConflict);

/** The evaluator's card: the closed calls where declarations or scores are still to give. */
export function EvaluationDigest() {
  const { t } = useTranslation();
  const text = useCallText();
  return (
    <DigestCard
      title={t('dashboard.evaluation.title')}
      query={useMyEvaluationCalls()}
      count={(page) => page.items.filter(waiting).length}
      emptyText={t('dashboard.evaluation.empty')}
      seeAll={{ to: '/evaluate', label: t('dashboard.evaluation.seeAll') }}
    >
      {(page) => (
        <List listStyleType="none" spacing="xs">
          {page.items.filter(waiting).map((call) => (
            <List.Item key={call.callId}>
              <Anchor component={Link} to={`/evaluate/calls/${call.callId}`} fw={500} size="sm">
                {text.text(call.title)}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('dashboard.evaluation.left', {
                  toDeclare: call.toDeclare,
                  toScore: call.noConflict - call.submitted,
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </DigestCard>
  );
}
