import { FilterSelect } from '@/components/resource-table/filter-select';
import type { TableState } from '@/hooks/use-url-table-state';
import type { FilterSpec } from '@/hooks/url-table-state';

type Props<S extends FilterSpec, V extends string> = {
  state: TableState<S>;
  name: keyof S & string;
  /** The values the filter offers, usually an enum list from the spec (`@/api/enums`). */
  values: readonly V[];
  /** A value's translated label, e.g. `(s) => t(\`status.${s}\`)`. */
  label: (value: V) => string;
  /** Translated; also the accessible name. */
  placeholder: string;
  width?: number;
};

/** A list page's filter over a fixed set of values, each labelled in the user's language. */
export function EnumFilter<S extends FilterSpec, V extends string>({
  values,
  label,
  width = 140,
  ...select
}: Props<S, V>) {
  const options = values.map((value) => ({ value, label: label(value) }));
  return <FilterSelect<S> {...select} options={options} width={width} />;
}
