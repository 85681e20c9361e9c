import { Badge, Table, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusReport } from '../../../shared/tracking/schemas';
import { currentLanguage } from '../../i18n';
import { formatIsoDate, useCountryOptions } from '../../i18n/protocol-labels';
import { useLetterCounts } from './letter-counts';
import { STATUS_COLORS, textOn } from './status-colors';

/** The map as a table: one row per country with letters, its status, counts, the last event and the next follow-up. */
export function CountryStatusTable({ countries, onOpen }: { countries: StatusReport['countries']; onOpen: (code: string) => void }) {
  const { t } = useTranslation('tracking');
  const options = useCountryOptions();
  const language = currentLanguage();
  const letterCounts = useLetterCounts();
  // A map, not a search of 200 options for every comparison of the sort.
  const names = useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
  const name = (code: string) => names.get(code) ?? code;
  const rows = useMemo(() => {
    const collator = new Intl.Collator(language);
    return [...countries].sort((a, b) => collator.compare(names.get(a.countryCode) ?? a.countryCode, names.get(b.countryCode) ?? b.countryCode));
  }, [countries, language, names]);

  return (
    <Table striped verticalSpacing="xs">
      <Table.Caption>{t('dashboard.tableCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dashboard.country')}</Table.Th>
          <Table.Th>{t('dashboard.status')}</Table.Th>
          <Table.Th>{t('dashboard.letters')}</Table.Th>
          <Table.Th>{t('dashboard.lastEvent')}</Table.Th>
          <Table.Th>{t('dashboard.nextFollowUp')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <Table.Tr key={c.countryCode} data-country={c.countryCode} data-status={c.status}>
            <Table.Td>
              <UnstyledButton c="blue.8" fw={600} aria-label={t('dashboard.openCountry', { name: name(c.countryCode) })} onClick={() => onOpen(c.countryCode)}>
                {name(c.countryCode)}
              </UnstyledButton>
            </Table.Td>
            <Table.Td>
              <Badge tt="none" color={STATUS_COLORS[c.status]} c={textOn(c.status)}>
                {t(`status.${c.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{letterCounts(c.counts)}</Table.Td>
            <Table.Td>
              {c.lastEvent ? t('dashboard.tooltipLast', { kind: t(`kind.${c.lastEvent.kind}`), date: formatIsoDate(c.lastEvent.occurredOn, language) }) : '—'}
            </Table.Td>
            <Table.Td>{c.nextFollowUp ? formatIsoDate(c.nextFollowUp, language) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
