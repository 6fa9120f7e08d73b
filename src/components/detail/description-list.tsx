import type { ReactNode } from 'react';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type DescriptionItem = {
  readonly key: string;
  /** Already translated, e.g. t('images:fields.disk_format'). */
  readonly label: string;
  /** Null, undefined and '' show as a dash, so a missing field never reads "undefined". */
  readonly value: ReactNode;
  /** Text put on the clipboard by a copy button (ids, addresses). */
  readonly copy?: string;
  readonly span?: number;
};

export type DescriptionListProps = {
  items: readonly DescriptionItem[];
  title?: ReactNode;
  /** Columns per row at desktop widths; narrower screens get fewer. */
  columns?: number;
  bordered?: boolean;
};

export function DescriptionList({ items, title, columns = 2, bordered }: DescriptionListProps) {
  const { t } = useTranslation('ui');
  const none = t('value.none');
  return (
    <Descriptions
      title={title}
      bordered={bordered}
      size="small"
      column={{ xs: 1, sm: 1, md: Math.min(2, columns), lg: columns, xl: columns, xxl: columns }}
      items={items.map((item) => {
        const empty = item.value === null || item.value === undefined || item.value === '';
        return {
          key: item.key,
          label: item.label,
          span: item.span,
          children: empty ? (
            <Typography.Text type="secondary">{none}</Typography.Text>
          ) : item.copy ? (
            <Typography.Text copyable={{ text: item.copy }} style={{ wordBreak: 'break-all' }}>
              {item.value}
            </Typography.Text>
          ) : (
            item.value
          ),
        };
      })}
    />
  );
}

/** An id in monospace with a copy button, for tables and headers. */
export function CopyableId({ id }: { id: string }) {
  return (
    <Typography.Text code copyable={{ text: id }}>
      {id}
    </Typography.Text>
  );
}
