// The wizard opened from a server template (?drawer=create&template=<id>): the template is read
// through its query and, once the pickers' lists are in (the same entries the wizard reads), its
// image, flavor and zone become the wizard's first values. What the template names that is gone is
// left empty, and a note at the top says so.
import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { flavorQueries } from '@/api/resources/flavors';
import { imageQueries } from '@/api/resources/images';
import { serverTemplateQueries } from '@/api/resources/server-templates';
import { prefillFromTemplate, type TemplatePrefill } from '../model/create-template';
import { useZones } from './create-use-zones';

export type TemplateState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; prefill: TemplatePrefill };

export function useTemplatePrefill(project: string, templateId: string | undefined): TemplateState {
  const id = templateId ?? '';
  const template = useQuery({
    ...serverTemplateQueries.detail(project, id),
    meta: { silent: true },
  });
  const images = useQuery({ ...imageQueries.all(project), enabled: id !== '' });
  const flavors = useQuery({ ...flavorQueries.list(project), enabled: id !== '' });
  const zones = useZones(project);
  if (id === '') return { status: 'none' };
  if (template.isError) return { status: 'failed', error: template.error };
  if (!template.data || !images.data || !flavors.data || !zones.data) return { status: 'loading' };
  return {
    status: 'ready',
    prefill: prefillFromTemplate(template.data, {
      images: images.data,
      flavors: flavors.data,
      zones: zones.data,
    }),
  };
}

/** What the wizard was prefilled from, and what it could not take over. */
export function TemplateNote({ state }: { state: TemplateState }) {
  const { t } = useTranslation('servers');
  if (state.status === 'failed')
    return <ErrorAlert error={state.error} title={t('create.template.failed')} />;
  if (state.status !== 'ready') return null;
  const { prefill } = state;
  return (
    <Alert
      type={prefill.gone.length ? 'warning' : 'info'}
      showIcon
      title={t('create.template.prefilled', { name: prefill.name })}
      description={
        prefill.gone.length
          ? prefill.gone.map((g) => (
              <div key={g.ref}>{t(`create.template.gone.${g.ref}`, { value: g.value })}</div>
            ))
          : undefined
      }
    />
  );
}
