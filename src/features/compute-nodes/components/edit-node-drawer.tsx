import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useUpdateComputeNode } from '@/api/resources/compute-nodes';
import {
  canMoveManager,
  toEditValues,
  toUpdateRequest,
  type EditableNode,
  type EditValues,
} from '../model/compute-node';
import { NodeSettingsFields } from './node-settings-fields';

type Props = { node: EditableNode | undefined; onClose: () => void };

/**
 * Edit a node's settings (004:L19970). The platform checks the manager again with the credentials
 * sent; the manager address stays fixed while the node's hosts run servers, and the cluster and
 * virtualization type are not editable here (delete the node and add it again).
 */
export function EditNodeDrawer({ node, onClose }: Props) {
  const { t } = useTranslation('compute-nodes');
  const { message } = App.useApp();
  const rules = useRules();
  const update = useUpdateComputeNode();
  const moveBlocked = node ? canMoveManager(node) : true;
  return (
    <FormDrawer<EditValues>
      title={t('title.edit', { name: node?.hostName ?? '' })}
      open={node !== undefined}
      onClose={onClose}
      size={520}
      initialValues={node ? toEditValues(node) : undefined}
      onSubmit={async (values) => {
        if (!node) return;
        await update.mutateAsync(toUpdateRequest(node, values));
        void message.success(t('messages.updated', { name: node.hostName }));
      }}
      fieldAliases={{
        'body/0/hostIp': 'hostIp',
        'body/0/userName': 'userName',
        'body/0/password': 'password',
        'body/0/poolName': 'poolName',
        'body/0/storageZone': 'storageZone',
        'body/0/initMode': 'initMode',
      }}
    >
      <Form.Item
        name="hostIp"
        label={t('fields.hostIp')}
        extra={
          moveBlocked === true
            ? t('form.hostIp.help')
            : t(`guards.${moveBlocked}`, { count: node?.servers ?? 0 })
        }
        rules={[rules.required(), rules.pattern('ipv4')]}
      >
        <Input autoComplete="off" disabled={moveBlocked !== true} />
      </Form.Item>
      <Form.Item
        name="userName"
        label={t('fields.userName')}
        rules={[rules.required(), rules.maxLength(255)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('fields.password')}
        extra={t('form.password.keep')}
        rules={[rules.maxLength(255)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <NodeSettingsFields />
    </FormDrawer>
  );
}
