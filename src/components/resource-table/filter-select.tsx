import { Select } from 'antd';
import type { TableState } from '@/hooks/use-url-table-state';
import type { FilterSpec } from '@/hooks/url-table-state';

export type FilterOption = { readonly value: string; readonly label: string };

type Props<S extends FilterSpec> = {
  state: TableState<S>;
  name: keyof S & string;
  /** Labels already translated, e.g. t('images:status.active'). */
  options: readonly FilterOption[];
  /** Translated; also the accessible name. */
  placeholder: string;
  width?: number;
  /** Options still loading (e.g. fetched only once the filter is first opened). */
  loading?: boolean;
  onOpenChange?: (open: boolean) => void;
};

/** A filter bound to the URL state: single or multiple as its spec says. */
export function FilterSelect<S extends FilterSpec>({
  state,
  name,
  options,
  placeholder,
  width = 180,
  loading,
  onOpenChange,
}: Props<S>) {
  const multiple = state.options.filters[name]?.multiple === true;
  const raw: unknown = state.filters[name];
  const value = Array.isArray(raw)
    ? raw.filter((v) => typeof v === 'string')
    : typeof raw === 'string'
      ? raw
      : undefined;
  return (
    <Select<string | string[]>
      aria-label={placeholder}
      placeholder={placeholder}
      mode={multiple ? 'multiple' : undefined}
      // Typing narrows long option lists (projects, OS types) and keeps the filter keyboard-usable.
      showSearch={{ optionFilterProp: 'label' }}
      maxTagCount="responsive"
      allowClear
      value={value}
      options={options.map((o) => ({ value: o.value, label: o.label }))}
      onChange={(v) => state.setFilter(name, v ?? undefined)}
      loading={loading}
      onOpenChange={onOpenChange}
      style={{ minWidth: width }}
    />
  );
}
