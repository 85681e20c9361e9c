import { describe, expect, it } from 'vitest';
import { anyStepDone, doneCount, setupProgress, SETUP_STEPS, STEP_VIEW } from '../../../renderer/screens/get-started/setup-steps';
import { VIEWS } from '../../../renderer/navigation';

/*
 * The get-started checklist's ticks, from what the other screens' queries
 * return: a step is done by what it asks for, and only by that.
 */

const EMPTY = { organisationName: '', signers: 0, recipients: 0, ownTemplates: 0, campaigns: 0 };

describe('setupProgress', () => {
  it('has nothing done in an empty workspace (examples shipped with the app do not count)', () => {
    expect(doneCount(setupProgress(EMPTY))).toBe(0);
    expect(setupProgress({ ...EMPTY, organisationName: '   ' }).organisation).toBe(false);
  });

  it('ticks each step by its own fact', () => {
    expect(setupProgress({ ...EMPTY, organisationName: 'Rights Watch' })).toEqual({
      organisation: true,
      signer: false,
      recipients: false,
      template: false,
      campaign: false,
    });
    expect(setupProgress({ ...EMPTY, signers: 1 }).signer).toBe(true);
    expect(setupProgress({ ...EMPTY, recipients: 27 }).recipients).toBe(true);
    expect(setupProgress({ ...EMPTY, ownTemplates: 1 })).toMatchObject({ template: true, campaign: false });
    // A campaign written from an example template: the template was chosen.
    expect(setupProgress({ ...EMPTY, campaigns: 1 })).toMatchObject({ template: true, campaign: true });
    expect(doneCount(setupProgress({ organisationName: 'Rights Watch', signers: 2, recipients: 27, ownTemplates: 0, campaigns: 1 }))).toBe(5);
  });

  it('links every step to a screen of the navigation', () => {
    for (const step of SETUP_STEPS) expect(VIEWS).toContain(STEP_VIEW[step]);
  });
});

describe('anyStepDone', () => {
  it('is known as soon as one fact shows a step done, and false only once every fact is known', () => {
    expect(anyStepDone({})).toBeUndefined();
    expect(anyStepDone({ recipients: 100_000 })).toBe(true);
    expect(anyStepDone({ recipients: 0, signers: 0 })).toBeUndefined();
    expect(anyStepDone({ ownTemplates: 0, campaigns: 1 })).toBe(true);
    expect(anyStepDone({ ...EMPTY })).toBe(false);
    expect(anyStepDone({ ...EMPTY, organisationName: undefined })).toBeUndefined();
  });
});
