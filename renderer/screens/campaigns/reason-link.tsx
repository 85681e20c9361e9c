import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftRow } from '../../../shared/campaigns/schemas';
import { fieldGroup, MERGE_FIELD_IDS, type MergeFieldId } from '../../../shared/letter/fields';
import { useNavigation, type Place } from '../../navigation';
import { useListState } from '../recipients/list-state';
import type { ListFilters } from '../../api/recipient-filters';

/*
 * Where an attention reason is put right, as a link: recipients to verify
 * open the recipients list filtered to them (with its bulk actions), a field
 * of the recipient opens the recipients, a field of the sender the
 * organisation, a choice or a leftover marker the template, a fact the facts
 * library. "No signer" opens the campaign's own signer choice (onChooseSigners).
 */

export type ReasonCode = DraftRow['reasons'][number]['code'];

type Target =
  | { kind: 'recipients'; label: 'showToVerify' | 'openRecipients'; filters: ListFilters; search: string }
  | { kind: 'place'; label: 'openOrganisation' | 'openTemplate' | 'openFacts'; place: Place }
  | { kind: 'signers' };

const isField = (id: string): id is MergeFieldId => (MERGE_FIELD_IDS as readonly string[]).includes(id);

/**
 * The places that fix a reason; `details` are the reason's details (field ids for missing fields), `search` names a
 * recipient, `campaignId` narrows "to verify" to this campaign's recipients.
 */
export function reasonTargets(code: ReasonCode, details: readonly string[], templateId: string, search = '', campaignId?: string): Target[] {
  switch (code) {
    case 'recipientToVerify':
      return [{ kind: 'recipients', label: 'showToVerify', filters: campaignId ? { toVerify: true, campaignId } : { toVerify: true }, search: '' }];
    case 'missingField': {
      const groups = new Set(details.flatMap((d) => d.split(', ')).flatMap((f) => (isField(f) ? [fieldGroup(f)] : [])));
      const out: Target[] = [];
      if (groups.has('recipient') || groups.has('country')) out.push({ kind: 'recipients', label: 'openRecipients', filters: {}, search });
      if (groups.has('sender')) out.push({ kind: 'place', label: 'openOrganisation', place: { view: 'organisation' } });
      if (groups.has('campaign') || groups.has('date') || groups.has('original') || out.length === 0)
        out.push({ kind: 'place', label: 'openTemplate', place: { view: 'templates', templateId } });
      return out;
    }
    case 'unresolvedChoice':
    case 'unmappedMarker':
      return [{ kind: 'place', label: 'openTemplate', place: { view: 'templates', templateId } }];
    case 'staleFact':
    case 'missingFact':
      return [{ kind: 'place', label: 'openFacts', place: { view: 'facts' } }];
    case 'noSigner':
      return [{ kind: 'signers' }];
  }
}

interface Props {
  code: ReasonCode;
  details: readonly string[];
  templateId: string;
  /** The campaign the letters belong to: "to verify" then lists its recipients only. */
  campaignId?: string;
  /** The recipient's name, for a field of one letter's recipient. */
  search?: string;
  onChooseSigners: () => void;
  size?: 'xs' | 'sm';
}

/** The links that put one reason right. */
export function ReasonLinks({ code, details, templateId, campaignId, search, onChooseSigners, size = 'sm' }: Props) {
  const { t } = useTranslation('campaigns');
  const { go } = useNavigation();
  const list = useListState();
  const reason = t(`reason.${code}`);
  return reasonTargets(code, details, templateId, search, campaignId).map((target) => {
    const label = target.kind === 'signers' ? 'chooseSigners' : target.label;
    const open = () => {
      if (target.kind === 'signers') onChooseSigners();
      else if (target.kind === 'place') go(target.place);
      else {
        list.setFilters(target.filters);
        list.setSearchInput(target.search);
        go({ view: 'recipients' });
      }
    };
    return (
      <Anchor
        key={label}
        component="button"
        type="button"
        size={size}
        ml="xs"
        onClick={open}
        aria-label={t('fix.linkLabel', { action: t(`fix.${label}`), reason })}
      >
        {t(`fix.${label}`)}
      </Anchor>
    );
  });
}
