import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../shared/api/contract';
import type { CampaignSummary } from '../../../shared/campaigns/schemas';
import type { BlockNode } from '../../../shared/letter/document';
import { PreviewPage, type SheetLetter } from '../preview/preview-page';
import { useSheetSender } from '../preview/use-sheet-sender';

/*
 * One campaign letter as it will print: the merged text from main, with the
 * export's frame (place and date, reference, address block) and the
 * campaign's letterhead, signers and endorsers that agreed.
 */

type DraftView = OperationOutput<'drafts.get'>;

const lines = (texts: readonly string[]): BlockNode[] => [
  {
    type: 'paragraph',
    content: texts.flatMap((text, i) => [...(i > 0 ? [{ type: 'hardBreak' as const }] : []), ...(text ? [{ type: 'text' as const, text }] : [])]),
  },
];

export function PrintedLetter({ draft, campaign }: { draft: DraftView; campaign: CampaignSummary | undefined }) {
  const { t } = useTranslation('campaigns');
  const language = draft.row.language;
  const sender = useSheetSender(language, campaign ?? { signerIds: [], endorserIds: [] });
  const { print } = draft;
  const letter: SheetLetter = {
    used: language,
    title: print.title,
    frame:
      print.kind === 'letter'
        ? {
            date: [...lines([print.placeAndDate]), ...lines([t('sheet.reference', { reference: print.reference, lng: language })])],
            address: print.addressBlock ? lines(print.addressBlock) : [],
          }
        : null,
    body: draft.merged,
  };
  return <PreviewPage result={letter} paperSize={print.paperSize} sender={sender.sheet} />;
}
