import { Button, Dropdown, Flex, Tooltip, type MenuProps } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
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

  const items: MenuProps['items'] = more.map((action) => {
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
        <Dropdown
          trigger={['click']}
          menu={{
            items,
            onClick: ({ key }) => {
              const action = more.find((a) => a.key === key);
              if (action) start(action);
            },
          }}
        >
          <Button
            type={variant === 'link' ? 'link' : 'default'}
            size={variant === 'link' ? 'small' : 'middle'}
            icon={<MoreOutlined />}
            aria-label={t('actions.moreFor', { name })}
          >
            {variant === 'button' ? t('actions.more') : null}
          </Button>
        </Dropdown>
      ) : null}
      {holder}
    </Flex>
  );
}
