import { ActionIcon, Group, List, Select, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useInstitutionNames } from '../reference';
import { availableFor, rank, type RankingAction } from './ranking';

type Place = Schemas['PublicCallPlace'];

interface Props {
  places: Place[];
  max: number;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  readOnly: boolean;
}

/** The call's partners ranked by the applicant: one select per choice, moved with buttons. */
export function PreferencesEditor({ places, max, value, onChange, error, readOnly }: Props) {
  const { t } = useTranslation();
  const names = useInstitutionNames();
  const partnerLabel = ({ partner }: Place) =>
    `${names.name(partner)} · ${partner.city}, ${names.country(partner)}`;
  const rowsRef = useRef<HTMLDivElement>(null);
  // After a move or removal the focus follows the partner, or stays where the row was.
  const focusAfter = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!focusAfter.current) return;
    rowsRef.current?.querySelector<HTMLElement>(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  }, [value]);

  const byId = new Map(places.map((place) => [place.partner.id, place]));
  const options = (index: number) =>
    availableFor(
      places.map((place) => ({ id: place.partner.id, place })),
      value,
      index,
    ).map(({ id, place }) => ({
      value: id,
      label: `${partnerLabel(place)} · ${t('applications.preferences.places', { count: place.places })}`,
    }));

  const apply = (action: RankingAction, focus?: string) => {
    const next = rank(value, action, max);
    if (next !== value) onChange(next);
    focusAfter.current = focus;
  };

  if (readOnly) {
    if (value.length === 0) return <Text c="dimmed">{t('applications.preferences.none')}</Text>;
    return (
      <List type="ordered" spacing="xs">
        {value.map((id) => {
          const place = byId.get(id);
          return <List.Item key={id}>{place ? partnerLabel(place) : id}</List.Item>;
        })}
      </List>
    );
  }

  return (
    <Stack gap="sm" ref={rowsRef}>
      <Text size="sm" c="dimmed">
        {t('applications.preferences.hint', { count: max })}
      </Text>
      {value.map((id, index) => {
        const number = index + 1;
        const place = byId.get(id);
        return (
          <Group key={id} gap="xs" align="flex-end" wrap="nowrap" data-rank={number}>
            <Select
              style={{ flex: 1, minWidth: 0 }}
              label={t('applications.preferences.choice', { number })}
              description={
                place ? t('applications.preferences.places', { count: place.places }) : undefined
              }
              data={options(index)}
              value={id}
              allowDeselect={false}
              onChange={(partnerId) => partnerId && apply({ type: 'replace', index, partnerId })}
            />
            <ActionIcon
              variant="default"
              size="lg"
              data-move="up"
              aria-label={t('applications.preferences.moveUp', { number })}
              disabled={index === 0}
              onClick={() =>
                apply(
                  { type: 'moveUp', index },
                  index - 1 === 0
                    ? `[data-rank="1"] [data-move="down"]`
                    : `[data-rank="${index}"] [data-move="up"]`,
                )
              }
            >
              <IconArrowUp size={18} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              data-move="down"
              aria-label={t('applications.preferences.moveDown', { number })}
              disabled={index === value.length - 1}
              onClick={() =>
                apply(
                  { type: 'moveDown', index },
                  index + 2 === value.length
                    ? `[data-rank="${index + 2}"] [data-move="up"]`
                    : `[data-rank="${index + 2}"] [data-move="down"]`,
                )
              }
            >
              <IconArrowDown size={18} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('applications.preferences.remove', { number })}
              onClick={() =>
                apply(
                  { type: 'remove', index },
                  value.length > 1
                    ? `[data-rank="${Math.min(number, value.length - 1)}"] input`
                    : '[data-add] input',
                )
              }
            >
              <IconX size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      {value.length < max && value.length < places.length && (
        <div data-add key={`add-${value.length}`}>
          <Select
            label={t('applications.preferences.choice', { number: value.length + 1 })}
            placeholder={t('applications.preferences.add')}
            data={options(value.length)}
            value={null}
            searchable
            nothingFoundMessage={t('applications.preferences.nothingFound')}
            onChange={(partnerId) =>
              partnerId &&
              apply({ type: 'add', partnerId }, `[data-rank="${value.length + 1}"] input`)
            }
          />
        </div>
      )}
      {value.length >= max && (
        <Text size="sm" c="dimmed">
          {t('applications.preferences.full', { count: max })}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
