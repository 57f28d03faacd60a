import { Breadcrumb, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

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

export function PageHeader({ title, breadcrumbs, extra, subtitle }: PageHeaderProps) {
  return (
    <header style={{ marginBottom: 16 }}>
      {breadcrumbs?.length ? (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={breadcrumbs.map((crumb, index) => ({
            key: index,
            title: crumb.to && index < breadcrumbs.length - 1 ? <Link to={crumb.to}>{crumb.label}</Link> : crumb.label,
          }))}
        />
      ) : null}
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 22 }}>
            {title}
          </Typography.Title>
          {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
        </div>
        {extra ? <Flex gap={8} wrap>{extra}</Flex> : null}
      </Flex>
    </header>
  );
}
