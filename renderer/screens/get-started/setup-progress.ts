import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useCampaigns, useOrganisation, useSigners, useTemplateList } from '../../api/campaign-queries';
import { keys } from '../../api/queries';
import { anyStepDone, setupProgress, type SetupFacts, type SetupProgress } from './setup-steps';

/*
 * Whether each get-started step is done (setup-steps.ts), from the queries
 * the other screens already use, under their keys: a step ticks itself as
 * soon as those screens' changes refresh what they show.
 */

/** Whether there are recipients at all: one row asked for, the total read. Under the recipients key, so their changes refresh it. */
function useRecipientTotal() {
  return useQuery({ queryKey: [...keys.recipients, 'total'], queryFn: () => api['recipients.list']({ limit: 1 }), select: (page) => page.total });
}

/**
 * The progress once every query answered (undefined before), whether any
 * step is done as soon as that is known (see anyStepDone), and the first error.
 */
export function useSetupProgress(): { progress: SetupProgress | undefined; anyDone: boolean | undefined; error: Error | null } {
  const organisation = useOrganisation();
  const signers = useSigners();
  const recipients = useRecipientTotal();
  const templates = useTemplateList();
  const campaigns = useCampaigns();
  const error = organisation.error ?? signers.error ?? recipients.error ?? templates.error ?? campaigns.error ?? null;
  const facts: Partial<SetupFacts> = {
    organisationName: organisation.data?.name,
    signers: signers.data?.length,
    recipients: recipients.data,
    ownTemplates: templates.data?.filter((t) => !t.isExample).length,
    campaigns: campaigns.data?.length,
  };
  const all = Object.values(facts).every((v) => v !== undefined);
  return { progress: all ? setupProgress(facts as SetupFacts) : undefined, anyDone: anyStepDone(facts), error };
}
