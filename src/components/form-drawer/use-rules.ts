import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createRules, type Rules } from './rules';

/** `const rules = useRules(); <Form.Item rules={[rules.required(), rules.maxLength(255)]}>` */
export function useRules(): Rules {
  const { t } = useTranslation('ui');
  return useMemo(() => createRules((key, values) => (values ? t(key, values) : t(key))), [t]);
}
