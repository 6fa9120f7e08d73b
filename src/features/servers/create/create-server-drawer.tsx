// The create wizard (004:L6011 image boot, L9981 boot from an existing system disk): five steps
// in one form, each validated before the next; the quota it will use is shown and enforced; the
// request(s) go out at the end, one per server when several are asked for.
import { useState } from 'react';
import { App, Button, Drawer, Flex, Form, Spin, Steps, type FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldErrorsFrom } from '@/components/form-drawer/field-errors';
import { useSession } from '@/hooks/use-session';
import {
  CREATE_FIELD_ALIASES,
  createContextOf,
  quotaLines,
  toCreateRequests,
  type CreateValues,
} from '../model/create';
import { firstStepWith, LAST_STEP, sendInOrder, WIZARD_STEPS } from '../model/wizard';
import { StepFlavor } from './create-step-flavor';
import { StepLogin } from './create-step-login';
import { StepNetwork } from './create-step-network';
import { StepReview } from './create-step-review';
import { StepSource } from './create-step-source';
import { TemplateNote, useTemplatePrefill, type TemplateState } from './create-from-template';
import { useZones } from './create-use-zones';
import { flavorQueries } from '@/api/resources/flavors';
import { imageQueries } from '@/api/resources/images';
import { networkQueries } from '@/api/resources/networks';
import { quotaQueries } from '@/api/resources/quotas';
import { useCreateServer } from '@/api/resources/servers';
import { volumeQueries } from '@/api/resources/volumes';

const STEPS = WIZARD_STEPS;

type Props = {
  open: boolean;
  onClose: () => void;
  /** A server template to start from (`?template=`): its values prefill the wizard. */
  templateId?: string;
};

export function CreateServerDrawer({ open, onClose, templateId }: Props) {
  const { t } = useTranslation('servers');
  // A fresh wizard per opening: a new key remounts the form.
  const [session, setSession] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setSession((s) => s + 1);
  }
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('title.create')}
      size={880}
      mask={{ closable: false }}
      // The drawer mounts the wizard when it first opens and destroys it once it has slid shut;
      // unmounting it on `open` going false left a blank panel sliding away.
      destroyOnHidden
    >
      <TemplateGate key={session} onClose={onClose} templateId={templateId} />
    </Drawer>
  );
}

/** Waits for the template (when one is given) so the form mounts with its values. */
function TemplateGate({ onClose, templateId }: { onClose: () => void; templateId?: string }) {
  const project = useSession()?.project.id ?? '';
  const template = useTemplatePrefill(project, templateId);
  if (template.status === 'loading')
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  return <Wizard onClose={onClose} template={template} />;
}

function Wizard({ onClose, template }: { onClose: () => void; template: TemplateState }) {
  const { t } = useTranslation('servers');
  const { message } = App.useApp();
  const sessionInfo = useSession();
  const project = sessionInfo?.project.id ?? '';
  const create = useCreateServer(project);
  const [form] = Form.useForm<CreateValues>();
  const [step, setStep] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const flavors = useQuery(flavorQueries.list(project));
  const images = useQuery(imageQueries.all(project));
  const volumes = useQuery(volumeQueries.list(project));
  const networks = useQuery(networkQueries.list(project));
  const quota = useQuery(quotaQueries.limits(project));
  const zones = useZones(project);
  const flavorId = Form.useWatch('flavorId', form);
  const count = Form.useWatch('count', form) ?? 1;
  const flavor = flavors.data?.find((f) => f.id === flavorId);
  const overQuota =
    quota.data !== undefined && quotaLines(quota.data, flavor, count).some((l) => l.over);

  const next = async () => {
    const current = STEPS[step];
    if (!current) return;
    try {
      await form.validateFields([...current.fields]);
      setStep((s) => Math.min(s + 1, LAST_STEP));
    } catch {
      // antd shows the field errors.
    }
  };

  /** Shows the first step with a problem, if any. */
  const backTo = (step: number) => {
    if (step >= 0) setStep(step);
  };

  const submit = async () => {
    setError(null);
    let values: CreateValues;
    try {
      values = await form.validateFields({ validateOnly: false });
    } catch {
      backTo(firstStepWith((f) => form.getFieldError(f).length > 0));
      return;
    }
    const all: CreateValues = { ...values, ...form.getFieldsValue(true) };
    const ctx = createContextOf(all, {
      userName: sessionInfo?.user.name ?? '',
      zones: zones.data,
      volumes: volumes.data,
    });
    setSubmitting(true);
    const { created, error: failure } = await sendInOrder(toCreateRequests(all, ctx), (body) =>
      create.mutateAsync(body),
    );
    setSubmitting(false);
    const names = { count: created.length, names: created.join(', ') };
    if (failure === undefined) {
      void message.success(t('create.created', names));
      onClose();
      return;
    }
    setError(failure);
    const { fields } = fieldErrorsFrom(
      failure,
      Object.keys(form.getFieldsValue(true)),
      CREATE_FIELD_ALIASES,
    );
    const untyped: FormInstance = form;
    untyped.setFields(fields);
    backTo(firstStepWith((f) => fields.some((x) => x.name[0] === f)));
    if (created.length) void message.warning(t('create.partial', names));
  };

  const last = step === LAST_STEP;
  const submitCount = form.getFieldValue('source') === 'volume' ? 1 : count;
  return (
    <Flex vertical gap={16} style={{ minHeight: '100%' }}>
      <Steps
        current={step}
        size="small"
        onChange={(s) => (s < step ? setStep(s) : void next())}
        items={STEPS.map((s) => ({ key: s.key, title: t(`create.steps.${s.key}`) }))}
      />
      <TemplateNote state={template} />
      {error ? <ErrorAlert error={error} title={t('create.failed')} /> : null}
      <Form<CreateValues>
        form={form}
        name="create-server"
        layout="vertical"
        disabled={submitting}
        initialValues={{
          source: 'image',
          count: 1,
          auth: 'password',
          securityGroups: ['default'],
          networks: [],
          metadata: [],
          ...(template.status === 'ready' ? template.prefill.values : {}),
        }}
      >
        <div hidden={step !== 0}>
          <StepSource
            project={project}
            images={images.data}
            volumes={volumes.data}
            zones={zones.data}
            // A template whose zone is gone leaves the zone for the user to choose.
            pickFirstZone={
              template.status !== 'ready' || !template.prefill.gone.some((g) => g.ref === 'zone')
            }
          />
        </div>
        <div hidden={step !== 1}>
          <StepFlavor flavors={flavors.data} images={images.data} quota={quota.data} />
        </div>
        <div hidden={step !== 2}>
          <StepNetwork project={project} />
        </div>
        <div hidden={step !== 3}>
          <StepLogin project={project} images={images.data} />
        </div>
        <div hidden={step !== 4}>
          {step === 4 ? (
            <StepReview
              values={form.getFieldsValue(true)}
              flavor={flavor}
              images={images.data}
              volumes={volumes.data}
              networks={networks.data}
              quota={quota.data}
            />
          ) : null}
        </div>
      </Form>
      <Flex justify="flex-end" gap={8} style={{ marginTop: 'auto' }}>
        <Button onClick={onClose}>{t('create.cancel')}</Button>
        {step > 0 ? (
          <Button onClick={() => setStep((s) => s - 1)} disabled={submitting}>
            {t('create.back')}
          </Button>
        ) : null}
        {last ? (
          <Button
            type="primary"
            onClick={() => void submit()}
            loading={submitting}
            disabled={overQuota}
          >
            {submitCount === 1
              ? t('create.submit')
              : t('create.submitMany', { count: submitCount })}
          </Button>
        ) : (
          <Button type="primary" onClick={() => void next()}>
            {t('create.next')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
