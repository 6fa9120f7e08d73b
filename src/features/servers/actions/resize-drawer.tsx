import { App, Checkbox, Descriptions, Form, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { formatBytes } from '@/i18n/format';
import { useServerAction } from '@/api/resources/servers';
import { resizeBody } from '../model/action-bodies';
import { flavorById, imageIdOf } from '../model/flavor';
import { guard } from '../model/guards';
import { resizeDelta, resizeProblem, type ResizeProblem } from '../model/resize';
import type { Flavor, Server } from '../model/types';
import { useFlavorSummary } from '../components/flavor-summary';
import { flavorQueries } from '@/api/resources/flavors';
import { imageQueries } from '@/api/resources/images';

type Values = { flavorRef: string; live: boolean };

/** Change the flavor (004:L8806): `resize` (auto-confirmed) or the vendor's `liveresize`. */
export function ResizeDrawer({ server, onClose }: { server?: Server; onClose: () => void }) {
  const { t } = useTranslation('servers');
  const { message } = App.useApp();
  const action = useServerAction();
  const project = server?.tenant_id ?? '';
  const flavors = useQuery({ ...flavorQueries.list(project), enabled: server !== undefined });
  const images = useQuery({ ...imageQueries.all(project), enabled: server !== undefined });
  const current = server ? flavorById(flavors.data, server.flavor.id) : undefined;
  const image = server ? images.data?.find((i) => i.id === imageIdOf(server)) : undefined;
  const mins = { minRam: image?.min_ram ?? 0, minDisk: image?.min_disk ?? 0 };
  const liveAllowed = server ? guard('liveResize', server) === true : false;
  return (
    <FormDrawer<Values>
      title={t('title.resize', { name: server?.name ?? '' })}
      open={server !== undefined}
      onClose={onClose}
      initialValues={{ live: false }}
      submitText={t('actions.resize')}
      onSubmit={async ({ flavorRef, live }) => {
        if (!server) return;
        await action.mutateAsync({ server, body: resizeBody(flavorRef, live) });
        const name = flavorById(flavors.data, flavorRef)?.name ?? flavorRef;
        void message.success(t('messages.resizeStarted', { name: server.name, flavor: name }));
      }}
      fieldAliases={{
        'body/resize/flavorRef': 'flavorRef',
        'body/liveresize/flavorRef': 'flavorRef',
      }}
    >
      <ResizeFields
        current={current}
        flavors={flavors.data ?? []}
        mins={mins}
        liveAllowed={liveAllowed}
      />
    </FormDrawer>
  );
}

function ResizeFields({
  current,
  flavors,
  mins,
  liveAllowed,
}: {
  current: Flavor | undefined;
  flavors: readonly Flavor[];
  mins: { minRam: number; minDisk: number };
  liveAllowed: boolean;
}) {
  const { t } = useTranslation('servers');
  const rules = useRules();
  const summary = useFlavorSummary();
  const live = Form.useWatch<boolean | undefined>('live') ?? false;
  const chosen = Form.useWatch<string | undefined>('flavorRef');
  const target = chosen ? flavors.find((f) => f.id === chosen) : undefined;
  const explain = (p: ResizeProblem) => {
    switch (p.reason) {
      case 'same':
        return t('resize.same');
      case 'smallerDisk':
        return t('resize.smallerDisk', { current: p.current });
      case 'liveShrink':
        return t('resize.liveShrink');
      case 'belowImage':
        return t('resize.belowImage', {
          what: `${formatBytes(p.ram, undefined, { from: 'MiB' })} / ${p.disk} GB`,
        });
    }
  };
  const unit = (dim: 'vcpus' | 'ram' | 'disk', v: number) =>
    dim === 'ram'
      ? formatBytes(v, undefined, { from: 'MiB' })
      : dim === 'disk'
        ? `${v} GB`
        : `${v}`;
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'current',
            label: t('resize.current'),
            children: current ? `${current.name} (${summary(current)})` : '…',
          },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        name="flavorRef"
        label={t('resize.target')}
        dependencies={['live']}
        rules={[
          rules.required(),
          // `live` is read from the form, not from the watched value: the re-validation that
          // ticking "live" triggers may run before the watch has re-rendered this component, and
          // would then judge the flavor by the old mode.
          ({ getFieldValue }) => ({
            validator: async (_r, id: unknown) => {
              const f = flavors.find((x) => x.id === id);
              const p = f ? resizeProblem(current, f, getFieldValue('live') === true, mins) : null;
              if (p) throw new Error(explain(p));
            },
          }),
        ]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={flavors
            .filter((f) => !f['OS-FLV-DISABLED:disabled'])
            .map((f) => {
              const p = resizeProblem(current, f, live, mins);
              return {
                value: f.id,
                label: `${f.name} (${summary(f)})`,
                disabled: p !== null,
                title: p ? explain(p) : undefined,
              };
            })}
        />
      </Form.Item>
      {target && current ? (
        <Form.Item label={t('resize.change')}>
          {resizeDelta(current, target).map(([dim, a, b]) => (
            <div key={dim}>
              <Typography.Text>
                {t('resize.delta', {
                  what: t(`resize.dim.${dim}`),
                  from: unit(dim, a),
                  to: unit(dim, b),
                })}
              </Typography.Text>
            </div>
          ))}
        </Form.Item>
      ) : null}
      <Form.Item
        name="live"
        valuePropName="checked"
        extra={liveAllowed ? undefined : t('resize.liveUnavailable')}
      >
        <Checkbox disabled={!liveAllowed}>{t('resize.live')}</Checkbox>
      </Form.Item>
    </>
  );
}
