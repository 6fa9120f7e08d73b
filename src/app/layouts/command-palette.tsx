// Keyboard ways around the console: Ctrl/Cmd+K opens a palette to go to any page the role may
// see (typed into, arrows to choose, Enter to go), `/` puts the cursor in the page's search box,
// `?` lists the shortcuts. None of them fires while the user is typing in a field.
import { useEffect, useId, useMemo, useState } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Modal, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AppRoute } from '../routes/route-model';
import { matchEntries, paletteEntries, type PaletteEntry } from './palette-model';

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
        if (search) {
          e.preventDefault();
          search.focus();
        }
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
      >
        {t('palette.open')}
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
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const entries = useMemo(() => paletteEntries(routes, isAdmin), [routes, isAdmin]);
  const label = (e: PaletteEntry) => ({
    title: t(e.titleKey),
    group: e.group ? t(`groups.${e.group}`) : '',
  });
  const found = matchEntries(query, entries, label);
  const current = Math.min(active, Math.max(found.length - 1, 0));
  const go = (e: PaletteEntry | undefined) => {
    if (!e) return;
    onClose();
    void navigate(e.path);
  };
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <Modal open title={t('palette.title')} onCancel={onClose} footer={null} width={520}>
      <Input
        autoFocus
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={found.length ? optionId(current) : undefined}
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
            setActive((current + 1) % Math.max(found.length, 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((current - 1 + found.length) % Math.max(found.length, 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            go(found[current]);
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
          maxHeight: 360,
          overflowY: 'auto',
        }}
      >
        {found.length === 0 ? (
          <li style={{ padding: 8 }}>
            <Typography.Text type="secondary">{t('palette.none')}</Typography.Text>
          </li>
        ) : (
          found.map((e, i) => {
            const { title, group } = label(e);
            const Icon = e.icon;
            return (
              <li
                key={e.path}
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
                {Icon ? <Icon aria-hidden /> : null}
                <span style={{ flex: 1 }}>{title}</span>
                {group ? <Typography.Text type="secondary">{group}</Typography.Text> : null}
              </li>
            );
          })
        )}
      </ul>
    </Modal>
  );
}
