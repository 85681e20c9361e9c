import { Alert, List, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/recipients/schemas';
import { variantDrift } from '../../../shared/templates/variant-drift';
import { fieldLabel } from '../../letter/field-labels';
import type { VariantDraft } from './variant-editor';

/*
 * "The language versions differ": shown above the editor while a version has
 * more or fewer paragraphs than the default language's, or uses a field the
 * other lacks, so a paragraph added in one language is not forgotten in the
 * others. It follows the texts as they are typed.
 */

export function DriftWarning({ variants, defaultLanguage }: { variants: Partial<Record<Language, VariantDraft>>; defaultLanguage: Language }) {
  const { t } = useTranslation();
  const drift = useMemo(
    () =>
      variantDrift(
        LANGUAGES.flatMap((language) => (variants[language] ? [{ language, document: variants[language].document }] : [])),
        defaultLanguage,
      ),
    [variants, defaultLanguage],
  );
  if (drift.length === 0) return null;
  const reference = t(`languageInText.${defaultLanguage}`);
  return (
    <Alert color="yellow" title={t('variants.driftTitle')} role="status" aria-label={t('variants.driftTitle')}>
      <Text size="sm">{t('variants.driftIntro', { language: reference })}</Text>
      <List size="sm" mt={4}>
        {drift.map((d) => {
          const language = t(`languages.${d.language}`);
          const missing = [...d.missingHere.fields.map((f) => fieldLabel(t, f)), ...d.missingHere.facts.map(() => t('variants.driftFact'))];
          const extra = [...d.onlyHere.fields.map((f) => fieldLabel(t, f)), ...d.onlyHere.facts.map(() => t('variants.driftFact'))];
          return (
            <List.Item key={d.language}>
              {d.blocks !== d.referenceBlocks
                ? t('variants.driftBlocks', { language, count: d.blocks, reference, referenceCount: d.referenceBlocks })
                : d.outlineDiffers
                  ? t('variants.driftOutline', { language, reference })
                  : t('variants.driftSame', { language })}
              {missing.length > 0 && ` ${t('variants.driftMissing', { fields: [...new Set(missing)].join(', ') })}`}
              {extra.length > 0 && ` ${t('variants.driftExtra', { fields: [...new Set(extra)].join(', ') })}`}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
