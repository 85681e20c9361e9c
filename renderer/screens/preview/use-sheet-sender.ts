import type { Language } from '../../../shared/recipients/schemas';
import { getCountry } from '../../../shared/protocol';
import { useEndorsers, useOrganisation, useSigners } from '../../api/campaign-queries';
import type { SheetSender } from './preview-page';

/*
 * Who sends a previewed letter, from the store: the organisation's letterhead
 * and place, the signers and the endorsers, and the sender merge fields
 * (organisation, address, first signer). A campaign's letter uses the
 * campaign's signers and its endorsers that agreed, as the export prints them;
 * a template's preview, with no campaign yet, is signed by the first signer.
 */

export interface SheetSenderData {
  sheet: SheetSender;
  /** The values of the sender.* merge fields. */
  mergeSender: { organisation?: string; address?: string; signerName?: string; signerTitle?: string };
  place: string;
  /** Still loading: merge warnings would be false alarms until it is in. */
  pending: boolean;
}

export function useSheetSender(language: Language, campaign?: { signerIds: readonly string[]; endorserIds: readonly string[] }): SheetSenderData {
  const organisation = useOrganisation();
  const signers = useSigners();
  const endorsers = useEndorsers();
  const org = organisation.data;
  const allSigners = signers.data ?? [];
  const chosen = campaign ? campaign.signerIds.flatMap((id) => allSigners.filter((s) => s.id === id)) : allSigners.slice(0, 1);
  const agreed = campaign ? campaign.endorserIds.flatMap((id) => (endorsers.data ?? []).filter((e) => e.id === id && e.status === 'agreed')) : [];
  const first = chosen[0];
  const mergeSender = { organisation: org?.name, address: org?.address, signerName: first?.name, signerTitle: first?.title };
  return {
    sheet: {
      organisation: org ? { name: org.name, address: org.address, contacts: org.contacts, logoImageId: org.logo?.imageId ?? null } : null,
      signers: chosen.map((s) => ({ id: s.id, name: s.name, title: s.title, signatureImageId: s.signature?.imageId ?? null })),
      endorsers: agreed.map((e) => ({ id: e.id, name: e.name, country: e.countryCode ? getCountry(e.countryCode)?.names[language].common : undefined })),
    },
    mergeSender,
    place: org?.place ?? '',
    pending: organisation.isPending || signers.isPending || (campaign !== undefined && endorsers.isPending),
  };
}
