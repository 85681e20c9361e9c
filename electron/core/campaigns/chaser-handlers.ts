import type { z } from 'zod';
import type { ChaserContract, ChaserOperationName } from '../../../shared/domain/chaser';
import { todayIso } from '../../../shared/tracking/dates';
import type { Workspace } from '../workspace/workspace';
import { addExampleChaser, chaserTemplates, draftChaser, existingChasers, hasExampleChaser, originalLetter } from './chasers';

/**
 * One handler per chaser operation, typed from chaserContract as dispatch.ts
 * types Handlers from the main contract, so once the entries are spread into
 * the contract `chaserHandlers(ws)` is a `Pick<Handlers, ChaserOperationName>`.
 */
export type ChaserHandlers = {
  [K in ChaserOperationName]: (input: z.output<ChaserContract[K]['input']>) => z.output<ChaserContract[K]['output']>;
};

export function chaserHandlers(workspace: Workspace, now: () => string = todayIso): ChaserHandlers {
  const db = () => workspace.db();
  return {
    'chasers.options': ({ campaignId, recipientId }) => {
      const original = originalLetter(db(), campaignId, recipientId);
      const templates = chaserTemplates(db());
      return {
        original,
        templates,
        defaultTemplateId: templates[0]?.id ?? null,
        existing: existingChasers(db(), original.draftId),
        canAddExample: !hasExampleChaser(db()),
      };
    },
    'chasers.draft': (input) => draftChaser(db(), input, now()),
    'chasers.addExample': ({ language }) => addExampleChaser(db(), language),
  };
}
