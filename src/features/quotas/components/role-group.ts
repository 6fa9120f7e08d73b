import { useTranslation } from 'react-i18next';
import { roleGroupKey } from '../model/members';

/** A role group's label: translated when known, its name otherwise. */
export function useRoleGroupLabel() {
  const { t } = useTranslation('quotas');
  return (g: { name: string }) => {
    const key = roleGroupKey(g);
    return key ? t(`roleGroups.${key}`) : g.name;
  };
}
