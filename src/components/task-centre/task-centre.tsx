// The header's task centre: a badge with the running tasks and a drawer listing the user's
// tasks, newest first, each with who/what/when, its end and "go to resource" / "retry". A task on
// a resource (a server, an image, a bare-metal node) is followed by polling that resource (its
// own page's query entry); a notification says when one ends.
import { useEffect, useRef, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { App, Badge, Button, Drawer, Empty, Flex, List, Typography } from 'antd';
import { UnorderedListOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import { bareMetalQueries } from '@/api/resources/bare-metal';
import { imageQueries } from '@/api/resources/images';
import { serverQueries } from '@/api/resources/servers';
import { batchStore, setBatchDrawerOpen } from '@/components/batch/batch-store';
import { StatusTag } from '@/components/status-tag';
import type { StatusTone } from '@/components/status-tone';
import { formatDateTime } from '@/i18n/format';
import { batchOfTask, retryOfTask, watchBatches } from './record';
import {
  imageView,
  isTerminal,
  nodeView,
  serverView,
  settleFollowed,
  type Followed,
  type FollowedType,
  type ResourceView,
  type Task,
  type TaskStatus,
} from './task-model';
import { loadTasksOf, putTask, useTasks } from './task-store';

const TONES: Record<TaskStatus, StatusTone> = {
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
  timedOut: 'warning',
};

/** The query that reads a followed resource: the same entry its own page uses. */
function followQuery(r: Followed) {
  switch (r.type) {
    case 'server':
      return { ...serverQueries.detail(r.project, r.id), select: serverView };
    case 'image':
      return { ...imageQueries.detail(r.project, r.id), select: imageView };
    case 'node':
      return { ...bareMetalQueries.node(r.id), select: nodeView };
  }
}

/** Where "go to resource" leads. */
const RESOURCE_PATHS: Record<FollowedType, string> = {
  server: '/servers',
  image: '/images',
  node: '/bare-metal/nodes',
};

/**
 * Polls each running task's resource until it settles. Only a reading taken after the task
 * started counts: the cache may still hold the resource as it was before the action.
 */
function useFollow(tasks: readonly Task[]) {
  const running = tasks.filter((t) => t.status === 'running' && t.resource);
  const queries = useQueries({
    queries: running.map((t) => ({
      // A running task always has a resource here (filtered above).
      ...followQuery(t.resource ?? { type: 'server', id: '', project: '', expect: null }),
      refetchInterval: 2000,
      staleTime: 0,
      retry: false,
      meta: { silent: true },
    })),
  });
  useEffect(() => {
    const now = Date.now();
    running.forEach((task, i) => {
      const q = queries[i];
      const fresh =
        q !== undefined && Math.max(q.dataUpdatedAt, q.errorUpdatedAt) >= task.startedAt;
      const gone = isApiError(q?.error) && q.error.status === 404;
      const view: ResourceView | undefined = !fresh ? undefined : gone ? 'gone' : q.data;
      const next = settleFollowed(task, view, now);
      if (next !== task) putTask(next);
    });
  });
}

/**
 * A notification when a task of this page's life ends. Batches are left out: the batch runner
 * already says how each one ended. Bottom right, clear of the header's controls.
 */
function useNotifyEnds(tasks: readonly Task[]) {
  const { t } = useTranslation('shell');
  const { notification } = App.useApp();
  const seen = useRef(new Map<string, TaskStatus>());
  useEffect(() => {
    for (const task of tasks) {
      const before = seen.current.get(task.id);
      seen.current.set(task.id, task.status);
      if (before === 'running' && isTerminal(task.status) && task.kind !== 'batch') {
        notification.open({
          placement: 'bottomRight',
          type:
            task.status === 'succeeded'
              ? 'success'
              : task.status === 'failed'
                ? 'error'
                : 'warning',
          title: t(`tasks.ended.${task.status}`, { title: task.title }),
          description: task.message ?? undefined,
        });
      }
    }
  }, [tasks, notification, t]);
}

function TaskRow({ task, onGo }: { task: Task; onGo: () => void }) {
  const { t } = useTranslation('shell');
  const batch = batchOfTask(task);
  const retry = retryOfTask(task);
  const canRetry = task.status === 'failed' && batch !== undefined;
  return (
    <List.Item
      actions={[
        task.resource ? (
          <Link
            key="go"
            to={`${RESOURCE_PATHS[task.resource.type]}/${task.resource.id}`}
            onClick={onGo}
          >
            {t('tasks.actions.go')}
          </Link>
        ) : batch ? (
          <Button key="go" type="link" size="small" onClick={() => setBatchDrawerOpen(true)}>
            {t('tasks.actions.results')}
          </Button>
        ) : null,
        canRetry ? (
          <Button key="retry" size="small" onClick={() => batchStore.retryFailed(batch.id)}>
            {t('tasks.actions.retry')}
          </Button>
        ) : retry ? (
          <Button key="retry" size="small" onClick={() => void retry()}>
            {t('tasks.actions.retry')}
          </Button>
        ) : null,
      ].filter((x) => x !== null)}
    >
      <List.Item.Meta
        title={
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>
              {t(`tasks.kind.${task.kind}`, { title: task.title })}
            </Typography.Text>
            <StatusTag label={t(`tasks.status.${task.status}`)} tone={TONES[task.status]} />
          </Flex>
        }
        description={
          <>
            <div>
              {t('tasks.who', { user: task.user, time: formatDateTime(task.startedAt) })}
              {task.kind === 'batch'
                ? ` · ${t('tasks.items', { count: task.items, failed: task.failed })}`
                : null}
            </div>
            {task.message ? <Typography.Text type="danger">{task.message}</Typography.Text> : null}
          </>
        }
      />
    </List.Item>
  );
}

export function TaskCentre({ userId }: { userId: string }) {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  loadTasksOf(userId);
  const tasks = useTasks();
  useEffect(() => watchBatches(), []);
  useFollow(tasks);
  useNotifyEnds(tasks);
  const running = tasks.filter((task) => task.status === 'running').length;
  return (
    <>
      <Badge count={running} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<UnorderedListOutlined aria-hidden />}
          aria-label={t('tasks.open', { count: running })}
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer title={t('tasks.title')} open={open} onClose={() => setOpen(false)} size={480}>
        {tasks.length === 0 ? (
          <Empty description={t('tasks.empty')} />
        ) : (
          <List
            aria-label={t('tasks.title')}
            dataSource={[...tasks]}
            rowKey={(task) => task.id}
            renderItem={(task) => <TaskRow task={task} onGo={() => setOpen(false)} />}
          />
        )}
      </Drawer>
    </>
  );
}
