import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { localizedName, useLanguage } from '../../i18n';
import type { Institution } from './api';

interface Props {
  institution: Institution;
  /** Links the name to the partner's page. */
  linked?: boolean;
}

/** The name in the interface language, with the default name below when it differs. */
export function PartnerName({ institution, linked }: Props) {
  const language = useLanguage();
  const name = localizedName(institution, language);
  return (
    <div>
      {linked ? (
        <Anchor component={Link} to={`/manage/partners/${institution.id}`} fw={500} size="sm">
          {name}
        </Anchor>
      ) : (
        <Text fw={500} size="sm" span>
          {name}
        </Text>
      )}
      {name !== institution.name && (
        <Text size="xs" c="dimmed">
          {institution.name}
        </Text>
      )}
    </div>
  );
}
