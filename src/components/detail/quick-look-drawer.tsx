import type { ReactNode } from 'react';
import { Button, Drawer } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUrlParam } from '@/hooks/use-url-param';

export const QUICKLOOK_PARAM = 'quicklook';

/** Which item the quick look shows (`?quicklook=<id>`), and how to open/close it from a row. */
export function useQuickLook(param = QUICKLOOK_PARAM) {
  const [id, setId] = useUrlParam(param);
  return { id, open: (next: string) => setId(next), close: () => setId(undefined) };
}

export type QuickLookDrawerProps = {
  /** Translated title for the item (its name once loaded). */
  title: (id: string) => ReactNode;
  /** The body for an id; usually a component that queries the item itself. */
  children: (id: string) => ReactNode;
  /** Link to the full detail page. */
  detailHref?: (id: string) => string;
  param?: string;
  size?: number;
};

/** A drawer over a list, opened by a row and deep-linkable because its state is the URL. */
export function QuickLookDrawer({
  title,
  children,
  detailHref,
  param,
  size = 640,
}: QuickLookDrawerProps) {
  const { t } = useTranslation('ui');
  const { id, close } = useQuickLook(param);
  return (
    <Drawer
      open={id !== undefined}
      onClose={close}
      size={size}
      title={id !== undefined ? title(id) : null}
      extra={
        id !== undefined && detailHref ? (
          <Link to={detailHref(id)}>{t('quicklook.openDetail')}</Link>
        ) : null
      }
      destroyOnHidden
    >
      {id !== undefined ? children(id) : null}
    </Drawer>
  );
}

/** A list cell that opens the row's quick look: the item's name as a link-style button. */
export function QuickLookLink({
  id,
  children,
  param,
}: {
  id: string;
  children: ReactNode;
  param?: string;
}) {
  const { open } = useQuickLook(param);
  return (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(id)}>
      {children}
    </Button>
  );
}
