import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';
import { useCountryNames } from '../reference';
import type { Column as TableColumn } from '../../components/ResponsiveTable';
import type { Institution } from './api';
import { PartnerName } from './PartnerName';
import { StatusBadge } from './StatusBadge';
import { WebsiteLink } from './WebsiteLink';

type Column = TableColumn<Institution>;

/** The columns of the public directory, or of the staff list (linked names, status, changes). */
export function usePartnerColumns(kind: 'public' | 'staff'): [Column, ...Column[]] {
  const { t } = useTranslation();
  const countryName = useCountryNames();
  const staff = kind === 'staff';
  const common: Column[] = [
    {
      key: 'erasmusCode',
      header: t('partners.columns.erasmusCode'),
      render: (institution) => institution.erasmusCode || t('common.none'),
    },
    {
      key: 'city',
      header: t('partners.columns.city'),
      render: (institution) => institution.city,
    },
    {
      key: 'country',
      header: t('partners.columns.country'),
      render: (institution) => countryName(institution.countryCode, institution.countryName),
    },
  ];
  const name: Column = {
    key: 'name',
    header: t('partners.columns.name'),
    render: (institution) => <PartnerName institution={institution} linked={staff} />,
  };
  if (!staff) {
    return [
      name,
      ...common,
      {
        key: 'website',
        header: t('partners.columns.website'),
        render: (institution) => <WebsiteLink url={institution.website} />,
      },
    ];
  }
  return [
    name,
    ...common,
    {
      key: 'status',
      header: t('partners.columns.status'),
      render: (institution) => <StatusBadge status={institution.status} />,
    },
    {
      key: 'updatedAt',
      header: t('partners.columns.updatedAt'),
      render: (institution) => formatDateTime(institution.updatedAt),
    },
  ];
}
