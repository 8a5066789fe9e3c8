import { Button, Group, Select, SimpleGrid, Switch } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_STATUSES, MOBILITY_TYPES } from './api';
import { isFiltered, type AgreementListParams } from './listParams';
import {
  useAcademicYearOptions,
  useMobilityTypeOptions,
  usePartnerOptions,
  useStatusOptions,
} from './options';

interface Props {
  params: AgreementListParams;
  onChange: (changes: Partial<AgreementListParams>) => void;
}

export function AgreementFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const partners = usePartnerOptions();
  const years = useAcademicYearOptions();
  const statuses = useStatusOptions();
  const types = useMobilityTypeOptions();

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      <Select
        label={t('agreements.filters.partner')}
        placeholder={t('agreements.filters.anyPartner')}
        data={partners}
        value={params.partnerId}
        onChange={(partnerId) => onChange({ partnerId })}
        searchable
        clearable
        nothingFoundMessage={t('agreements.form.nothingFound')}
      />
      <Select
        label={t('agreements.filters.status')}
        placeholder={t('agreements.filters.anyStatus')}
        data={statuses}
        value={params.status}
        onChange={(status) =>
          onChange({ status: AGREEMENT_STATUSES.find((known) => known === status) ?? null })
        }
        clearable
      />
      <Select
        label={t('agreements.filters.academicYear')}
        placeholder={t('agreements.filters.anyAcademicYear')}
        data={[...years].reverse()}
        value={params.academicYear}
        onChange={(academicYear) => onChange({ academicYear })}
        searchable
        clearable
      />
      <Select
        label={t('agreements.filters.mobilityType')}
        placeholder={t('agreements.filters.anyMobilityType')}
        data={types}
        value={params.mobilityType}
        onChange={(type) =>
          onChange({ mobilityType: MOBILITY_TYPES.find((known) => known === type) ?? null })
        }
        clearable
      />
      <Group gap="md" style={{ gridColumn: '1 / -1' }}>
        <Switch
          label={t('agreements.filters.expiring')}
          checked={params.expiring}
          onChange={(event) => onChange({ expiring: event.currentTarget.checked })}
        />
        <Switch
          label={t('agreements.filters.awaitingPartner')}
          checked={params.awaitingPartner}
          onChange={(event) => onChange({ awaitingPartner: event.currentTarget.checked })}
        />
        {isFiltered(params) && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() =>
              onChange({
                partnerId: null,
                status: null,
                academicYear: null,
                mobilityType: null,
                expiring: false,
                awaitingPartner: false,
              })
            }
          >
            {t('agreements.filters.clear')}
          </Button>
        )}
      </Group>
    </SimpleGrid>
  );
}
