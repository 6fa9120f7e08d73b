import { useState } from 'react';
import { Alert, Button, Flex, Typography } from 'antd';
import { ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { serverQueries } from '@/api/resources/servers';
import { guard } from '../model/guards';
import type { Server } from '../model/types';

/**
 * The VNC console (004:L8988): the URL `os-getVNCConsole` returns, embedded. Its token is
 * short-lived, so "reconnect" asks for a new one, and "pop out" opens the same URL full-window.
 */
export function ConsoleTab({ server }: { server: Server }) {
  const { t } = useTranslation('servers');
  const [attempt, setAttempt] = useState(0);
  const available = guard('console', server) === true;
  const url = useQuery({
    ...serverQueries.console(server.tenant_id, server.id, attempt),
    enabled: available,
  });
  if (!available) return <Alert type="info" showIcon title={t('console.unavailable')} />;
  const href = url.data?.url;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('console.intro')}</Typography.Text>
        <Flex gap={8}>
          <Button
            icon={<ReloadOutlined aria-hidden />}
            onClick={() => setAttempt((a) => a + 1)}
            loading={url.isFetching}
          >
            {t('actions.reconnect')}
          </Button>
          <Button
            icon={<ExportOutlined aria-hidden />}
            disabled={!href}
            href={href}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('actions.popOut')}
          </Button>
        </Flex>
      </Flex>
      {url.error ? (
        <ErrorAlert error={url.error} onRetry={() => setAttempt((a) => a + 1)} />
      ) : href ? (
        <iframe
          key={href}
          src={href}
          title={t('console.frameTitle', { name: server.name })}
          // What noVNC needs (its scripts, its own origin for the websocket and settings, the
          // password form), nothing more: no top navigation, pop-ups or downloads. The console's
          // URL (project, server) is not sent to the VNC proxy.
          sandbox="allow-scripts allow-same-origin allow-forms"
          referrerPolicy="no-referrer"
          style={{ width: '100%', height: 520, border: 0, borderRadius: 6, background: '#000' }}
        />
      ) : (
        <div style={{ height: 520, borderRadius: 6, background: '#000' }} aria-busy="true" />
      )}
    </Flex>
  );
}
