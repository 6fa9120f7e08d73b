import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { serverQueries } from '@/api/resources/servers';

/**
 * The server a snapshot was taken from, named by asking for that server (only the rows shown
 * ask); a snapshot that outlived its server answers 404 and says so.
 */
export function SourceServer({ project, id }: { project: string; id: string }) {
  const { t } = useTranslation('servers');
  const q = useQuery({
    ...serverQueries.detail(project, id),
    retry: false,
    meta: { silent: true },
  });
  if (q.isError) return <span>{t('snapshots.serverGone', { id: id.slice(0, 8) })}</span>;
  return <Link to={`/servers/${id}`}>{q.data?.name ?? id.slice(0, 8)}</Link>;
}
