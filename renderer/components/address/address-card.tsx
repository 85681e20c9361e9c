import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ADDRESS_PARTS, type AddressPart } from '../../../shared/recipients/schemas';
import type { FormsOfAddress } from '../../../shared/protocol';
import classes from './address-card.module.css';

interface AddressCardProps {
  title: string;
  forms: FormsOfAddress;
  /** Parts replaced by an override, marked as such. */
  overridden?: ReadonlySet<AddressPart>;
  /** Honorific and full title repeat the address block's first lines; the compact card leaves them out. */
  compact?: boolean;
  headingOrder?: 3 | 4 | 5;
  /** The language the forms are written in, for screen readers and hyphenation. */
  lang?: string;
}

/** One form of address, as a labelled region: the address block as it will be printed, then each part. */
export function AddressCard({ title, forms, overridden, compact = false, headingOrder = 4, lang }: AddressCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const parts = compact ? ADDRESS_PARTS.filter((part) => part !== 'honorific' && part !== 'fullTitle') : ADDRESS_PARTS;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} className={classes.card}>
      <Title order={headingOrder} size="h6" id={headingId} mb={6}>
        {title}
      </Title>
      <dl className={classes.parts}>
        {parts.map((part) => (
          <div key={part} className={classes.part}>
            <dt>
              <Group gap={6} component="span">
                {t(`address.parts.${part}`)}
                {overridden?.has(part) && (
                  <Badge size="xs" variant="light" color="grape" tt="none">
                    {t('address.overridden')}
                  </Badge>
                )}
              </Group>
            </dt>
            <dd lang={lang}>
              {part === 'addressBlock' ? (
                <Text size="sm" className={classes.block}>
                  {forms.addressBlock.join('\n')}
                </Text>
              ) : (
                <Text size="sm">{forms[part]}</Text>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </Paper>
  );
}
