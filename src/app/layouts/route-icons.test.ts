import { describe, expect, it } from 'vitest';
import { buildMenu } from '../routes/route-model';
import { APP_ROUTES } from '../routes/route-table';
import { ROUTE_ICONS, withIcons } from './route-icons';

describe('menu icons', () => {
  it('gives every page of the menu an icon, and names no page that does not exist', () => {
    const entries = buildMenu(withIcons(APP_ROUTES), true).flatMap((s) =>
      s.kind === 'item' ? [s.item] : s.items,
    );
    expect(entries.filter((e) => !e.icon).map((e) => e.path)).toEqual([]);
    const paths = new Set(APP_ROUTES.map((r) => r.path));
    expect(Object.keys(ROUTE_ICONS).filter((p) => !paths.has(p))).toEqual([]);
  });
});
