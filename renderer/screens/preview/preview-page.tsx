import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/recipients/schemas';
import type { PaperSize } from '../../api/template-queries';
import { BlocksView, splitPages } from '../../letter/document-view';
import { SheetEndorsers, SheetLetterhead, SheetSigners, type SheetEndorser, type SheetOrganisation, type SheetSigner } from '../../letter/sheet-parts';
import type { PreviewResult } from './letter-merge';
import classes from './preview.module.css';

/** Page width in CSS pixels (96 per inch), to scale the page to the column. */
const PAGE_WIDTH_PX: Record<PaperSize, number> = { A4: (210 / 25.4) * 96, Letter: 8.5 * 96 };

/** What the sheet shows of a merged letter (a preview's result, or a campaign letter's). */
export type SheetLetter = Pick<PreviewResult, 'used' | 'title' | 'frame' | 'body'>;

/** Who sends the letter: the letterhead, the signers and the endorsers, as the export prints them. */
export interface SheetSender {
  organisation: SheetOrganisation | null;
  signers: readonly SheetSigner[];
  endorsers: readonly SheetEndorser[];
}

interface PreviewPageProps {
  result: SheetLetter;
  paperSize: PaperSize;
  factLabel?: (id: string) => string;
  sender?: SheetSender;
}

/**
 * The merged letter on paper of the template's size, as it will print: the
 * letterhead (logo, name, address), for letters the place and date and the
 * address block, the text, then the signatures and the endorsers. Explicit
 * page breaks start a new sheet; text longer than a sheet makes the sheet
 * longer (the export does the real pagination).
 */
export function PreviewPage({ result, paperSize, factLabel, sender }: PreviewPageProps) {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const scale = width > 0 ? Math.min(1, width / PAGE_WIDTH_PX[paperSize]) : 1;
  const pages = splitPages(result.body);
  const lang: Language = result.used;

  return (
    <div className={classes.desk}>
      <div ref={ref} className={classes.viewport}>
        <div style={{ zoom: scale }} role="document" aria-label={t('preview.pageLabel')} lang={lang}>
          {pages.map((blocks, i) => (
            <div key={i} className={classes.page} data-paper={paperSize}>
              {i === 0 && (
                <>
                  <SheetLetterhead organisation={sender?.organisation ?? null} />
                  {result.frame && (
                    <>
                      <div className={classes.date}>
                        <BlocksView content={result.frame.date} />
                      </div>
                      {result.frame.address.length > 0 && (
                        <address className={classes.address}>
                          <BlocksView content={result.frame.address} />
                        </address>
                      )}
                    </>
                  )}
                  {result.title && <h1 className={classes.title}>{result.title}</h1>}
                </>
              )}
              <div className={classes.body}>
                <BlocksView content={blocks} factLabel={factLabel} />
              </div>
              {i === pages.length - 1 && sender && (
                <>
                  <SheetSigners signers={sender.signers} />
                  <SheetEndorsers endorsers={sender.endorsers} language={lang} />
                </>
              )}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
