import { describe, expect, it } from 'vitest';
import { actionsColumnWidth } from './resource-table';
import { columnWidth, DEFAULT_COLUMN_WIDTH } from './to-antd-columns';

const col = (title: string, width?: number, sortable = false) => ({
  key: 'k',
  title,
  width,
  sortable,
});

describe('columnWidth', () => {
  it('keeps a declared width that fits the longest word of the title', () => {
    expect(columnWidth(col('Name', 200))).toBe(200);
    expect(columnWidth(col('Availability zone'))).toBe(DEFAULT_COLUMN_WIDTH);
  });

  it('widens a column whose title has a word longer than the column (no "Snapshot|s")', () => {
    const narrow = columnWidth(col('Snapshots', 90, true));
    expect(narrow).toBeGreaterThan(90);
    // Sortable headers also make room for the sorter.
    expect(narrow).toBeGreaterThan(columnWidth(col('Snapshots', 90, false)));
    expect(columnWidth(col('Availability zone', 110, true))).toBeGreaterThanOrEqual(150);
  });

  it('never widens for CJK titles, which break between characters', () => {
    expect(columnWidth(col('可用区和快照保留数量', 90, true))).toBe(90);
  });
});

describe('actionsColumnWidth', () => {
  it('keeps the default for short labels in either language', () => {
    expect(actionsColumnWidth(['Edit'], true)).toBe(150);
    expect(actionsColumnWidth(['编辑'], true)).toBe(150);
  });

  it('sizes a CJK label by its wider glyphs', () => {
    const zh = actionsColumnWidth(['应用到组织'], true);
    expect(zh).toBeGreaterThan(150);
    expect(zh).toBeLessThan(actionsColumnWidth(['Apply to organizations'], true));
  });

  it('grows for a long English label, up to a cap', () => {
    const apply = actionsColumnWidth(['Apply to organizations'], true);
    expect(apply).toBeGreaterThan(200);
    expect(actionsColumnWidth(['A very long label that nobody should ever write'], true)).toBe(260);
  });
});
