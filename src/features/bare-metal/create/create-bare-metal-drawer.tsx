// Create a bare-metal server (004:L14868 flat, L15131 multi-tenant): nova's server create with
// `extraType: BareMetal`, an ironic zone and, for administrators, a chosen node; multi-tenant
// networking wires each network to one of the node's ports or bonds. The nova user's accessKey
// (getNovaAccessKey, 004:L15609) goes into the metadata as the documents say.
import { useEffect, useMemo, useRef } from 'react';
import { Alert, App, Divider, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { bareMetalQueries, type BmNode } from '@/api/resources/bare-metal';
import { flavorQueries } from '@/api/resources/flavors';
import { imageQueries } from '@/api/resources/images';
import { networkQueries } from '@/api/resources/networks';
import { projectQueries } from '@/api/resources/projects';
import { useCreateServer } from '@/api/resources/servers';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { PasswordFields } from '@/components/form-drawer/password-fields';
import { useRules } from '@/components/form-drawer/use-rules';
import { useSession, useViewer } from '@/hooks/use-session';
import { formatBytes } from '@/i18n/format';
import {
  ALIAS,
  BM_CREATE_FIELD_ALIASES,
  SERVER_NAME,
  SERVER_NAME_MAX,
  WINDOWS_NAME_ADVISED,
  flavorFitsImageMin,
  flavorFitsNode,
  isDeployable,
  nodeCapableFlavors,
  portChoices,
  reusedPorts,
  toBareMetalBody,
  type BmCreateValues,
} from '../model/create';
import { nodeName } from '../components/node-columns';

type Props = {
  open: boolean;
  onClose: () => void;
  /** Preselects a node (the node page's "Create server"). */
  nodeId?: string;
};

/** The project's ironic zones: where its bare-metal servers may go. */
function useIronicZones(project: string) {
  return useQuery({
    ...projectQueries.azones(project),
    select: (data) =>
      data.assigments.map((a) => a.azone).filter((z) => z.resourceType === 'ironic'),
  });
}

/**
 * A picker lists this many nodes at most: at 5,000 nodes a full page of 1,000 available ones is
 * 2.3 MB. "Any available node" still lets the scheduler choose among all of them.
 */
const NODE_PICKER_LIMIT = 200;

/** The nodes that can take a server now (administrators; ironic is admin-only). */
function useDeployableNodes(enabled: boolean) {
  return useQuery({
    ...bareMetalQueries.nodeList({
      provision_state: 'available',
      maintenance: false,
      associated: false,
      limit: NODE_PICKER_LIMIT,
    }),
    enabled,
    select: (page) => ({ nodes: page.nodes.filter(isDeployable), more: Boolean(page.next) }),
  });
}

export function CreateBareMetalDrawer({ open, onClose, nodeId }: Props) {
  const { t } = useTranslation('bare-metal');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const session = useSession();
  const project = session?.project.id ?? '';
  const create = useCreateServer(project);
  const zones = useIronicZones(open ? project : '');
  const created = useRef<string | null>(null);
  const close = () => {
    const id = created.current;
    created.current = null;
    if (id) void navigate(`/servers/${id}`);
    else onClose();
  };
  return (
    <FormDrawer<BmCreateValues>
      title={t('create.title')}
      open={open}
      onClose={close}
      size={640}
      submitText={t('create.submit')}
      initialValues={{
        nodeId: nodeId ?? '',
        networking: 'flat',
        networks: [],
        auth: 'password',
      }}
      fieldAliases={BM_CREATE_FIELD_ALIASES}
      onSubmit={async (values) => {
        // Nothing to create in: the warning above says why.
        if (zones.data?.length === 0) throw new Error(t('create.noZone'));
        const key = await qc.fetchQuery(bareMetalQueries.accessKey());
        const body = toBareMetalBody(values, {
          userName: session?.user.name ?? '',
          zoneId: zones.data?.find((z) => z.zone === values.zone)?.id ?? '',
          accessKey: key.accessKey,
        });
        const server = await create.mutateAsync(body);
        void message.success(t('create.created', { name: values.name }));
        created.current = server.id;
      }}
    >
      {zones.data && zones.data.length === 0 ? (
        <Alert type="warning" showIcon title={t('create.noZone')} />
      ) : (
        <CreateFields project={project} zones={zones.data} />
      )}
    </FormDrawer>
  );
}

type Zone = { id: string; zone: string; labelName: string };

function CreateFields({ project, zones }: { project: string; zones: Zone[] | undefined }) {
  const { t } = useTranslation('bare-metal');
  const rules = useRules();
  const form = Form.useFormInstance<BmCreateValues>();
  const { isAdmin } = useViewer();
  const zone = Form.useWatch('zone', form);
  const nodeId = Form.useWatch('nodeId', form);
  const networking = Form.useWatch('networking', form) ?? 'flat';
  const networkIds = Form.useWatch('networks', form) ?? [];
  const auth = Form.useWatch('auth', form) ?? 'password';
  const ports = Form.useWatch('ports', form);

  // The zones arrive after the form opens: the first one is the default.
  const defaultZone = zones?.[0]?.zone;
  useEffect(() => {
    if (defaultZone && !form.getFieldValue('zone')) form.setFieldsValue({ zone: defaultZone });
  }, [defaultZone, form]);
  const nodes = useDeployableNodes(isAdmin);
  const inZone = useMemo(
    () => (nodes.data?.nodes ?? []).filter((n) => (n.properties.availabilityZone ?? zone) === zone),
    [nodes.data, zone],
  );
  const node: BmNode | undefined = inZone.find((n) => n.uuid === nodeId);
  const flavors = useQuery(flavorQueries.list(project));
  const images = useQuery(imageQueries.all(project));
  const networks = useQuery(networkQueries.list(project));
  const accessKey = useQuery(bareMetalQueries.accessKey());
  const multi = networking === 'multiTenant';
  const nodePorts = useQuery({
    ...bareMetalQueries.ports(node?.uuid ?? ''),
    enabled: multi && !!node,
  });
  const nodeGroups = useQuery({
    ...bareMetalQueries.portgroups(node?.uuid ?? ''),
    enabled: multi && !!node,
  });
  const choices = portChoices(nodePorts.data ?? [], nodeGroups.data ?? []);
  const reused = reusedPorts(networkIds, ports);

  const capable = nodeCapableFlavors(
    flavors.data ?? [],
    isAdmin ? (node ? [node] : inZone) : undefined,
  );
  const networkLabel = (id: string) => {
    const n = networks.data?.find((x) => x.id === id);
    return n ? `${n.label} (${n.cidr})` : id;
  };

  return (
    <>
      <Divider titlePlacement="start">{t('create.sectionPlacement')}</Divider>
      <Form.Item name="zone" label={t('create.zone')} rules={[rules.required()]}>
        <Select
          loading={!zones}
          options={(zones ?? []).map((z) => ({
            value: z.zone,
            label: z.labelName === z.zone ? z.zone : `${z.labelName} (${z.zone})`,
          }))}
          onChange={() => form.setFieldsValue({ nodeId: '', ports: {} })}
        />
      </Form.Item>
      {isAdmin ? (
        <Form.Item
          name="nodeId"
          label={t('create.node')}
          extra={
            nodes.data?.more
              ? t('create.nodeHelpMore', { count: NODE_PICKER_LIMIT })
              : t('create.nodeHelp', { count: inZone.length })
          }
          dependencies={['networking']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_r, v: unknown) => {
                if (getFieldValue('networking') === 'multiTenant' && !v)
                  throw new Error(t('create.nodeRequired'));
              },
            }),
          ]}
        >
          <Select
            loading={nodes.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={() => form.setFieldsValue({ ports: {} })}
            options={[
              { value: '', label: t('create.anyNode') },
              ...inZone.map((n) => ({
                value: n.uuid,
                label: `${nodeName(n)} · ${n.resource_class ?? '—'} · ${hardware(n)}`,
              })),
            ]}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        name="flavorId"
        label={t('create.flavor')}
        extra={isAdmin ? t('create.flavorHelp') : t('create.flavorHelpTenant')}
        rules={[
          rules.required(),
          {
            validator: async (_r, v: unknown) => {
              const f = flavors.data?.find((x) => x.id === v);
              if (f && node && !flavorFitsNode(f, node))
                throw new Error(t('create.flavorTooBig', { node: nodeName(node) }));
              const image = images.data?.find((i) => i.id === form.getFieldValue('imageId'));
              if (f && image && !flavorFitsImageMin(f, image))
                throw new Error(
                  t('create.flavorTooSmall', {
                    ram: formatBytes(image.min_ram * 1024 * 1024),
                    disk: image.min_disk,
                  }),
                );
            },
          },
        ]}
        dependencies={['nodeId', 'imageId']}
      >
        <Select
          loading={flavors.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent={flavors.isPending ? undefined : t('create.noFlavor')}
          options={capable.map((f) => ({
            value: f.id,
            label: `${f.name} · ${t('create.flavorShape', {
              vcpus: f.vcpus,
              ram: formatBytes(f.ram * 1024 * 1024),
              disk: f.disk,
            })}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="imageId" label={t('create.image')} rules={[rules.required()]}>
        <Select
          loading={images.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(images.data ?? [])
            .filter((i) => i.status === 'active')
            .map((i) => ({ value: i.id, label: i.name ?? i.id }))}
        />
      </Form.Item>

      <Divider titlePlacement="start">{t('create.sectionNetwork')}</Divider>
      <Form.Item name="networking" label={t('create.networking')}>
        <Radio.Group
          options={[
            { value: 'flat', label: t('create.flat') },
            {
              value: 'multiTenant',
              label: t('create.multiTenant'),
              disabled: !isAdmin,
              title: isAdmin ? undefined : t('create.multiTenantAdminOnly'),
            },
          ]}
        />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginTop: -16 }}>
        {multi
          ? t('create.multiTenantHelp')
          : isAdmin
            ? t('create.flatHelp')
            : `${t('create.flatHelp')} ${t('create.multiTenantAdminOnly')}`}
      </Typography.Paragraph>
      <Form.Item
        name="networks"
        label={t('create.networks')}
        rules={[
          rules.required(),
          {
            validator: async (_r, v: unknown) => {
              if (Array.isArray(v) && v.length > 8) throw new Error(t('create.tooManyNetworks'));
            },
          },
        ]}
      >
        <Select
          mode="multiple"
          loading={networks.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(networks.data ?? []).map((n) => ({ value: n.id, label: networkLabel(n.id) }))}
        />
      </Form.Item>
      {multi && node
        ? networkIds.map((net) => (
            <Form.Item
              key={net}
              name={['ports', net]}
              label={t('create.portFor', { network: networkLabel(net) })}
              dependencies={networkIds.map((n) => ['ports', n])}
              rules={[
                rules.required(),
                {
                  validator: async (_r, v: unknown) => {
                    if (typeof v === 'string' && reused.has(v))
                      throw new Error(t('create.portReused'));
                  },
                },
              ]}
            >
              <Select
                loading={nodePorts.isPending || nodeGroups.isPending}
                notFoundContent={t('create.noPorts')}
                options={choices.map((c) => ({
                  value: c.id,
                  label: `${t(`create.kind.${c.kind}`)} · ${c.label}`,
                }))}
              />
            </Form.Item>
          ))
        : null}
      {multi && networkIds.length > 1 ? (
        <Form.Item name="gateway" label={t('create.gateway')} extra={t('create.gatewayHelp')}>
          <Radio.Group options={networkIds.map((n) => ({ value: n, label: networkLabel(n) }))} />
        </Form.Item>
      ) : null}

      <Divider titlePlacement="start">{t('create.sectionLogin')}</Divider>
      <Form.Item
        name="name"
        label={t('create.name')}
        extra={t('create.nameHelp', { max: SERVER_NAME_MAX, windows: WINDOWS_NAME_ADVISED })}
        rules={[
          rules.required(),
          rules.pattern(SERVER_NAME, t('create.nameInvalid')),
          rules.maxLength(SERVER_NAME_MAX),
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="alias"
          label={t('create.alias')}
          extra={t('create.aliasHelp')}
          rules={[rules.maxLength(32), rules.pattern(ALIAS, t('create.aliasInvalid'))]}
          style={{ flex: 1 }}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('create.description')}
          rules={[rules.maxLength(128)]}
          style={{ flex: 1 }}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Flex>
      <Form.Item name="auth" label={t('create.auth')}>
        <Radio.Group
          options={[
            { value: 'password', label: t('create.password') },
            { value: 'imageDefault', label: t('create.imageDefault') },
          ]}
        />
      </Form.Item>
      {auth === 'password' ? (
        <PasswordFields
          label={t('create.passwordField')}
          help={t('create.passwordHelp')}
          confirmLabel={t('create.confirm')}
          mismatch={t('create.mismatch')}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('create.imageDefaultHelp')}</Typography.Paragraph>
      )}
      <Alert
        type="info"
        showIcon
        title={t('create.accessKey')}
        description={
          accessKey.data
            ? t('create.accessKeyHelp', { id: accessKey.data.accessId })
            : accessKey.isError
              ? t('create.accessKeyFailed')
              : t('create.accessKeyLoading')
        }
      />
    </>
  );
}

/** `48 vCPU · 256 GiB · 4,462 GB` from the node's inspected properties. */
function hardware(n: BmNode): string {
  const p = n.properties;
  const parts = [
    p.cpus ? `${p.cpus} vCPU` : null,
    p.memory_mb ? formatBytes(Number(p.memory_mb) * 1024 * 1024) : null,
    p.local_gb ? `${p.local_gb} GB` : null,
  ].filter((x): x is string => x !== null);
  return parts.length ? parts.join(' · ') : '—';
}
