import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { policyOf, type ServerGroup } from '../model/server-group';
import { MemberLinks } from './member-links';
import { PolicyTag } from './policy-tag';

type Props = { group: ServerGroup; projectName: (id: string) => string };

/** Every field of the group (the list has them all; there is no show operation). */
export function ServerGroupQuickLook({ group, projectName }: Props) {
  const { t } = useTranslation('server-groups');
  const metadata = Object.entries(group.metadata);
  const policy = policyOf(group);
  return (
    <DescriptionList
      columns={1}
      bordered
      items={[
        { key: 'name', label: t('fields.name'), value: group.name },
        { key: 'id', label: t('fields.id'), value: group.id, copy: group.id },
        {
          key: 'policy',
          label: t('fields.policy'),
          value: (
            <>
              <PolicyTag policy={policy} />
              {policy ? (
                // Bounded: a long line here would squeeze the label column of the table.
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', maxWidth: 380 }}>
                  {t(`policyHelp.${policy}`)}
                </Typography.Paragraph>
              ) : null}
            </>
          ),
        },
        {
          key: 'members',
          label: t('fields.members'),
          value: <MemberLinks members={group.members} project={group.project_id} full />,
        },
        {
          key: 'project',
          label: t('fields.project'),
          value: projectName(group.project_id),
          copy: group.project_id,
        },
        { key: 'user_id', label: t('fields.user_id'), value: group.user_id, copy: group.user_id },
        {
          key: 'metadata',
          label: t('fields.metadata'),
          value: metadata.length
            ? metadata.map(([k, v]) => (
                <div key={k}>
                  <Typography.Text code>{k}</Typography.Text> {v}
                </div>
              ))
            : null,
        },
      ]}
    />
  );
}
