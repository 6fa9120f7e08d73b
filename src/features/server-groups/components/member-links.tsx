import { Flex, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NamePlaceholder } from '@/components/name-placeholder';
import { VisuallyHidden } from '@/components/visually-hidden';
import { useViewer } from '@/hooks/use-session';
import { serverQueries } from '@/api/resources/servers';

const MONO = { fontFamily: 'monospace', fontSize: 12 } as const;

type Props = {
  members: readonly string[];
  /** The group's project, which is its members' project too (their path on the compute API). */
  project: string;
  /** Members shown before "+N"; all of them when undefined. */
  limit?: number;
  /** Quick look: one member per line, its full id under its name. */
  full?: boolean;
};

/** The member count and each member server by name, linked to its detail page. */
export function MemberLinks({ members, project, limit, full }: Props) {
  const { t } = useTranslation('server-groups');
  if (members.length === 0)
    return <Typography.Text type="secondary">{t('members.none')}</Typography.Text>;
  const shown = limit === undefined ? members : members.slice(0, limit);
  const more = members.length - shown.length;
  return (
    <Flex vertical gap={2}>
      <Typography.Text>{t('members.count', { count: members.length })}</Typography.Text>
      {/* One per line in the quick look: side by side they would widen its value column. */}
      <Flex gap={full ? 6 : 8} wrap vertical={full}>
        {shown.map((id) => (
          <MemberLink key={id} id={id} project={project} full={full} />
        ))}
        {more > 0 ? (
          <Typography.Text type="secondary">{t('members.more', { count: more })}</Typography.Text>
        ) : null}
      </Flex>
    </Flex>
  );
}

/**
 * One member, named by asking for that server (the cache entry its own page uses). A server that
 * no longer answers shows its short id, said to be gone; nothing is toasted for it.
 */
function MemberLink({ id, project, full }: { id: string; project: string; full?: boolean }) {
  const { t } = useTranslation('server-groups');
  const viewer = useViewer();
  const server = useQuery({ ...serverQueries.detail(project, id), meta: { silent: true } });
  const to =
    project === viewer.projectId
      ? `/servers/${id}`
      : `/servers/${id}?project=${encodeURIComponent(project)}`;
  if (server.isPending) return <NamePlaceholder />;
  if (!server.data)
    return (
      <Tooltip title={t('members.gone', { id })}>
        <Typography.Text type="secondary" delete style={MONO}>
          <span aria-hidden>{id.slice(0, 8)}</span>
          <VisuallyHidden>{t('members.gone', { id })}</VisuallyHidden>
        </Typography.Text>
      </Tooltip>
    );
  const link = (
    <Link to={to} title={id} aria-label={t('members.open', { name: server.data.name })}>
      {server.data.name}
    </Link>
  );
  if (!full) return link;
  return (
    <Flex vertical>
      {link}
      <Typography.Text type="secondary" copyable={{ text: id }} style={MONO}>
        {id}
      </Typography.Text>
    </Flex>
  );
}
