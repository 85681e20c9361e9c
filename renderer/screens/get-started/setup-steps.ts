import type { View } from '../../navigation';

/*
 * The get-started checklist's steps, the screen each is done on, and when
 * each counts as done, from plain facts (see setup-progress.ts for where
 * they come from): the organisation's letterhead, a signer, recipients, a
 * template of one's own (or a campaign, which used one), a campaign.
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

const FACT_KEYS = ['organisationName', 'signers', 'recipients', 'ownTemplates', 'campaigns'] as const satisfies readonly (keyof SetupFacts)[];

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

/**
 * Whether any step is done, from the facts known so far: true as soon as one
 * known fact shows a step done, false once all are known and none does,
 * undefined before that. The opening screen is decided on it without
 * waiting for every query.
 */
export function anyStepDone(facts: Partial<SetupFacts>): boolean | undefined {
  const { organisationName = '', signers = 0, recipients = 0, ownTemplates = 0, campaigns = 0 } = facts;
  if (doneCount(setupProgress({ organisationName, signers, recipients, ownTemplates, campaigns })) > 0) return true;
  return FACT_KEYS.every((key) => facts[key] !== undefined) ? false : undefined;
}
