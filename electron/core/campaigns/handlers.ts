import { ApiFailure } from '../../../shared/api/errors';
import type { CampaignSummary, DraftRow } from '../../../shared/campaigns/schemas';
import { letterDocumentSchema } from '../../../shared/letter/document';
import { holdsTemplateNodes } from '../../../shared/letter/merge';
import { addCampaignRecipients, createCampaign, getCampaign, listCampaigns, updateCampaign } from './campaigns-repo';
import { campaignDraftLetters, campaignDraftRows, campaignRecipients, getDraftRecord, revertDraft, saveDraftEdit, setAllowMissing } from './drafts-repo';
import { mergeDraft } from './draft-merge';
import type { DraftLetter } from './draft-letters';
import { addressBlock, placeAndDate } from '../exports/letter-parts';
import { getRecipientsByIds } from '../recipients/recipients-query';
import { selectRecipientIds } from './select-recipients';
import { oneByIdOrName } from '../api/by-name';
import type { HandlersFor } from '../api/handler-types';
import { chaserHandlers } from './chaser-handlers';
import type { Db } from '../db/database';
import { getTemplate } from '../templates/templates-repo';
import type { Workspace } from '../workspace/workspace';

function notFound(what: string): never {
  throw new ApiFailure('not_found', `That ${what} no longer exists. It may have been deleted.`);
}

/** Refuses ids of signers or endorsers that do not exist, naming the kind. */
function assertAllExist(db: Db, table: 'signers' | 'endorsers', ids: readonly string[]): void {
  const found = db
    .prepare(`SELECT count(*) FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .get(JSON.stringify([...new Set(ids)])) as number;
  if (found !== new Set(ids).size) {
    throw new ApiFailure('invalid_input', `Please check the input: a chosen ${table === 'signers' ? 'signer' : 'endorsing organisation'} no longer exists.`, [
      { path: [table === 'signers' ? 'signerIds' : 'endorserIds'], code: 'invalid' },
    ]);
  }
}

/** The merged view of one draft, recomputed from the store. */
function draftView(db: Db, id: string) {
  const record = getDraftRecord(db, id) ?? notFound('draft');
  const campaign = getCampaign(db, record.campaignId) ?? notFound('campaign');
  // Only this draft is merged, not the whole campaign.
  const [letter] = campaignDraftLetters(db, campaign, new Date(), id);
  if (!letter) notFound('draft');
  return { record, campaign, letter };
}

function parseDoc(json: string | null) {
  return json ? letterDocumentSchema.parse(JSON.parse(json)) : null;
}

/** What the export prints around the letter's text: title, place and date, reference, address block, paper. */
function printFrame(db: Db, campaign: CampaignSummary, letter: DraftLetter) {
  const template = getTemplate(db, campaign.templateId) ?? notFound('template');
  const recipient = getRecipientsByIds(db, [letter.row.recipientId]).get(letter.row.recipientId) ?? notFound('recipient');
  const place = (db.prepare('SELECT place FROM organisation').pluck().get() as string | undefined) ?? '';
  const language = letter.row.language;
  return {
    kind: template.kind,
    paperSize: template.paperSize,
    title: letter.variant.title,
    placeAndDate: placeAndDate(place, campaign.letterDate, language),
    reference: letter.row.reference,
    addressBlock: template.kind === 'letter' && !letter.addressInBody ? addressBlock(recipient, language) : null,
  };
}

function draftRow(db: Db, id: string): DraftRow {
  return draftView(db, id).letter.row;
}

export function campaignHandlers(workspace: Workspace): HandlersFor<'campaigns'> {
  return {
    ...chaserHandlers(workspace),
    'campaigns.list': () => listCampaigns(workspace.db()),
    'campaigns.get': ({ id }) => getCampaign(workspace.db(), id) ?? notFound('campaign'),
    'campaigns.find': ({ nameOrId }) =>
      oneByIdOrName(listCampaigns(workspace.db()), nameOrId, {
        none: `no campaign called "${nameOrId}" (see "letterdesk campaigns list")`,
        several: (ids) => `several campaigns are called "${nameOrId}": use the id (${ids.join(', ')})`,
      }),
    'campaigns.findRecipient': ({ campaignId, nameOrId }) => {
      const db = workspace.db();
      const campaign = getCampaign(db, campaignId) ?? notFound('campaign');
      return oneByIdOrName(campaignRecipients(db, campaignId), nameOrId, {
        none: `no recipient "${nameOrId}" in the campaign "${campaign.name}" (see "letterdesk status --campaign ${campaign.id}")`,
        several: (ids) => `several recipients of "${campaign.name}" are called "${nameOrId}": use the id (${ids.join(', ')})`,
      });
    },
    'campaigns.countRecipients': ({ recipients }) => ({ count: selectRecipientIds(workspace.db(), recipients).length }),
    'campaigns.create': ({ recipients, ...fields }) => {
      const db = workspace.db();
      if (!getTemplate(db, fields.templateId)) notFound('template');
      assertAllExist(db, 'signers', fields.signerIds);
      assertAllExist(db, 'endorsers', fields.endorserIds);
      const ids = selectRecipientIds(db, recipients);
      if (ids.length === 0) {
        throw new ApiFailure('invalid_input', 'No recipients match this choice, so there is nothing to write. Choose other recipients.', [
          { path: ['recipients'], code: 'noRecipients' },
        ]);
      }
      return createCampaign(db, fields, ids);
    },
    'campaigns.update': ({ id, fields }) => {
      const db = workspace.db();
      assertAllExist(db, 'signers', fields.signerIds);
      assertAllExist(db, 'endorsers', fields.endorserIds);
      return updateCampaign(db, id, fields) ?? notFound('campaign');
    },
    'campaigns.addRecipients': ({ id, recipients }) => {
      const db = workspace.db();
      if (!getCampaign(db, id)) notFound('campaign');
      return { added: addCampaignRecipients(db, id, selectRecipientIds(db, recipients)) };
    },
    'campaigns.drafts': ({ id }) => {
      const db = workspace.db();
      return campaignDraftRows(db, getCampaign(db, id) ?? notFound('campaign'));
    },
    'drafts.get': ({ id }) => {
      const db = workspace.db();
      const { record, campaign, letter } = draftView(db, id);
      const edit = parseDoc(record.editedDocument);
      // Compared in the edit's own kind: a resolved hand edit with the template resolved for this recipient.
      const template = edit && !letter.resolvedEdit ? letter.variant.document : letter.resolveTemplate();
      return {
        row: letter.row,
        document: edit ?? template,
        editable: edit ? letter.resolve(edit, letter.row.language) : template,
        merged: letter.merge.document,
        templateDocument: template,
        templateRevision: letter.variant.revision,
        baseDocument: parseDoc(record.baseDocument),
        print: printFrame(db, campaign, letter),
      };
    },
    'drafts.saveEdit': ({ id, document }) => {
      const db = workspace.db();
      const { record, letter } = draftView(db, id);
      const resolved = !holdsTemplateNodes(document);
      const stored = record.editedDocument ? parseDoc(record.baseDocument) : null;
      // The first edit remembers the template text it started from; later edits keep that base,
      // resolved for the recipient when an older edit with fields becomes a resolved one.
      const base =
        stored && record.baseRevision !== null
          ? { document: resolved ? letter.resolve(stored, record.editedLanguage ?? letter.variant.language) : stored, revision: record.baseRevision }
          : { document: resolved ? letter.resolveTemplate() : letter.variant.document, revision: letter.variant.revision };
      saveDraftEdit(db, id, { document, language: letter.row.language, base });
      return draftRow(db, id);
    },
    'drafts.revert': ({ id }) => {
      if (!revertDraft(workspace.db(), id)) notFound('draft');
      return draftRow(workspace.db(), id);
    },
    'drafts.keepEdit': ({ id }) => {
      const db = workspace.db();
      const { record, letter } = draftView(db, id);
      if (!record.editedDocument) return letter.row;
      // Acknowledge the template as it is now: the diff starts again from here.
      saveDraftEdit(db, id, {
        document: parseDoc(record.editedDocument)!,
        language: letter.row.language,
        base: { document: letter.resolvedEdit ? letter.resolveTemplate() : letter.variant.document, revision: letter.variant.revision },
      });
      return draftRow(db, id);
    },
    'drafts.merge': ({ id, templateRevision, choices, merged }) => {
      mergeDraft(workspace.db(), id, { templateRevision, choices, merged });
      return draftRow(workspace.db(), id);
    },
    'drafts.allowMissing': ({ id, allow }) => {
      if (!setAllowMissing(workspace.db(), id, allow)) notFound('draft');
      return draftRow(workspace.db(), id);
    },
  };
}
