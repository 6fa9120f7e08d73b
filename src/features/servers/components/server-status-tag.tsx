import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import { powerWorthShowing, serverTone } from '../model/status';
import type { Server } from '../model/types';

type Props = {
  server: Pick<Server, 'status' | 'OS-EXT-STS:task_state' | 'OS-EXT-STS:power_state'>;
  /** On one line (page headers, compact rows); stacked otherwise. */
  compact?: boolean;
};

const SMALL = { fontSize: 12 } as const;

/**
 * The status, the running task (what makes the row spin) and the power state when it says more
 * than the status does (a running ERROR server, a mismatch): the list's Status and Power columns
 * mostly repeated each other, so they are one.
 */
export function ServerStatusTag({ server, compact }: Props) {
  const { t } = useTranslation('servers');
  const task = server['OS-EXT-STS:task_state'];
  const power = powerWorthShowing(server);
  const tag = <StatusTag label={t(`status.${server.status}`)} tone={serverTone(server)} />;
  if (!task && power === null) return tag;
  return (
    <Flex
      vertical={!compact}
      gap={compact ? 6 : 2}
      align={compact ? 'center' : 'flex-start'}
      wrap={compact}
    >
      {tag}
      {task ? (
        <Typography.Text type="secondary" style={SMALL}>
          {t(`task.${task}`)}
        </Typography.Text>
      ) : null}
      {power !== null ? (
        <Typography.Text type="secondary" style={SMALL}>
          {t('powerNote', { state: t(`power.${power}`) })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
