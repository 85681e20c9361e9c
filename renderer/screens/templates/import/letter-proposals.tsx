import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateImportOffers, TemplateImportProposals } from '../../../../shared/templates/schemas';

interface LetterProposalsProps {
  offers: TemplateImportOffers;
  proposals: TemplateImportProposals;
  onChange: (next: Partial<TemplateImportProposals>) => void;
}

/**
 * What the import adds to make a proper letter, each on by default: the
 * recipient's address block in place of the address lines at the top, and a
 * salutation and a close where the letter has none. Only what was found is offered.
 */
export function LetterProposals({ offers, proposals, onChange }: LetterProposalsProps) {
  const { t } = useTranslation('letters');
  if (!offers.addressLines && !offers.salutation && !offers.close) return null;
  return (
    <Fieldset legend={t('importProposals.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('importProposals.help')}
        </Text>
        {offers.addressLines && (
          <Checkbox
            label={t('importProposals.addressBlock')}
            description={t('importProposals.addressBlockHelp', { lines: offers.addressLines.join(' / ') })}
            checked={proposals.addressBlock}
            onChange={(e) => onChange({ addressBlock: e.currentTarget.checked })}
          />
        )}
        {offers.salutation && (
          <Checkbox
            label={t('importProposals.salutation')}
            description={t('importProposals.salutationHelp')}
            checked={proposals.salutation}
            onChange={(e) => onChange({ salutation: e.currentTarget.checked })}
          />
        )}
        {offers.close && (
          <Checkbox
            label={t('importProposals.close')}
            description={t('importProposals.closeHelp')}
            checked={proposals.close}
            onChange={(e) => onChange({ close: e.currentTarget.checked })}
          />
        )}
      </Stack>
    </Fieldset>
  );
}
