import { cloneElement, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { Button, Dropdown, Flex, Tooltip, type MenuProps } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { DisabledReason } from '@/components/disabled-reason';
import { VisuallyHidden } from '@/components/visually-hidden';
import { resolveLabel } from './action-logic';
import type { ItemIdentity, ResourceAction } from './types';
import { useActionRunner } from './use-action-runner';

export type RowActionsProps<T> = ItemIdentity<T> & {
  item: T;
  /** In order; the first `inline` are buttons, the rest go in the "more" menu. */
  actions: readonly ResourceAction<T>[];
  inline?: number;
  /** Buttons rather than links, for a detail page header. */
  variant?: 'link' | 'button';
};

export function RowActions<T>({
  item,
  actions,
  keyOf,
  nameOf,
  inline = 1,
  variant = 'link',
}: RowActionsProps<T>) {
  const { t, i18n } = useTranslation('ui');
  const { run, holder } = useActionRunner({ keyOf, nameOf });
  const name = (nameOf ?? keyOf)(item);
  const shown = actions.slice(0, inline);
  const more = actions.slice(inline);
  const start = (action: ResourceAction<T>) => void run(action, [item]);

  return (
    <Flex gap={variant === 'link' ? 0 : 8} align="center">
      {shown.map((action) => {
        const verdict = action.guard(item);
        return (
          <DisabledReason key={action.key} reason={verdict === true ? null : verdict}>
            <Button
              type={variant === 'link' ? 'link' : 'default'}
              size={variant === 'link' ? 'small' : 'middle'}
              danger={action.danger}
              icon={action.icon}
              disabled={verdict !== true}
              style={verdict === true ? undefined : { pointerEvents: 'none' }}
              onClick={() => start(action)}
            >
              {resolveLabel(i18n, action.label)}
            </Button>
          </DisabledReason>
        );
      })}
      {more.length ? (
        <MoreMenu
          items={() => menuItems(more, item, i18n)}
          onSelect={(key) => {
            const action = more.find((a) => a.key === key);
            if (action) start(action);
          }}
          button={
            <Button
              type={variant === 'link' ? 'link' : 'default'}
              size={variant === 'link' ? 'small' : 'middle'}
              icon={<MoreOutlined />}
              aria-label={t('actions.moreFor', { name })}
            >
              {variant === 'button' ? t('actions.more') : null}
            </Button>
          }
        />
      ) : null}
      {holder}
    </Flex>
  );
}

/** The "more" menu's items; a disabled one carries its reason (tooltip and accessible name). */
function menuItems<T>(
  actions: readonly ResourceAction<T>[],
  item: T,
  i18n: I18n,
): MenuProps['items'] {
  return actions.map((action) => {
    const verdict = action.guard(item);
    const label = resolveLabel(i18n, action.label);
    return {
      key: action.key,
      icon: action.icon,
      danger: action.danger,
      disabled: verdict !== true,
      label:
        verdict === true ? (
          label
        ) : (
          <Tooltip title={verdict} placement="left">
            <span>
              {label}
              <VisuallyHidden>{verdict}</VisuallyHidden>
            </span>
          </Tooltip>
        ),
    };
  });
}

/**
 * A row's "more" button, with antd's Dropdown mounted on intent: in every row of a page it cost a
 * quarter of a filter's time (alternated A/B: [Q2], README "Performance at scale"). Until the
 * pointer comes over the button, it takes the focus or is clicked, only the button is drawn and
 * the items (with their guards) are not computed. Arming replaces the button's element: it is
 * done synchronously (flushSync), so the click that follows lands on the armed one, and the focus
 * is put back on it; a click that arrives unannounced (assistive technology) opens the menu.
 */
function MoreMenu({
  items,
  onSelect,
  button,
}: {
  items: () => MenuProps['items'];
  onSelect: (key: string) => void;
  button: ReactElement<Record<string, unknown>>;
}) {
  // How it was armed: by the keyboard's focus, the new button takes the focus as it mounts.
  const [armed, setArmed] = useState<false | 'pointer' | 'focus'>(false);
  const [open, setOpen] = useState(false);

  if (!armed) {
    return cloneElement(button, {
      onPointerEnter: () => flushSync(() => setArmed('pointer')),
      onFocus: () => flushSync(() => setArmed('focus')),
      onClick: () => {
        setArmed('pointer');
        setOpen(true);
      },
    });
  }
  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={setOpen}
      menu={{
        items: items(),
        onClick: ({ key }) => {
          setOpen(false);
          onSelect(key);
        },
      }}
    >
      {cloneElement(button, { autoFocus: armed === 'focus' })}
    </Dropdown>
  );
}
