import * as z from 'zod';
import { FIELD_FORMATS, choiceNodeSchema, type LetterDocument } from '../../../../shared/letter/document';
import { MERGE_FIELD_IDS } from '../../../../shared/letter/fields';
import { withProposals, type LetterProposals } from './letter-parts';
import { renderSkeleton } from './render-skeleton';
import { TemplateImportError } from './template-import-errors';
import type { PlaceholderDecision, TemplateImport } from './types';

const simpleDecisionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('field'), field: z.enum(MERGE_FIELD_IDS), format: z.enum(FIELD_FORMATS).optional() }),
  z.strictObject({ type: z.literal('unmapped') }),
  z.strictObject({ type: z.literal('text'), text: z.string().max(10_000) }),
]);
const choiceAttrsSchema = choiceNodeSchema.shape.attrs;

/** A decision from the review screen, which is `unknown` until checked here. */
export function parsePlaceholderDecision(value: unknown): PlaceholderDecision | undefined {
  if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'choice') {
    const { type: _choice, ...attrs } = value as Record<string, unknown>;
    const parsed = choiceAttrsSchema.safeParse(attrs);
    return parsed.success ? { type: 'choice', ...parsed.data } : undefined;
  }
  const parsed = simpleDecisionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

const NO_PROPOSALS: LetterProposals = { addressBlock: false, salutation: false, close: false };

/**
 * The template document once the reviewer has decided: each decision replaces
 * the import's own mapping for that placeholder (including automatic ones);
 * placeholders left out keep theirs, so an undecided unmapped one stays as its
 * "[[…]]" marker text. The proposals that are on (address block, salutation,
 * close: see letter-parts.ts) are applied too; none unless asked.
 */
export function applyPlaceholderMappings(
  imported: TemplateImport,
  decisions: Readonly<Record<string, unknown>>,
  proposals: LetterProposals = NO_PROPOSALS,
): LetterDocument {
  try {
    const byId = new Map(imported.placeholders.map((p) => [p.id, p]));
    const chosen = new Map<string, PlaceholderDecision>();
    for (const [id, value] of Object.entries(decisions)) {
      const placeholder = byId.get(id);
      if (!placeholder) throw new TemplateImportError('unknownPlaceholder', `There is no placeholder "${id}" in this import.`);
      const decision = parsePlaceholderDecision(value);
      if (!decision) {
        throw new TemplateImportError(
          'invalidDecision',
          `The choice for placeholder ${placeholder.raw} is not valid: pick a merge field, alternatives or text.`,
        );
      }
      chosen.set(id, decision);
    }
    return renderSkeleton(withProposals(imported.skeleton, imported.parts, proposals), (id) => {
      const placeholder = byId.get(id);
      return placeholder && { decision: chosen.get(id) ?? placeholder.mapping, marker: placeholder.marker };
    });
  } catch (error) {
    if (error instanceof TemplateImportError) throw error;
    // The import came back from the renderer damaged: never a stack trace.
    throw new TemplateImportError('invalidImport', 'This import cannot be completed: its data is incomplete. Import the file again.', error);
  }
}
