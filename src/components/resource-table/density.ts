// How tall a table's rows are: comfortable (antd's middle size, two-line cells) or compact (small
// size, one line per cell, details in tooltips). Remembered per table in localStorage, like the
// column choices; only a non-default choice is stored.

export type Density = 'comfortable' | 'compact';

export const densityKey = (tableId: string) => `table-density:${tableId}`;

export function loadDensity(tableId: string, storage: Storage | undefined): Density {
  try {
    return storage?.getItem(densityKey(tableId)) === 'compact' ? 'compact' : 'comfortable';
  } catch {
    // Storage can throw (disabled, private mode): the default it is.
    return 'comfortable';
  }
}

export function saveDensity(tableId: string, density: Density, storage: Storage | undefined) {
  try {
    if (density === 'compact') storage?.setItem(densityKey(tableId), density);
    else storage?.removeItem(densityKey(tableId));
  } catch {
    // Not remembering a density is not worth an error message.
  }
}
