import { useTranslation } from 'react-i18next';
import { FilterSelect } from '@/components/resource-table/filter-select';
import type { TableState } from '@/hooks/use-url-table-state';
import type { FilterSpec } from '@/hooks/url-table-state';
import { useProjectNames } from '@/hooks/use-project-names';
import { useViewer } from '@/hooks/use-session';

/**
 * The administrator's filter by owning project (organisation); nothing for a tenant, who sees
 * only their own project's resources.
 */
export function ProjectFilter<S extends FilterSpec>({
  state,
  name,
  width = 160,
}: {
  state: TableState<S>;
  name: keyof S & string;
  width?: number;
}) {
  const { t } = useTranslation('ui');
  const { isAdmin } = useViewer();
  const { projects } = useProjectNames(isAdmin);
  if (!isAdmin) return null;
  return (
    <FilterSelect
      state={state}
      name={name}
      placeholder={t('list.allProjects')}
      options={(projects ?? []).map((p) => ({ value: p.id, label: p.name }))}
      width={width}
    />
  );
}
