import {
  Anchor,
  Badge,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import type { MyApplicationChecklistItem } from './api';
import { documentSectionId, jumpTo, requirementIndex, SECTION_IDS } from './sections';
import { useApplicationText } from './text';

interface Props {
  checklist: MyApplicationChecklistItem[];
  requirements: Schemas['CallRequiredDocument'][];
  /** Offers the way to fix an item; a submitted application's checklist is only shown. */
  editable: boolean;
}

function target(item: MyApplicationChecklistItem, requirements: Props['requirements']) {
  switch (item.item) {
    case 'PROFILE':
    case 'ELIGIBILITY':
      return { kind: 'profile' as const };
    case 'DOCUMENT': {
      const index = requirementIndex(requirements, item);
      return {
        kind: 'section' as const,
        id: index >= 0 ? documentSectionId(index) : SECTION_IDS.DOCUMENTS,
      };
    }
    default:
      return { kind: 'section' as const, id: SECTION_IDS[item.item] };
  }
}

/** What the application still needs, each item with what is missing and the way to fix it. */
export function Checklist({ checklist, requirements, editable }: Props) {
  const { t } = useTranslation();
  const text = useApplicationText();
  // Optional items never hold a submission back, so the progress counts the required ones.
  const required = checklist.filter((item) => item.mandatory);
  const done = required.filter((item) => item.complete).length;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="application-checklist-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="application-checklist-title">
          {t('applications.checklist.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('applications.checklist.progress', { done, total: required.length })}
        </Text>
        <Progress
          value={required.length ? (done / required.length) * 100 : 100}
          size="sm"
          color="teal"
          aria-hidden
        />
        <List spacing="sm" listStyleType="none" p={0} m={0}>
          {checklist.map((item, index) => {
            const requirement =
              item.item === 'DOCUMENT'
                ? requirements[requirementIndex(requirements, item)]
                : undefined;
            const name = text.itemName(item, requirement?.label);
            const to = target(item, requirements);
            return (
              <List.Item
                key={`${item.item}-${item.documentType ?? ''}-${index}`}
                icon={
                  <ThemeIcon
                    size={22}
                    radius="xl"
                    color={item.complete ? 'teal' : 'gray'}
                    variant={item.complete ? 'filled' : 'light'}
                  >
                    {item.complete ? (
                      <IconCheck size={14} aria-hidden />
                    ) : (
                      <IconCircleDashed size={14} aria-hidden />
                    )}
                  </ThemeIcon>
                }
              >
                <Stack gap={2}>
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={500}>
                      {name}
                    </Text>
                    {(item.complete || item.mandatory) && (
                      <Text component="span" size="xs" c={item.complete ? 'teal' : 'dimmed'}>
                        {item.complete
                          ? t('applications.checklist.done')
                          : t('applications.checklist.missing')}
                      </Text>
                    )}
                    {!item.mandatory && (
                      <Badge size="xs" variant="outline" color="gray">
                        {t('applications.checklist.optional')}
                      </Badge>
                    )}
                  </Group>
                  {!item.complete &&
                    text.problems(item.problems).map((message) => (
                      <Text key={message} size="xs" c={item.mandatory ? 'red.8' : 'dimmed'}>
                        {message}
                      </Text>
                    ))}
                  {!item.complete && editable && to.kind === 'profile' && (
                    <Anchor component={Link} to="/me/profile" size="xs">
                      {t('applications.checklist.fixInProfile')}
                    </Anchor>
                  )}
                  {!item.complete && editable && to.kind === 'section' && (
                    <Anchor
                      href={`#${to.id}`}
                      size="xs"
                      onClick={(event) => {
                        event.preventDefault();
                        jumpTo(to.id);
                      }}
                    >
                      {t('applications.checklist.fix', { item: name })}
                    </Anchor>
                  )}
                </Stack>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Paper>
  );
}
