import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import { serverTone } from '../model/status';
import type { Server } from '../model/types';

type Props = { server: Pick<Server, 'status' | 'OS-EXT-STS:task_state'>; compact?: boolean };

/** The status, and the running task under it (what makes the row spin). */
export function ServerStatusTag({ server, compact }: Props) {
  const { t } = useTranslation('servers');
  const task = server['OS-EXT-STS:task_state'];
  const tag = <StatusTag label={t(`status.${server.status}`)} tone={serverTone(server)} />;
  if (!task) return tag;
  return (
    <Flex vertical={!compact} gap={compact ? 4 : 2} align={compact ? 'center' : 'flex-start'}>
      {tag}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`task.${task}`)}
      </Typography.Text>
    </Flex>
  );
}
