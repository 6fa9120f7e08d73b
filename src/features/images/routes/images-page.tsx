// /images — the image list (004 §1.3): server-side filters, sort and limit/marker paging; polls
// while an image on the page is saving; create → upload, FTP import, edit, download, delete.
import { useCallback, useMemo, useState } from 'react';
import { Button } from 'antd';
import { CloudDownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useOsName } from '@/components/os-type/use-os-name';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { ResourceTable } from '@/components/resource-table/resource-table';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useViewer } from '@/hooks/use-session';
import { watchedImageQueries } from '../api/queries';
import type { ImageListParams } from '@/api/resources/images';
import { CreateImageDrawer } from '../components/create-image-drawer';
import { EditImageDrawer } from '../components/edit-image-drawer';
import { FtpImportDrawer } from '../components/ftp-import-drawer';
import { useImageColumns } from '../components/image-columns';
import { UploadImageModal } from '../components/upload-image-modal';
import { useImageActions } from '../components/use-image-actions';
import { VIRT_TYPES } from '@/api/enums';
import { DISK_FORMATS, IMAGE_STATUSES, VISIBILITIES, type Image } from '../model/types';
import { projectQueries } from '@/api/resources/projects';

const SORT_KEYS = [
  'name',
  'created_at',
  'size',
  'status',
  'disk_format',
  'virt_type',
  'visibility',
] as const;
type SortKey = (typeof SORT_KEYS)[number];
const isSortKey = (v: string): v is SortKey => SORT_KEYS.some((k) => k === v);

const TABLE = defineTableOptions({
  filters: {
    status: { options: IMAGE_STATUSES },
    visibility: { options: VISIBILITIES },
    virt_type: { options: VIRT_TYPES },
    disk_format: { options: DISK_FORMATS },
    kind: { options: ['image', 'snapshot'] },
    owner: {},
  },
  defaultPageSize: 20,
  defaultSort: { field: 'created_at', order: 'descend' },
  sortFields: SORT_KEYS,
});

export function Component() {
  const { t } = useTranslation('images');
  const viewer = useViewer();
  const state = useUrlTableState(TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  const [editing, setEditing] = useState<Image | undefined>();
  const [uploading, setUploading] = useState<Image | undefined>();

  const sortField = state.sort && isSortKey(state.sort.field) ? state.sort.field : 'created_at';
  const params: ImageListParams = {
    limit: String(state.pageSize),
    marker: state.cursor,
    name: state.search || undefined,
    status: state.filters.status,
    visibility: state.filters.visibility,
    virt_type: state.filters.virt_type,
    disk_format: state.filters.disk_format,
    image_type: state.filters.kind,
    owner: viewer.isAdmin ? state.filters.owner : undefined,
    sort_key: sortField,
    sort_dir: state.sort?.order === 'ascend' ? 'asc' : 'desc',
  };
  const list = useQuery(watchedImageQueries.list(viewer.projectId, params));
  const projects = useQuery({ ...projectQueries.list(), enabled: viewer.isAdmin });
  const projectName = useCallback(
    (id: string) => projects.data?.find((p) => p.id === id)?.name ?? id.slice(0, 8),
    [projects.data],
  );
  const osName = useOsName();
  const columns = useImageColumns(projectName, viewer.isAdmin, osName);
  const actions = useImageActions({ onEdit: setEditing, onUpload: setUploading });
  const images = list.data?.images;
  const nextCursor = list.data?.next ? images?.at(-1)?.id : undefined;

  const option = useCallback((value: string, label: string) => ({ value, label }), []);
  const filters = useMemo(
    () => (
      <>
        <FilterSelect
          state={state}
          name="status"
          placeholder={t('filters.allStatuses')}
          options={IMAGE_STATUSES.map((s) => option(s, t(`status.${s}`)))}
          width={140}
        />
        <FilterSelect
          state={state}
          name="visibility"
          placeholder={t('filters.allVisibilities')}
          options={VISIBILITIES.map((v) => option(v, t(`visibility.${v}`)))}
          width={140}
        />
        <FilterSelect
          state={state}
          name="virt_type"
          placeholder={t('filters.allVirtTypes')}
          options={VIRT_TYPES.map((v) => option(v, v))}
          width={170}
        />
        <FilterSelect
          state={state}
          name="disk_format"
          placeholder={t('filters.allFormats')}
          options={DISK_FORMATS.map((f) => option(f, f))}
          width={130}
        />
        {viewer.isAdmin ? (
          <FilterSelect
            state={state}
            name="owner"
            placeholder={t('filters.allOwners')}
            options={(projects.data ?? []).map((p) => option(p.id, p.name))}
            width={160}
          />
        ) : null}
      </>
    ),
    [state, t, option, viewer.isAdmin, projects.data],
  );

  return (
    <>
      <PageHeader
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        extra={
          <>
            <Button icon={<CloudDownloadOutlined aria-hidden />} onClick={() => setDrawer('ftp')}>
              {t('actions.ftp')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setDrawer('create')}
            >
              {t('actions.create')}
            </Button>
          </>
        }
      />
      <ResourceTable<Image, typeof TABLE.filters>
        tableId="images"
        resourceName={t('title.resource')}
        rowKey={(img) => img.id}
        itemName={(img) => img.name}
        columns={columns}
        data={images}
        query={list}
        state={state}
        paging={{ mode: 'cursor', nextCursor }}
        filters={filters}
        rowActions={actions}
        bulkActions={actions.filter((a) => a.key === 'delete')}
        inlineActions={1}
      />
      <CreateImageDrawer
        open={drawer === 'create'}
        onClose={() => setDrawer(undefined)}
        onCreated={setUploading}
      />
      <FtpImportDrawer open={drawer === 'ftp'} onClose={() => setDrawer(undefined)} />
      <EditImageDrawer image={editing} onClose={() => setEditing(undefined)} />
      <UploadImageModal image={uploading} onClose={() => setUploading(undefined)} />
    </>
  );
}
