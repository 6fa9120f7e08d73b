import type { ReactNode } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageHeader } from '@/components/page-header';

/** The primary "create" action of a list page (its header, and its empty table). */
export function CreateButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}

type Props = {
  /** Already translated, like every text below. */
  title: string;
  subtitle?: string;
  /** The create action, last and primary; other actions (import, …) go in `extra`, before it. */
  create?: { label: string; onClick: () => void };
  extra?: ReactNode;
};

/** A list page's header: its title and what it says, with the page's create action. */
export function ListPageHeader({ title, subtitle, create, extra }: Props) {
  const actions =
    extra || create ? (
      <>
        {extra}
        {create ? <CreateButton {...create} /> : null}
      </>
    ) : undefined;
  return <PageHeader title={title} subtitle={subtitle} extra={actions} />;
}
