import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvFileName, downloadCsv, EXPORT_ROW_CAP, toCsv } from '../../lib/csv';
import { ApiErrorAlert } from '../api-error-alert';
import type { CsvColumn } from './csv-columns';
import { useFeedback } from '../feedback/feedback';

export interface ExportCsvButtonProps<T> {
  /** File name stem, e.g. "volumes" → volumes-2026-11-27-0315.csv. */
  fileBase: string;
  /** The visible columns, in table order (see csvColumnsFor). */
  columns: CsvColumn<T>[];
  /** Every row of the current view: same filters and sort, all pages (fetchAllPages). */
  fetchRows: (options: { signal: AbortSignal; onProgress: (rows: number) => void }) => Promise<{ rows: T[]; truncated: boolean }>;
}

/** "Export CSV" for a list toolbar: fetches every matching row (capped), builds the file in the browser, downloads it. */
export function ExportCsvButton<T>({ fileBase, columns, fetchRows }: ExportCsvButtonProps<T>) {
  const { t } = useTranslation('export');
  const { message, notification } = useFeedback();
  const [progress, setProgress] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops a running export.
  useEffect(() => () => controller.current?.abort(), []);

  const run = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress(0);
    try {
      const { rows, truncated } = await fetchRows({ signal: abort.signal, onProgress: setProgress });
      const fileName = csvFileName(fileBase);
      downloadCsv(fileName, toCsv(columns.map((c) => c.label), rows.map((row) => columns.map((c) => c.value(row)))));
      if (truncated) {
        notification.warning({ title: t('truncatedTitle', { count: rows.length }), description: t('truncatedText', { cap: EXPORT_ROW_CAP.toLocaleString() }) });
      } else {
        void message.success(t('done', { count: rows.length, file: fileName }));
      }
    } catch (error) {
      if (!abort.signal.aborted) notification.error({ title: t('failed'), description: <ApiErrorAlert error={error} />, duration: 0 });
    } finally {
      if (controller.current === abort) controller.current = null;
      setProgress(null);
    }
  };

  const running = progress !== null;
  return (
    <Tooltip title={t('hint', { cap: EXPORT_ROW_CAP.toLocaleString() })}>
      <Button icon={<DownloadOutlined />} loading={running} onClick={() => void run()} aria-busy={running}>
        {running && progress ? t('progress', { count: progress }) : t('button')}
      </Button>
    </Tooltip>
  );
}
