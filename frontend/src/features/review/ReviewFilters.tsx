import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstitutionNames, type InstitutionNames } from '../reference';
import { ELIGIBILITY_DECISIONS, REVIEW_STATUSES, type Call } from './api';
import {
  CLEARED_FILTERS,
  DEFAULT_SORT,
  isFiltered,
  SORT_KEYS,
  type ReviewListParams,
} from './listParams';

interface Props {
  call: Call;
  params: ReviewListParams;
  onChange: (changes: Partial<ReviewListParams>) => void;
}

const SEARCH_DELAY_MS = 300;

/** The partners of the call's places, which applicants rank, by name. */
function partnerOptions(call: Call, names: InstitutionNames) {
  const seen = new Map<string, string>();
  for (const { partner } of call.places) {
    seen.set(partner.id, `${names.name(partner)} (${names.country(partner)})`);
  }
  return [...seen]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function ReviewFilters({ call, params, onChange }: Props) {
  const { t } = useTranslation();
  const names = useInstitutionNames();
  const [text, setText] = useState(params.q);
  // The search last sent to the address, and the one last seen there: when the address changes
  // to something this box did not send (cleared elsewhere, back and forward), the box follows.
  const [sent, setSent] = useState(params.q);
  const [seen, setSeen] = useState(params.q);
  if (params.q !== seen) {
    setSeen(params.q);
    if (params.q !== sent) {
      setSent(params.q);
      setText(params.q);
    }
  }
  const search = useDebouncedCallback((q: string) => {
    setSent(q);
    onChange({ q });
  }, SEARCH_DELAY_MS);

  const clear = () => {
    search.cancel();
    setText('');
    setSent('');
    onChange(CLEARED_FILTERS);
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('review.filters.search')}
          placeholder={t('review.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            search(event.currentTarget.value);
          }}
          maxLength={200}
          flex={1}
          miw={220}
        />
        {(isFiltered(params) || text) && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={clear}
          >
            {t('review.filters.clear')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Select
          label={t('review.filters.status')}
          placeholder={t('review.filters.anyStatus')}
          data={REVIEW_STATUSES.map((status) => ({
            value: status,
            label: t(`review.status.${status}`),
          }))}
          value={params.status}
          onChange={(status) =>
            onChange({ status: REVIEW_STATUSES.find((known) => known === status) ?? null })
          }
          clearable
        />
        <Select
          label={t('review.filters.partner')}
          placeholder={t('review.filters.anyPartner')}
          data={partnerOptions(call, names)}
          value={params.partnerId}
          onChange={(partnerId) => onChange({ partnerId })}
          searchable
          clearable
          nothingFoundMessage={t('review.filters.nothingFound')}
        />
        <Select
          label={t('review.filters.eligibility')}
          placeholder={t('review.filters.anyEligibility')}
          data={ELIGIBILITY_DECISIONS.map((decision) => ({
            value: decision,
            label: t(`review.eligibility.${decision}`),
          }))}
          value={params.eligibility}
          onChange={(eligibility) =>
            onChange({
              eligibility: ELIGIBILITY_DECISIONS.find((known) => known === eligibility) ?? null,
            })
          }
          clearable
        />
        <Select
          label={t('review.filters.sort')}
          data={SORT_KEYS.map((sort) => ({ value: sort, label: t(`review.sort.${sort}`) }))}
          value={params.sort ?? DEFAULT_SORT}
          onChange={(sort) => {
            const chosen = SORT_KEYS.find((known) => known === sort);
            if (chosen) onChange({ sort: chosen === DEFAULT_SORT ? null : chosen });
          }}
          allowDeselect={false}
        />
      </SimpleGrid>
    </Stack>
  );
}
