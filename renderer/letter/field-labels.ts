import type { TFunction } from 'i18next';
import { FIELD_FORMATS, type ConditionTest } from '../../shared/letter/document';
import { fieldGroup, MERGE_FIELD_GROUPS, MERGE_FIELD_IDS, type MergeFieldGroup, type MergeFieldId } from '../../shared/letter/fields';
import { getGroup } from '../../shared/protocol';
import type { Language } from '../../shared/recipients/schemas';
import { groupLabel } from '../i18n/protocol-labels';

/*
 * What the editor, the import review and the preview call the Letterdesk
 * nodes, in the UI language: "Recipient · Honorific", "Only if office is
 * head of government", "Choice by gender".
 */

export type FieldFormat = (typeof FIELD_FORMATS)[number];

export function isMergeFieldId(value: unknown): value is MergeFieldId {
  return typeof value === 'string' && (MERGE_FIELD_IDS as readonly string[]).includes(value);
}

export function isFieldFormat(value: unknown): value is FieldFormat {
  return typeof value === 'string' && (FIELD_FORMATS as readonly string[]).includes(value);
}

/** "Recipient · Honorific". */
export function fieldLabel(t: TFunction, id: MergeFieldId): string {
  return `${t(`mergeField.groups.${fieldGroup(id)}`)} · ${t(`mergeField.fields.${id}`)}`;
}

export function formatLabel(t: TFunction, format: FieldFormat | null | undefined): string {
  return t(`mergeField.format.${format ?? 'none'}`);
}

export interface FieldGroupOptions {
  group: MergeFieldGroup;
  label: string;
  fields: { id: MergeFieldId; label: string; full: string }[];
}

/** The fields by group, in catalogue order, for menus and selects. */
export function fieldGroups(t: TFunction): FieldGroupOptions[] {
  return MERGE_FIELD_GROUPS.map((group) => ({
    group,
    label: t(`mergeField.groups.${group}`),
    fields: MERGE_FIELD_IDS.filter((id) => fieldGroup(id) === group).map((id) => ({
      id,
      label: t(`mergeField.fields.${id}`),
      full: fieldLabel(t, id),
    })),
  }));
}

/** Mantine select data: grouped fields. */
export function fieldSelectData(t: TFunction) {
  return fieldGroups(t).map((g) => ({ group: g.label, items: g.fields.map((f) => ({ value: f.id, label: f.full })) }));
}

/** "Only if office is head of government or head of state", "Unless the letter is in Spanish". */
export function conditionLabel(t: TFunction, test: ConditionTest, negate: boolean, uiLanguage: Language): string {
  const or = ` ${t('condition.or')} `;
  let what: string;
  switch (test.kind) {
    case 'officeType':
      what = t('condition.officeIs', { offices: test.in.map((o) => t(`officeType.${o}`).toLocaleLowerCase(uiLanguage)).join(or) });
      break;
    case 'language':
      what = t('condition.languageIs', { languages: test.in.map((l) => t(`languageInText.${l}`)).join(or) });
      break;
    case 'group': {
      what = t('condition.memberOf', { group: groupLabel(getGroup(test.group), uiLanguage) });
      break;
    }
  }
  return negate ? t('condition.unless', { what }) : t('condition.onlyIf', { what });
}
