import { ApiFailure } from '../../../shared/api/errors';
import { oneByIdOrName } from '../api/by-name';
import type { HandlersFor } from '../api/handler-types';
import { createTemplate, deleteTemplate, deleteVariant, getTemplate, listTemplates, saveVariant, updateTemplate } from './templates-repo';
import { applyPlaceholderMappings, onlyInAddress } from './import';
import { duplicateTemplate } from './duplicate-template';
import { importTemplateIsolated } from '../isolation';
import type { Workspace } from '../workspace/workspace';
import { takeBackup } from '../backups';

function notFound(): never {
  throw new ApiFailure('not_found', 'That template no longer exists. It may have been deleted.');
}

export function templateHandlers(workspace: Workspace): HandlersFor<'templates'> {
  return {
    'templates.list': () => listTemplates(workspace.db()),
    'templates.get': ({ id }) => getTemplate(workspace.db(), id) ?? notFound(),
    'templates.find': ({ nameOrId }) =>
      oneByIdOrName(listTemplates(workspace.db()), nameOrId, {
        none: `no template called "${nameOrId}" (see "letterdesk templates list")`,
        several: (ids) => `several templates are called "${nameOrId}": use the id (${ids.join(', ')})`,
      }),
    'templates.create': (fields) =>
      createTemplate(workspace.db(), fields, [{ language: fields.defaultLanguage, document: { type: 'doc', content: [{ type: 'paragraph' }] } }]),
    'templates.update': ({ id, fields }) => updateTemplate(workspace.db(), id, fields) ?? notFound(),
    'templates.duplicate': ({ id, name }) => duplicateTemplate(workspace.db(), id, name) ?? notFound(),
    'templates.delete': ({ id }) => {
      const usedBy = workspace.db().prepare('SELECT name FROM campaigns WHERE template_id = ? ORDER BY created_at LIMIT 1').pluck().get(id) as
        string | undefined;
      if (usedBy !== undefined) {
        throw new ApiFailure('conflict', `The campaign "${usedBy}" uses this template, so it was not deleted. Its letters are made from it.`);
      }
      if (!deleteTemplate(workspace.db(), id)) notFound();
      return { id };
    },
    'templates.saveVariant': ({ templateId, language, title, document }) =>
      saveVariant(workspace.db(), templateId, { language, title, document }) ?? notFound(),
    'templates.deleteVariant': ({ templateId, language }) => {
      const template = getTemplate(workspace.db(), templateId) ?? notFound();
      if (template.variants.length === 1 && template.variants[0].language === language) {
        throw new ApiFailure('conflict', 'A template needs at least one language. Add another language before removing this one.');
      }
      if (!deleteVariant(workspace.db(), templateId, language)) notFound();
      return { templateId, language };
    },
    'templates.import': async ({ fileName, contentBase64, language, name, kind, paperSize, decisions, proposals, voice, commit }) => {
      const imported = await importTemplateIsolated({ base64: contentBase64 }, fileName, { language });
      // A statement is endorsed, not addressed: no address block, salutation or close is proposed.
      const letter = kind === 'letter';
      const { parts } = imported;
      const applied = letter ? proposals : { addressBlock: false, salutation: false, close: false };
      const addressOnly = applied.addressBlock ? onlyInAddress(imported.skeleton, parts) : new Set<string>();
      const preview = {
        format: imported.format,
        suggestedName: imported.suggestedName,
        language: imported.language,
        document: applyPlaceholderMappings(imported, decisions, applied),
        placeholders: imported.placeholders.map((p) => ({
          ...p,
          mapping: decisions[p.id] ?? p.mapping,
          ...(addressOnly.has(p.id) ? { inAddressOnly: true } : {}),
        })),
        warnings: imported.warnings,
        offers: {
          addressLines: letter ? (parts.address?.lines ?? null) : null,
          salutation: letter && parts.salutationAt !== undefined,
          close: letter && parts.closeAt !== undefined,
        },
        voice: voice ?? imported.voice,
      };
      if (!commit) return { preview };
      await takeBackup(workspace, 'pre-import');
      const template = createTemplate(
        workspace.db(),
        { name: name || imported.suggestedName, kind, defaultLanguage: imported.language, paperSize, voice: preview.voice },
        [{ language: imported.language, document: preview.document }],
      );
      return { preview, template };
    },
  };
}
