import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

export type PageHeaderProps = {
  /** Already translated. Rendered as the page's h1. */
  title: ReactNode;
  subtitle?: ReactNode;
  /** Next to the title, e.g. a StatusTag on a detail page. */
  status?: ReactNode;
  /** Right-aligned actions (create button, RowActions of the shown resource). */
  extra?: ReactNode;
  /** An antd Breadcrumb, or any navigation above the title. */
  breadcrumbs?: ReactNode;
};

export function PageHeader({ title, subtitle, status, extra, breadcrumbs }: PageHeaderProps) {
  return (
    <header style={{ marginBottom: 16 }}>
      {breadcrumbs ? <div style={{ marginBottom: 8 }}>{breadcrumbs}</div> : null}
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex align="center" gap={12} wrap style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {title}
          </Typography.Title>
          {status}
        </Flex>
        {extra ? (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        ) : null}
      </Flex>
      {subtitle ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {subtitle}
        </Typography.Paragraph>
      ) : null}
    </header>
  );
}
