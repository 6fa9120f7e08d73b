import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Steps,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useRules } from '@/components/form-drawer/use-rules';
import {
  checkComputeNode,
  refreshComputeNodeConfig,
  useAddComputeNode,
} from '@/api/resources/compute-nodes';
import {
  clusterHosts,
  HOST_NAME,
  MANAGER_TYPES,
  selectable,
  toAddRequest,
  toCheckRequest,
  type Cluster,
  type ComputeNodeConfig,
  type ConnectionValues,
  type NodeValues,
} from '../model/compute-node';
import { NodeSettingsFields } from './node-settings-fields';

type Props = { open: boolean; onClose: () => void };

/**
 * The add wizard (004 §1.15): connection details → validate them with the manager (checkout) →
 * fetch the networks it offers (refresh) → choose cluster, storage and networks → add.
 */
export function AddNodeDrawer({ open, onClose }: Props) {
  const { t } = useTranslation('compute-nodes');
  return (
    <Drawer title={t('title.add')} open={open} onClose={onClose} size={640} destroyOnHidden>
      {open ? <AddNodeWizard onClose={onClose} /> : null}
    </Drawer>
  );
}

function AddNodeWizard({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('compute-nodes');
  const { message } = App.useApp();
  const rules = useRules();
  const [connForm] = Form.useForm<ConnectionValues>();
  const [nodeForm] = Form.useForm<NodeValues>();
  const [step, setStep] = useState(0);
  const [conn, setConn] = useState<ConnectionValues | null>(null);
  const [clusters, setClusters] = useState<Cluster[]>([]);
  const [config, setConfig] = useState<ComputeNodeConfig | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const vmType = Form.useWatch('vmType', connForm);
  const clusterId = Form.useWatch('clusterId', nodeForm);
  const add = useAddComputeNode();

  const guard = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const validate = (values: ConnectionValues) =>
    guard(async () => {
      setRefused(null);
      const result = await checkComputeNode(toCheckRequest(values));
      if (!result.available) {
        setRefused(result.errors ?? t('wizard.refused'));
        return;
      }
      setConn(values);
      setClusters(result.clusters);
      setConfig(null);
      nodeForm.setFieldsValue({
        clusterId: result.clusters[0]?.clusterId,
        initMode: values.vmType === 1 ? 'vmware_api' : 'cas_api',
        networks: [],
      });
      setStep(1);
    });

  const refresh = () =>
    guard(async () => {
      if (!conn) return;
      const hostName = String(nodeForm.getFieldValue('hostName') ?? '').trim();
      const check = toCheckRequest(conn);
      const result = await refreshComputeNodeConfig({
        ...check,
        hostName: hostName || 'new-node',
      });
      if (result.errors) setRefused(result.errors);
      setConfig(result);
    });

  const submit = (values: NodeValues) =>
    guard(async () => {
      if (!conn) return;
      await add.mutateAsync(toAddRequest(conn, values, clusters, config?.tableList ?? []));
      void message.success(t('messages.added', { name: values.hostName.trim() }));
      onClose();
    });

  const cluster = clusters.find((c) => c.clusterId === clusterId);

  return (
    <Flex vertical gap={16}>
      <Steps
        size="small"
        current={step}
        items={[{ title: t('wizard.connection') }, { title: t('wizard.configuration') }]}
      />
      {refused ? (
        <Alert type="error" showIcon title={t('wizard.refusedTitle')} description={refused} />
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      {/* Both steps stay mounted (one hidden) so each form keeps what was typed. */}
      <div hidden={step !== 0}>
        <Form<ConnectionValues>
          form={connForm}
          layout="vertical"
          initialValues={{ vmType: 2, protocal: 'https', switchType: 'vswitch' }}
          onFinish={(v) => void validate(v)}
        >
          <Form.Item name="vmType" label={t('fields.vmType')}>
            <Radio.Group
              options={MANAGER_TYPES.map((m) => ({ value: m, label: t(`managerType.${m}`) }))}
            />
          </Form.Item>
          <Form.Item name="protocal" label={t('fields.protocol')}>
            <Radio.Group
              options={[
                { value: 'https', label: 'HTTPS' },
                { value: 'http', label: 'HTTP' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="hostIp"
            label={t('fields.hostIp')}
            extra={t('form.hostIp.help')}
            rules={[rules.required(), rules.pattern('ipv4')]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="userName" label={t('fields.userName')} rules={[rules.required()]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="password" label={t('fields.password')} rules={[rules.required()]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {vmType === 1 ? (
            <Form.Item name="switchType" label={t('fields.switchType')}>
              <Radio.Group
                options={[
                  { value: 'vswitch', label: t('switchType.vswitch') },
                  { value: 'proxySwitch', label: t('switchType.proxySwitch') },
                ]}
              />
            </Form.Item>
          ) : null}
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('wizard.validate')}
          </Button>
        </Form>
      </div>
      <div hidden={step !== 1}>
        <Form<NodeValues>
          form={nodeForm}
          layout="vertical"
          initialValues={{ vxlanOverlayMode: 3, networks: [] }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="hostName"
            label={t('fields.hostName')}
            extra={t('form.hostName.help')}
            rules={[
              rules.required(),
              rules.maxLength(255),
              rules.pattern(HOST_NAME, t('form.hostName.pattern')),
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="clusterId" label={t('fields.cluster')} rules={[rules.required()]}>
            <Select
              options={clusters.map((c) => ({
                value: c.clusterId,
                label: `${c.clusterName} (${c.clusterId})`,
              }))}
            />
          </Form.Item>
          {cluster ? (
            <Typography.Text type="secondary">
              {t('wizard.clusterHosts', { hosts: clusterHosts(cluster).join(', ') || '—' })}
            </Typography.Text>
          ) : null}
          <NodeSettingsFields />
          <Flex vertical gap={8}>
            <Flex justify="space-between" align="center">
              <Typography.Text strong>{t('fields.networks')}</Typography.Text>
              <Button onClick={() => void refresh()} loading={busy && !config}>
                {t('wizard.refresh')}
              </Button>
            </Flex>
            {config ? (
              <Form.Item name="networks" noStyle>
                <Checkbox.Group
                  aria-label={t('fields.networks')}
                  options={config.tableList.map((r) => ({
                    value: r.netName,
                    label: `${r.device} · ${r.type} · ${r.netName}${r.isDisabled ? ` (${t('wizard.inUse')})` : ''}`,
                    disabled: !selectable(r),
                  }))}
                />
              </Form.Item>
            ) : (
              <Typography.Text type="secondary">{t('wizard.refreshHelp')}</Typography.Text>
            )}
          </Flex>
          <Flex gap={8} style={{ marginTop: 24 }}>
            <Button onClick={() => setStep(0)}>{t('wizard.back')}</Button>
            <Button type="primary" htmlType="submit" loading={busy && add.isPending}>
              {t('actions.add')}
            </Button>
          </Flex>
        </Form>
      </div>
    </Flex>
  );
}
