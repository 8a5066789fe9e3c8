import { Badge, Box, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailSection } from '../../components/DetailSection';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { useMyEvaluation, type MyEvaluation } from './scoringApi';
import { ScoringForm } from './ScoringForm';
import { ComputedCriteria } from './ScoringParts';
import { SubmittedEvaluation } from './SubmittedEvaluation';

export const EVALUATION_ANCHOR = 'my-evaluation';

/** The API types the status as a string; these are its values. */
const STATUS_COLOR = { NOT_STARTED: 'orange', DRAFT: 'blue', SUBMITTED: 'teal' } as const;
type Status = keyof typeof STATUS_COLOR;

/** The evaluator's scores of the application: a form until submitted, then read-only beside the others'. */
export function ScoringSection({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const evaluation = useMyEvaluation(applicationId);
  // A reload after a change made elsewhere starts the form over from what is saved.
  const [generation, setGeneration] = useState(0);
  const anchor = useRef<HTMLDivElement>(null);

  let content;
  if (evaluation.isPending) content = <PageState kind="loading" />;
  else if (evaluation.isError)
    content = (
      <LoadError
        error={evaluation.error}
        notFound={t('selection.scoring.notFound')}
        onRetry={() => void evaluation.refetch()}
      />
    );
  else
    content = (
      <Scores
        evaluation={evaluation.data}
        generation={generation}
        // The form goes away with its buttons: keyboard users go on from the submitted scores.
        onSubmitted={() => anchor.current?.focus()}
        onReload={async () => {
          await evaluation.refetch();
          setGeneration((count) => count + 1);
        }}
      />
    );

  return (
    <Box id={EVALUATION_ANCHOR} ref={anchor} tabIndex={-1}>
      <DetailSection title={t('selection.scoring.evaluation')}>{content}</DetailSection>
    </Box>
  );
}

interface ScoresProps {
  evaluation: MyEvaluation;
  generation: number;
  onSubmitted: () => void;
  onReload: () => Promise<void>;
}

function Scores({ evaluation, generation, onSubmitted, onReload }: ScoresProps) {
  const { t } = useTranslation();
  const status = evaluation.status as Status;
  let scores;
  if (evaluation.criteria.length === 0)
    scores = <Text c="dimmed">{t('selection.scoring.nothingToScore')}</Text>;
  else if (status === 'SUBMITTED') scores = <SubmittedEvaluation evaluation={evaluation} />;
  else
    scores = (
      <ScoringForm
        key={generation}
        evaluation={evaluation}
        onSubmitted={onSubmitted}
        onReload={onReload}
      />
    );
  return (
    <Stack gap="md">
      <Badge color={STATUS_COLOR[status]} variant="light" tt="none" w="fit-content">
        {t(`selection.scoring.status.${status}`)}
      </Badge>
      {scores}
      <ComputedCriteria criteria={evaluation.computed} />
    </Stack>
  );
}
