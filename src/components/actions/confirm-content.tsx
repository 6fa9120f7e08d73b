import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { headOf } from './action-logic';

type Props = {
  names: readonly string[];
  skipped: readonly { name: string; reason: string }[];
  extra?: ReactNode;
  /** Destructive actions say they cannot be undone. */
  irreversible?: boolean;
};

/** Which items the action will touch and which it will skip (with why), before the user agrees. */
export function ConfirmContent({ names, skipped, extra, irreversible }: Props) {
  const { t } = useTranslation('ui');
  const affected = headOf(names);
  const skippedHead = headOf(skipped);
  return (
    <Flex vertical gap={8}>
      {extra}
      {names.length > 1 ? (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {affected.shown.map((n) => (
            <li key={n}>{n}</li>
          ))}
          {affected.more ? <li>{t('confirm.andMore', { count: affected.more })}</li> : null}
        </ul>
      ) : null}
      {skipped.length ? (
        <div>
          <Typography.Text type="warning">
            {t('confirm.willSkip', { count: skipped.length })}
          </Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {skippedHead.shown.map((s) => (
              <li key={s.name}>
                <Typography.Text strong>{s.name}</Typography.Text>
                {t('confirm.reasonSeparator')}
                {s.reason}
              </li>
            ))}
            {skippedHead.more ? <li>{t('confirm.andMore', { count: skippedHead.more })}</li> : null}
          </ul>
        </div>
      ) : null}
      {irreversible ? (
        <Typography.Text type="secondary">{t('confirm.irreversible')}</Typography.Text>
      ) : null}
    </Flex>
  );
}
