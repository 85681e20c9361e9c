import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useCampaigns, useOrganisation, useSigners, useTemplateList } from '../../api/campaign-queries';
import { keys } from '../../api/queries';
import type { View } from '../../navigation';

/*
 * The get-started checklist's steps and whether each is done, derived from
 * the queries the other screens already use (so a step ticks itself as soon
 * as those screens change what they show): the organisation's letterhead, a
 * signer, recipients, a template of one's own (or a campaign, which used
 * one), a campaign.
 */

export const SETUP_STEPS = ['organisation', 'signer', 'recipients', 'template', 'campaign'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** The screen each step is done on. */
export const STEP_VIEW: Record<SetupStep, View> = {
  organisation: 'organisation',
  signer: 'organisation',
  recipients: 'recipients',
  template: 'templates',
  campaign: 'campaigns',
};

export interface SetupFacts {
  organisationName: string;
  signers: number;
  recipients: number;
  /** Templates that are not the examples shipped with the app. */
  ownTemplates: number;
  campaigns: number;
}

export type SetupProgress = Record<SetupStep, boolean>;

export function setupProgress(facts: SetupFacts): SetupProgress {
  return {
    organisation: facts.organisationName.trim() !== '',
    signer: facts.signers > 0,
    recipients: facts.recipients > 0,
    // Writing from an example is a choice of template too: a campaign made from one ticks it.
    template: facts.ownTemplates > 0 || facts.campaigns > 0,
    campaign: facts.campaigns > 0,
  };
}

export function doneCount(progress: SetupProgress): number {
  return SETUP_STEPS.filter((step) => progress[step]).length;
}

/** Whether there are recipients at all: one row asked for, the total read. Under the recipients key, so their changes refresh it. */
function useRecipientTotal() {
  return useQuery({ queryKey: [...keys.recipients, 'total'], queryFn: () => api['recipients.list']({ limit: 1 }), select: (page) => page.total });
}

/** The progress once every query answered (undefined before), and the first error. */
export function useSetupProgress(): { progress: SetupProgress | undefined; error: Error | null } {
  const organisation = useOrganisation();
  const signers = useSigners();
  const recipients = useRecipientTotal();
  const templates = useTemplateList();
  const campaigns = useCampaigns();
  const error = organisation.error ?? signers.error ?? recipients.error ?? templates.error ?? campaigns.error ?? null;
  if (!organisation.data || !signers.data || recipients.data === undefined || !templates.data || !campaigns.data) return { progress: undefined, error };
  return {
    progress: setupProgress({
      organisationName: organisation.data.name,
      signers: signers.data.length,
      recipients: recipients.data,
      ownTemplates: templates.data.filter((t) => !t.isExample).length,
      campaigns: campaigns.data.length,
    }),
    error,
  };
}
