import { createContext, useCallback, useContext, useState } from 'react';
import { loadDensity, saveDensity, type Density } from './density';

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage);

/** A table's density, remembered under its tableId. */
export function useDensityPreference(tableId: string) {
  const [state, setState] = useState(() => ({ tableId, density: loadDensity(tableId, storage()) }));
  if (state.tableId !== tableId) setState({ tableId, density: loadDensity(tableId, storage()) });
  const setDensity = useCallback(
    (density: Density) => {
      saveDensity(tableId, density, storage());
      setState({ tableId, density });
    },
    [tableId],
  );
  return [state.tableId === tableId ? state.density : 'comfortable', setDensity] as const;
}

export const DensityContext = createContext<Density>('comfortable');

/** For cells: compact rows want one line (the rest in a tooltip). */
export const useTableDensity = () => useContext(DensityContext);
