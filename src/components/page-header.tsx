import { Flex, theme } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Text } from './text';

export interface Crumb {
  label: ReactNode;
  to?: string;
}

interface PageHeaderProps {
  title: ReactNode;
  /** Trail above the title; the last crumb is the current page and is not a link. */
  breadcrumbs?: Crumb[];
  /** Buttons on the right (primary action first). */
  extra?: ReactNode;
  subtitle?: ReactNode;
}

/** Every page's title row. Plain elements in the theme's colours (antd Typography / Breadcrumb are heavy for a heading). */
export function PageHeader({ title, breadcrumbs, extra, subtitle }: PageHeaderProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <header style={{ marginBottom: 16 }}>
      {breadcrumbs?.length ? (
        <nav aria-label={t('nav.breadcrumb')} style={{ marginBottom: 8, color: token.colorTextSecondary }}>
          {breadcrumbs.map((crumb, index) => {
            const last = index === breadcrumbs.length - 1;
            return (
              <Fragment key={index}>
                {crumb.to && !last ? (
                  // Underlined: told apart from the trail's plain text by more than colour.
                  <Link to={crumb.to} style={{ textDecoration: 'underline' }}>
                    {crumb.label}
                  </Link>
                ) : (
                  <span aria-current={last ? 'page' : undefined} style={{ color: last ? token.colorText : undefined }}>
                    {crumb.label}
                  </span>
                )}
                {last ? null : (
                  <span aria-hidden style={{ marginInline: 8 }}>
                    /
                  </span>
                )}
              </Fragment>
            );
          })}
        </nav>
      ) : null}
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <h2 style={{ margin: 0, fontSize: 22, lineHeight: 1.35, fontWeight: token.fontWeightStrong, color: token.colorTextHeading }}>{title}</h2>
          {subtitle ? <Text type="secondary">{subtitle}</Text> : null}
        </div>
        {extra ? (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        ) : null}
      </Flex>
    </header>
  );
}
