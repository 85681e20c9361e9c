import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/recipients/schemas';
import type { PaperSize } from '../../api/template-queries';
import { BlocksView, splitPages } from '../../letter/document-view';
import type { PreviewResult } from './letter-merge';
import classes from './preview.module.css';

/** Page width in CSS pixels (96 per inch), to scale the page to the column. */
const PAGE_WIDTH_PX: Record<PaperSize, number> = { A4: (210 / 25.4) * 96, Letter: 8.5 * 96 };

/**
 * The merged letter on paper of the template's size: a letterhead box, then
 * for letters the date and the address block, then the text. Explicit page
 * breaks start a new sheet; text longer than a sheet makes the sheet longer
 * (the DOCX export does the real pagination).
 */
export function PreviewPage({ result, paperSize, factLabel }: { result: PreviewResult; paperSize: PaperSize; factLabel: (id: string) => string }) {
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
                  <div className={classes.letterhead} aria-hidden="true">
                    {t('preview.letterhead')}
                  </div>
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
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
