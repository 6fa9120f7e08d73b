import { useEffect, useId, useState, type ReactNode } from 'react';
import { Alert, Button, Drawer, Flex, Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { getSession, onSessionEnding } from '@/api/session';
import { ErrorAlert } from '@/components/error-alert';
import { dropDraft, readDraft, saveDraft } from './drafts';
import { fieldErrorsFrom, type FieldName } from './field-errors';

export type FormDrawerProps<V extends object> = {
  /** Already translated. */
  title: string;
  open: boolean;
  onClose: () => void;
  initialValues?: Partial<V>;
  /** Resolve to close the drawer; throw (an ApiError) to keep it open with the error shown. */
  onSubmit: (values: V) => Promise<unknown>;
  onSuccess?: (result: unknown) => void;
  /** `Form.Item`s. Use `Form.useWatch`/`Form.useFormInstance` inside for dependent fields. */
  children: ReactNode;
  submitText?: string;
  /** API paths the form renames: `{ 'body/min_disk': 'minDisk' }`. */
  fieldAliases?: Readonly<Record<string, FieldName>>;
  size?: number;
};

/**
 * A drawer with a typed antd form. Each opening starts from `initialValues`; a failed submit keeps
 * everything typed, shows the error with its request id and puts field problems on the fields.
 */
export function FormDrawer<V extends object>(props: FormDrawerProps<V>) {
  // A fresh form per opening: a new key remounts the body (and its form store) when it opens.
  const [session, setSession] = useState(props.open ? 1 : 0);
  const [wasOpen, setWasOpen] = useState(props.open);
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) setSession((s) => s + 1);
  }
  // Nothing before the first opening: a list page holds several drawers (create, rename, resize,
  // lease...) that most visits never open, and each closed one still built its form store and
  // drawer on every render of the page. Once opened it stays mounted, so it can animate closed.
  if (!props.open && session === 0) return null;
  return <FormDrawerBody<V> key={session} {...props} />;
}

function FormDrawerBody<V extends object>(props: FormDrawerProps<V>) {
  const { t } = useTranslation('ui');
  const formId = useId();
  const [form] = Form.useForm<V>();
  // Server field paths are only known at run time (read back from the registered fields), so
  // errors are set through the untyped view of the same instance rather than NamePath<V>.
  const fieldsApi: FormInstance = form;
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<{ error: unknown; unmatched: string[] } | null>(null);
  // A form the session ended under (token expired, 401) keeps what was typed through the
  // re-login: saved as the session ends, offered back when the same form opens on the same page.
  const { pathname } = useLocation();
  const draftKey = `${pathname}|${props.title}`;
  // Read once per opening (the body is remounted for each), dropped once shown.
  // A draft is its typist's: read and saved under the signed-in user's id.
  const [draft] = useState(() =>
    props.open ? readDraft(draftKey, getSession()?.user.id ?? '') : null,
  );
  useEffect(() => {
    if (draft) dropDraft(draftKey);
  }, [draft, draftKey]);
  useEffect(() => {
    if (!props.open) return;
    return onSessionEnding(() =>
      saveDraft(draftKey, fieldsApi.getFieldsValue(true), getSession()?.user.id ?? ''),
    );
  }, [props.open, draftKey, fieldsApi]);

  const submit = async (values: V) => {
    setSubmitting(true);
    setError(null);
    try {
      const result = await props.onSubmit(values);
      props.onSuccess?.(result);
      props.onClose();
    } catch (e) {
      const names = fieldsApi.getFieldsError().map((f) => f.name);
      const { fields, unmatched } = fieldErrorsFrom(e, names, props.fieldAliases);
      fieldsApi.setFields(fields);
      setError({ error: e, unmatched: unmatched.map((d) => `${d.path}: ${d.message}`) });
      const [first] = fields;
      if (first) fieldsApi.scrollToField(first.name);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={props.title}
      size={props.size ?? 560}
      // A stray click outside must not throw away a half-filled form.
      mask={{ closable: false }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={props.onClose}>{t('form.cancel')}</Button>
          <Button type="primary" htmlType="submit" form={formId} loading={submitting}>
            {props.submitText ?? t('form.submit')}
          </Button>
        </Flex>
      }
    >
      {draft ? (
        <Alert
          type="info"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          title={t('form.draftRestored')}
        />
      ) : null}
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error.error} title={t('form.failed')}>
            {error.unmatched.length ? (
              <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
                {error.unmatched.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </ErrorAlert>
        </div>
      ) : null}
      <Form<V>
        id={formId}
        // Field ids derive from the form's name; without one, two drawers on a page (create and
        // edit both have `name`) share ids and a label points at the other drawer's input.
        name={formId.replace(/[^A-Za-z0-9_-]/g, '')}
        form={form}
        layout="vertical"
        initialValues={draft ? { ...props.initialValues, ...draft } : props.initialValues}
        onFinish={(values) => void submit(values)}
        disabled={submitting}
        scrollToFirstError
      >
        {props.children}
      </Form>
    </Drawer>
  );
}
