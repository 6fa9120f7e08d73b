import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

const MONO = { fontFamily: 'monospace', fontSize: 12 } as const;

type Props = {
  members: readonly string[];
  /** Ids shown before "+N"; all of them when undefined. */
  limit?: number;
  /** Full ids (quick look) or their first 8 characters (list). */
  full?: boolean;
};

/** The member count and each member server's id, linked to its detail page. */
export function MemberLinks({ members, limit, full }: Props) {
  const { t } = useTranslation('server-groups');
  if (members.length === 0)
    return <Typography.Text type="secondary">{t('members.none')}</Typography.Text>;
  const shown = limit === undefined ? members : members.slice(0, limit);
  const more = members.length - shown.length;
  return (
    <Flex vertical gap={2}>
      <Typography.Text>{t('members.count', { count: members.length })}</Typography.Text>
      {/* Full ids one per line: side by side they would widen the quick look's value column. */}
      <Flex gap={full ? 2 : 8} wrap vertical={full}>
        {shown.map((id) => (
          <Link
            key={id}
            to={`/servers/${id}`}
            title={id}
            aria-label={t('members.open', { id })}
            style={MONO}
          >
            {full ? id : id.slice(0, 8)}
          </Link>
        ))}
        {more > 0 ? (
          <Typography.Text type="secondary">{t('members.more', { count: more })}</Typography.Text>
        ) : null}
      </Flex>
    </Flex>
  );
}
