// Which columns a user has shown or hidden, remembered per table in localStorage. Only the user's
// explicit choices are stored (not the full visible set), so a column a later release adds still
// follows its own defaults: `defaultHidden`, and `showFrom` (shown by default only on a viewport
// at least that wide, so the default set fits the screen without scrolling sideways).

export type ColumnChoices = {
  readonly shown: readonly string[];
  readonly hidden: readonly string[];
};

export const NO_CHOICES: ColumnChoices = { shown: [], hidden: [] };

export const storageKey = (tableId: string) => `table-columns:${tableId}`;

type ColumnLike = {
  readonly key: string;
  readonly defaultHidden?: boolean;
  readonly alwaysVisible?: boolean;
  readonly showFrom?: number;
};

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];

/** Reads what was stored; anything unreadable (old format, hand-edited) counts as no choice. */
export function parseChoices(raw: string | null): ColumnChoices {
  if (!raw) return NO_CHOICES;
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return NO_CHOICES;
    return {
      shown: strings('shown' in data ? data.shown : undefined),
      hidden: strings('hidden' in data ? data.hidden : undefined),
    };
  } catch {
    return NO_CHOICES;
  }
}

/** `viewport`: the window's width in px; undefined (unknown) shows every default column. */
export function isColumnVisible(
  column: ColumnLike,
  choices: ColumnChoices,
  viewport?: number,
): boolean {
  if (column.alwaysVisible) return true;
  if (choices.hidden.includes(column.key)) return false;
  if (choices.shown.includes(column.key)) return true;
  if (column.defaultHidden) return false;
  return column.showFrom === undefined || viewport === undefined || viewport >= column.showFrom;
}

export function setColumnVisible(
  choices: ColumnChoices,
  key: string,
  visible: boolean,
): ColumnChoices {
  const shown = choices.shown.filter((k) => k !== key);
  const hidden = choices.hidden.filter((k) => k !== key);
  return visible ? { shown: [...shown, key], hidden } : { shown, hidden: [...hidden, key] };
}

export function loadChoices(tableId: string, storage: Storage | undefined): ColumnChoices {
  try {
    return parseChoices(storage?.getItem(storageKey(tableId)) ?? null);
  } catch {
    // Storage can throw (disabled cookies, private mode quotas): fall back to the defaults.
    return NO_CHOICES;
  }
}

export function saveChoices(tableId: string, choices: ColumnChoices, storage: Storage | undefined) {
  try {
    if (choices.shown.length === 0 && choices.hidden.length === 0) {
      storage?.removeItem(storageKey(tableId));
    } else {
      storage?.setItem(storageKey(tableId), JSON.stringify(choices));
    }
  } catch {
    // Not remembering a column choice is not worth an error message.
  }
}
