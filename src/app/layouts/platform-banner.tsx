// "Cannot reach the platform": shown over the page while the platform does not answer what the
// page asked for (platform-reachability.ts), in place of one notification per failed list. The
// session is not in question (a 502 is not a 401), so nobody is signed out; the page refreshes by
// itself when the platform is back, and "Try now" asks at once.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isPlatformUnreachable, recheckPlatform, RECHECK_MS } from '../platform-reachability';

export function PlatformBanner() {
  const { t } = useTranslation('shell');
  const client = useQueryClient();
  const down = useSyncExternalStore(
    useCallback((onChange) => client.getQueryCache().subscribe(onChange), [client]),
    () => isPlatformUnreachable(client),
  );
  useEffect(() => {
    if (!down) return;
    const id = setInterval(() => void recheckPlatform(client), RECHECK_MS);
    return () => clearInterval(id);
  }, [down, client]);
  if (!down) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('platform.unreachable')}
      description={t('platform.unreachableHint')}
      action={
        <Button size="small" onClick={() => void recheckPlatform(client)}>
          {t('platform.retryNow')}
        </Button>
      }
    />
  );
}
