import { Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@contract/schema';
import { serverNames, type CreateValues, type QuotaAbsolute } from '../model/create';
import type { Flavor } from '../model/types';
import { useFlavorSummary } from '../components/flavor-summary';
import { QuotaPanel } from './create-quota-panel';

type Image = components['schemas']['Image'];
type Volume = components['schemas']['ComputeVolume'];
type Network = components['schemas']['ComputeNetwork'];

type Props = {
  values: Partial<CreateValues>;
  flavor: Flavor | undefined;
  images: readonly Image[] | undefined;
  volumes: readonly Volume[] | undefined;
  networks: readonly Network[] | undefined;
  quota: QuotaAbsolute | undefined;
};

/** Step 5: everything chosen, and the quota once more, before anything is sent. */
export function StepReview({ values: v, flavor, images, volumes, networks, quota }: Props) {
  const { t } = useTranslation('servers');
  const summary = useFlavorSummary();
  const count = v.source === 'volume' ? 1 : (v.count ?? 1);
  const source =
    v.source === 'volume'
      ? `${t('create.source.volume')}: ${volumes?.find((x) => x.id === v.volumeId)?.displayName ?? v.volumeId ?? ''}`
      : `${t('create.source.image')}: ${images?.find((x) => x.id === v.imageId)?.name ?? v.imageId ?? ''}`;
  const auth =
    v.auth === 'keypair'
      ? `${t('create.login.keypair')}: ${v.keyName ?? ''}`
      : t(`create.login.${v.auth ?? 'password'}`);
  return (
    <Flex vertical gap={24}>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          {
            key: 'names',
            label: t('fields.name'),
            children: serverNames(v.name ?? '', count).join(', '),
          },
          { key: 'source', label: t('create.source.label'), children: source },
          { key: 'zone', label: t('fields.az'), children: v.zone },
          {
            key: 'flavor',
            label: t('fields.flavor'),
            children: flavor ? `${flavor.name} (${summary(flavor)})` : '',
          },
          {
            key: 'networks',
            label: t('create.network.networks'),
            children: (v.networks ?? [])
              .map((id) => networks?.find((n) => n.id === id)?.label ?? id)
              .join(', '),
          },
          {
            key: 'sg',
            label: t('fields.security_groups'),
            children: (v.securityGroups ?? []).join(', '),
          },
          { key: 'auth', label: t('create.login.auth'), children: auth },
        ]}
      />
      <QuotaPanel quota={quota} flavor={flavor} count={count} />
    </Flex>
  );
}
