import { Button, Group } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { notifySuccess } from '../../components/notify';
import { useDownload } from '../../components/download';
import { svgToPngBase64 } from './map-png';

/** "Download CSV/DOCX report" for the campaign shown (or all); the DOCX gets the map as a picture when the map is on screen. */
export function ReportButtons({ campaignId, mapRef }: { campaignId: string | null; mapRef: RefObject<SVGSVGElement | null> }) {
  const { t } = useTranslation('tracking');
  const { t: tm } = useTranslation();

  const report = useDownload(
    async (format: 'csv' | 'docx') => {
      let mapPngBase64: string | undefined;
      if (format === 'docx' && mapRef.current) {
        // A map that cannot be drawn should not cost the report: it is sent without the picture.
        mapPngBase64 = await svgToPngBase64(mapRef.current).catch(() => undefined);
      }
      return api['tracking.report']({ format, ...(campaignId ? { campaignId } : {}), ...(mapPngBase64 ? { mapPngBase64 } : {}) });
    },
    { onDownloaded: (file) => notifySuccess(tm, t('report.done'), t('report.doneBody', { fileName: file.fileName })) },
  );

  return (
    <Group gap="sm">
      <Button variant="default" loading={report.isPending && report.variables === 'csv'} onClick={() => report.mutate('csv')}>
        {t('report.csv')}
      </Button>
      <Button variant="default" loading={report.isPending && report.variables === 'docx'} onClick={() => report.mutate('docx')}>
        {t('report.docx')}
      </Button>
    </Group>
  );
}
