import { oneByIdOrName } from '../api/by-name';
import type { HandlersFor } from '../api/handler-types';
import { todayIso } from '../../../shared/tracking/dates';
import type { Workspace } from '../workspace/workspace';
import { addExampleChaser, chaserPlans, chaserTemplates, draftChaser, existingChasers, hasExampleChaser, originalLetter } from './chasers';

/** The campaigns domain's chaser operations (`chasers.*`): follow-up letters to a letter that went out. */
export type ChaserHandlers = Pick<HandlersFor<'campaigns'>, Extract<keyof HandlersFor<'campaigns'>, `chasers.${string}`>>;

export function chaserHandlers(workspace: Workspace, now: () => string = todayIso): ChaserHandlers {
  const db = () => workspace.db();
  return {
    'chasers.options': ({ campaignId, recipientId, campaignName }) => {
      const original = originalLetter(db(), campaignId, recipientId);
      const templates = chaserTemplates(db());
      return {
        original,
        templates,
        defaultTemplateId: templates[0]?.id ?? null,
        existing: existingChasers(db(), original.draftId),
        canAddExample: !hasExampleChaser(db()),
        plans: chaserPlans(db(), original, templates, now(), campaignName),
      };
    },
    'chasers.findTemplate': ({ nameOrId }) => {
      const templates = chaserTemplates(db());
      const names = templates.map((t) => `"${t.name}"`).join(', ');
      return oneByIdOrName(templates, nameOrId, {
        none: `no chaser template called "${nameOrId}"${names ? `; chaser templates: ${names}` : '; add the example one with "letterdesk chaser --add-example"'}`,
        several: (ids) => `several chaser templates are called "${nameOrId}": use the id (${ids.join(', ')})`,
      });
    },
    'chasers.draft': (input) => draftChaser(db(), input, now()),
    'chasers.addExample': ({ language }) => addExampleChaser(db(), language),
  };
}
