import { Badge, Button, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../shared/recipients/schemas';
import { useCountryOffices } from '../../api/queries';
import { ErrorAlert } from '../../components/error-alert';
import classes from './countries.module.css';

interface CountryOfficesProps {
  code: string;
  /** Id of the heading that names the table. */
  labelledBy: string;
  onOpen: (recipient: Recipient) => void;
  onAdd: () => void;
}

/** The recipients of one country in the list: office, type, holder, whether to verify. */
export function CountryOffices({ code, labelledBy, onOpen, onAdd }: CountryOfficesProps) {
  const { t } = useTranslation();
  const offices = useCountryOffices(code);
  if (offices.isPending) return <Loader size="sm" aria-label={t('common.loading')} role="status" />;
  if (offices.isError) return <ErrorAlert error={offices.error} />;
  if (offices.data.total === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('countries.noOffices')}{' '}
        <Button variant="subtle" size="compact-sm" onClick={onAdd}>
          {t('countries.addRecipient')}
        </Button>
      </Text>
    );
  }
  return (
    <Table highlightOnHover verticalSpacing={6} aria-labelledby={labelledBy} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('recipients.columns.office')}</Table.Th>
          <Table.Th>{t('form.fields.officeType')}</Table.Th>
          <Table.Th>{t('recipients.columns.name')}</Table.Th>
          <Table.Th>{t('form.fields.language')}</Table.Th>
          <Table.Th>{t('form.fields.verifiedOn')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {offices.data.rows.map((recipient) => (
          <Table.Tr key={recipient.id} className={classes.row} onClick={() => onOpen(recipient)}>
            <Table.Td>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={(event) => {
                  event.stopPropagation();
                  onOpen(recipient);
                }}
              >
                {recipient.office}
              </Button>
            </Table.Td>
            <Table.Td fz="sm">{t(`officeType.${recipient.officeType}`)}</Table.Td>
            <Table.Td fz="sm">
              {recipient.name || (
                <Text span size="sm" c="dimmed" fs="italic">
                  {t('recipients.holderUnknown')}
                </Text>
              )}
            </Table.Td>
            <Table.Td fz="sm">{t(`languages.${recipient.language}`)}</Table.Td>
            <Table.Td fz="sm">
              {recipient.verifiedOn ?? '—'}{' '}
              {recipient.toVerify && (
                <Badge size="sm" color="orange" variant="light" tt="none">
                  {t('recipients.toVerify')}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
