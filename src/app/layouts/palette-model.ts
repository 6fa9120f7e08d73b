// The command palette's model: the pages a role may open (the side menu's entries, with their
// group), and which of them match what was typed, best first.
import { buildMenu, type AppRoute, type MenuEntry, type MenuGroup } from '../routes/route-model';

export type PaletteEntry = MenuEntry & { group: MenuGroup | null };

/** Every page of the menu for this role, in menu order. */
export function paletteEntries(routes: readonly AppRoute[], isAdmin: boolean): PaletteEntry[] {
  return buildMenu(routes, isAdmin).flatMap((section): PaletteEntry[] =>
    section.kind === 'item'
      ? [{ ...section.item, group: null }]
      : section.items.map((item) => ({ ...item, group: section.group })),
  );
}

/**
 * The entries matching `query` (case-insensitive, every word somewhere in the page's title, its
 * group's title or its path), titles starting with the query first, then menu order. An empty
 * query lists every entry.
 */
export function matchEntries<E extends PaletteEntry>(
  query: string,
  entries: readonly E[],
  label: (e: E) => { title: string; group: string },
): E[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...entries];
  const scored = entries.flatMap((e, index) => {
    const { title, group } = label(e);
    const hay = `${title} ${group} ${e.path}`.toLowerCase();
    if (!words.every((w) => hay.includes(w))) return [];
    const starts = title.toLowerCase().startsWith(words[0] ?? '') ? 0 : 1;
    return [{ e, starts, index }];
  });
  return scored.sort((a, b) => a.starts - b.starts || a.index - b.index).map((s) => s.e);
}
