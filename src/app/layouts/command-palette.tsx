// Keyboard ways around the console: Ctrl/Cmd+K (or the header's search box) opens a palette to go
// to any page the role may see or to a resource found by the platform's resource search (servers,
// disks, NICs, GPUs: 004 §1.9 item 31) — typed into, arrows to choose, Enter to go; `/` puts the
// cursor in the page's search box, or opens the palette on a page without one; `?` lists the
// shortcuts. None of them fires while the user is typing in a field.
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Modal, Tag, Typography, theme, type InputRef } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { serverMetricQueries } from '@/api/resources/server-metrics';
import { useFocusWhenOpen } from '@/hooks/use-focus-when-open';
import { useViewer } from '@/hooks/use-session';
import type { AppRoute } from '../routes/route-model';
import { matchEntries, paletteEntries, type PaletteEntry } from './palette-model';
import { resourceEntries } from './palette-resources';

/** Resources asked for per search, and the typing pause before one is sent. */
const RESOURCE_LIMIT = 20;
const SEARCH_DELAY_MS = 250;

const isMac = () => /Mac|iP(hone|ad)/.test(navigator.platform);

/** The user is typing: shortcuts keep out of the way. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function CommandPalette({
  routes,
  isAdmin,
}: {
  routes: readonly AppRoute[];
  isAdmin: boolean;
}) {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  const [help, setHelp] = useState(false);
  const combo = isMac() ? '⌘ K' : 'Ctrl K';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (e.key === '/') {
        const search = document.querySelector<HTMLInputElement>(
          'main input[aria-keyshortcuts="/"]',
        );
        e.preventDefault();
        // A page without a search box of its own: `/` searches the whole console.
        if (search) search.focus();
        else setOpen(true);
      } else if (e.key === '?') {
        e.preventDefault();
        setHelp(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <Button
        icon={<SearchOutlined aria-hidden />}
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Control+K Meta+K"
        style={{ minWidth: 200, justifyContent: 'flex-start' }}
      >
        <Typography.Text type="secondary" style={{ flex: 1, textAlign: 'start' }}>
          {t('palette.open')}
        </Typography.Text>
        <Typography.Text type="secondary" keyboard style={{ marginInlineStart: 4 }}>
          {combo}
        </Typography.Text>
      </Button>
      {open ? (
        <PaletteDialog routes={routes} isAdmin={isAdmin} onClose={() => setOpen(false)} />
      ) : null}
      <Modal
        title={t('shortcuts.title')}
        open={help}
        onCancel={() => setHelp(false)}
        footer={null}
        width={420}
      >
        <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '8px 16px' }}>
          {(
            [
              [combo, t('shortcuts.palette')],
              ['/', t('shortcuts.search')],
              ['?', t('shortcuts.help')],
              [t('shortcuts.escKey'), t('shortcuts.close')],
            ] as const
          ).map(([key, what]) => (
            <div key={key} style={{ display: 'contents' }}>
              <dt>
                <Typography.Text keyboard>{key}</Typography.Text>
              </dt>
              <dd style={{ margin: 0 }}>{what}</dd>
            </div>
          ))}
        </dl>
      </Modal>
    </>
  );
}

type Item = { key: string; path: string; content: ReactNode };

/** What was typed, once the user pauses: one search per pause, not per keystroke. */
function useSettled(value: string) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), SEARCH_DELAY_MS);
    return () => clearTimeout(id);
  }, [value]);
  return settled;
}

function PaletteDialog({
  routes,
  isAdmin,
  onClose,
}: {
  routes: readonly AppRoute[];
  isAdmin: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('shell');
  const { token } = theme.useToken();
  const [fieldRef, focusField] = useFocusWhenOpen<InputRef>();
  const navigate = useNavigate();
  const viewer = useViewer();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const settled = useSettled(query.trim());
  const searching = settled.length >= 2;
  const resources = useQuery({
    ...serverMetricQueries.search(settled, RESOURCE_LIMIT),
    enabled: searching,
  });
  const entries = useMemo(() => paletteEntries(routes, isAdmin), [routes, isAdmin]);
  const label = (e: PaletteEntry) => ({
    title: t(e.titleKey),
    group: e.group ? t(`groups.${e.group}`) : '',
  });
  const pages: Item[] = matchEntries(query, entries, label).map((e) => {
    const { title, group } = label(e);
    const Icon = e.icon;
    return {
      key: e.path,
      path: e.path,
      content: (
        <>
          {Icon ? <Icon aria-hidden /> : null}
          <span style={{ flex: 1 }}>{title}</span>
          {group ? <Typography.Text type="secondary">{group}</Typography.Text> : null}
        </>
      ),
    };
  });
  const found: Item[] = searching
    ? resourceEntries(resources.data ?? [], viewer.projectId).map((r) => ({
        key: r.key,
        path: r.path,
        content: (
          <>
            <Tag style={{ marginInlineEnd: 0 }}>{t(`search.kind.${r.kind}`)}</Tag>
            <span style={{ flex: 1 }}>{r.title}</span>
            {r.kind === 'server' ? null : (
              <Typography.Text type="secondary">
                {t('search.onServer', { server: r.serverRef })}
              </Typography.Text>
            )}
          </>
        ),
      }))
    : [];
  const items = [...pages, ...found];
  const current = Math.min(active, Math.max(items.length - 1, 0));
  const go = (e: Item | undefined) => {
    if (!e) return;
    onClose();
    void navigate(e.path);
  };
  const optionId = (i: number) => `${listId}-${i}`;
  const option = (e: Item, i: number) => (
    <li
      key={e.key}
      id={optionId(i)}
      role="option"
      aria-selected={i === current}
      onMouseEnter={() => setActive(i)}
      onClick={() => go(e)}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        padding: '8px 12px',
        borderRadius: token.borderRadius,
        cursor: 'pointer',
        background: i === current ? token.controlItemBgActive : undefined,
      }}
    >
      {e.content}
    </li>
  );
  const heading = (text: string) => (
    <li role="presentation" style={{ padding: '8px 12px 4px' }}>
      <Typography.Text type="secondary" strong>
        {text}
      </Typography.Text>
    </li>
  );
  const resourceStatus = !searching
    ? null
    : resources.isPending
      ? t('search.searching')
      : resources.error
        ? t('search.failed')
        : found.length === 0
          ? t('search.none')
          : null;

  return (
    <Modal
      open
      title={t('palette.title')}
      onCancel={onClose}
      footer={null}
      width={560}
      afterOpenChange={focusField}
    >
      <Input
        ref={fieldRef}
        autoFocus
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={items.length ? optionId(current) : undefined}
        aria-label={t('palette.placeholder')}
        placeholder={t('palette.placeholder')}
        prefix={<SearchOutlined aria-hidden />}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((current + 1) % Math.max(items.length, 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((current - 1 + items.length) % Math.max(items.length, 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            go(items[current]);
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('palette.results')}
        style={{
          listStyle: 'none',
          margin: '12px 0 0',
          padding: 0,
          maxHeight: 420,
          overflowY: 'auto',
        }}
      >
        {pages.length === 0 && !searching ? (
          <li role="presentation" style={{ padding: 8 }}>
            <Typography.Text type="secondary">{t('palette.none')}</Typography.Text>
          </li>
        ) : null}
        {pages.length > 0 && searching ? heading(t('search.pages')) : null}
        {pages.map((e, i) => option(e, i))}
        {searching ? heading(t('search.resources')) : null}
        {found.map((e, i) => option(e, pages.length + i))}
        {resourceStatus ? (
          <li role="presentation" aria-live="polite" style={{ padding: '4px 12px' }}>
            <Typography.Text type="secondary">{resourceStatus}</Typography.Text>
          </li>
        ) : null}
      </ul>
    </Modal>
  );
}
