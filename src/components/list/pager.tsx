import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { NativeSelect } from '../native-select';
import { Text } from '../text';

interface PagerProps {
  page: number;
  pageSize: number;
  pageSizes: readonly number[];
  /** Rows on this page. */
  rowCount: number;
  /** Known when the server counted (Cinder 3.45 with_count): numbered pages. Otherwise previous / next. */
  total?: number;
  hasNext: boolean;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

/** Page numbers around the current one, the first and the last, with gaps: 1 … 4 5 [6] 7 8 … 250. */
export function pageWindow(page: number, pages: number, around = 2): (number | 'gap')[] {
  const shown = new Set([1, pages]);
  for (let p = page - around; p <= page + around; p += 1) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && p - previous > 1) out.push(p - previous === 2 ? p - 1 : 'gap');
    out.push(p);
  });
  return out;
}

/** Server paging controls: range, page buttons (or previous / next by marker) and rows per page. */
export function Pager({ page, pageSize, pageSizes, rowCount, total, hasNext, onPage, onPageSize }: PagerProps) {
  const { t } = useTranslation('list');
  const numbered = typeof total === 'number';
  const pages = numbered ? Math.max(1, Math.ceil(total / pageSize)) : undefined;
  const start = (page - 1) * pageSize + 1;
  const range = !numbered ? t('paging.page', { page }) : rowCount ? t('paging.range', { start, end: start + rowCount - 1, total }) : t('paging.empty', { total });
  const canNext = pages ? page < pages : hasNext;
  return (
    <nav aria-label={t('paging.label')}>
      <Flex justify="flex-end" align="center" gap={8} wrap style={{ marginTop: 16 }}>
        <Text type="secondary">{range}</Text>
        <Button icon={<LeftOutlined />} aria-label={t('paging.previous')} title={t('paging.previous')} disabled={page <= 1} onClick={() => onPage(page - 1)} />
        {pages
          ? pageWindow(page, pages).map((entry, index) =>
              entry === 'gap' ? (
                <Text key={`gap-${index}`} type="secondary" aria-hidden>
                  …
                </Text>
              ) : (
                <Button
                  key={entry}
                  type={entry === page ? 'primary' : 'default'}
                  ghost={entry === page}
                  aria-label={t('paging.goTo', { page: entry })}
                  aria-current={entry === page ? 'page' : undefined}
                  onClick={() => entry !== page && onPage(entry)}
                >
                  {entry}
                </Button>
              ),
            )
          : null}
        <Button icon={<RightOutlined />} aria-label={t('paging.next')} title={t('paging.next')} disabled={!canNext} onClick={() => onPage(page + 1)} />
        <NativeSelect
          aria-label={t('paging.size')}
          value={String(pageSize)}
          width={120}
          onChange={(value) => onPageSize(Number(value))}
          options={pageSizes.map((size) => ({ value: String(size), label: t('paging.perPage', { size }) }))}
        />
      </Flex>
    </nav>
  );
}
