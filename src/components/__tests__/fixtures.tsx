// A small list page used by the component tests: images with the shape the images API returns.
import { defineTableOptions } from '@/hooks/url-table-state';
import type { ResourceColumn } from '@/components/resource-table/types';

export type TestImage = {
  id: string;
  name: string;
  status: string;
  size: number | null;
  os: string;
};

export const images: TestImage[] = Array.from({ length: 25 }, (_, i) => ({
  id: `img-${String(i + 1).padStart(2, '0')}`,
  name: i === 3 ? '中文镜像' : `image-${i + 1}`,
  status: i % 5 === 0 ? 'queued' : 'active',
  size: i === 7 ? null : (i + 1) * 10,
  os: i % 2 ? 'linux' : 'windows',
}));

export const imageTable = defineTableOptions({
  filters: { status: { multiple: true, options: ['active', 'queued', 'killed'] }, os: {} },
  sortFields: ['name', 'size'],
});

export const imageColumns: ResourceColumn<TestImage>[] = [
  {
    key: 'name',
    title: 'Name',
    value: (i) => i.name,
    sortable: true,
    searchable: true,
    alwaysVisible: true,
  },
  { key: 'status', title: 'Status', value: (i) => i.status },
  { key: 'size', title: 'Size', value: (i) => i.size, sortable: true },
  { key: 'id', title: 'ID', value: (i) => i.id, searchable: true, defaultHidden: true },
];
