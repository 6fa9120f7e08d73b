// /images — the image list (004 §1.3): server-side filters, sort and limit/marker paging; polls
// while an image on the page is saving; create → upload, FTP import, edit, download, delete.
import { useCallback, useMemo, useState } from 'react';
import { Button } from 'antd';
import { CloudDownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProjectFilter } from '@/components/list-page/project-filter';
import { useOsName } from '@/components/os-type/use-os-name';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { ListPage } from '@/components/list-page/list-page';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { useProjectNames } from '@/hooks/use-project-names';
import { useViewer } from '@/hooks/use-session';
import { imageNextCursor } from '@/api/resources/images';
import { VIRT_TYPES } from '@/api/enums';
import { watchedImageQueries } from '../api/queries';
import { CreateImageDrawer } from '../components/create-image-drawer';
import { EditImageDrawer } from '../components/edit-image-drawer';
import { FtpImportDrawer } from '../components/ftp-import-drawer';
import { useImageColumns } from '../components/image-columns';
import { UploadImageModal } from '../components/upload-image-modal';
import { useImageActions } from '../components/use-image-actions';
import { IMAGES_TABLE, toListParams } from '../model/list-params';
import { DISK_FORMATS, IMAGE_STATUSES, VISIBILITIES, type Image } from '../model/types';

export function Component() {
  const { t } = useTranslation('images');
  const viewer = useViewer();
  const state = useUrlTableState(IMAGES_TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  const [editing, setEditing] = useState<Image | undefined>();
  const [uploading, setUploading] = useState<Image | undefined>();

  const list = useQuery(watchedImageQueries.list(viewer.projectId, toListParams(state, viewer)));
  const { projectName } = useProjectNames(viewer.isAdmin);
  const osName = useOsName();
  const columns = useImageColumns(projectName, viewer, osName);
  const actions = useImageActions({ onEdit: setEditing, onUpload: setUploading });
  const images = list.data?.images;
  const nextCursor = imageNextCursor(list.data);

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
        <ProjectFilter state={state} name="owner" />
      </>
    ),
    [state, t, option],
  );

  return (
    <>
      <ListPage<Image, typeof IMAGES_TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={{ label: t('actions.create'), onClick: () => setDrawer('create') }}
        headerExtra={
          <Button icon={<CloudDownloadOutlined aria-hidden />} onClick={() => setDrawer('ftp')}>
            {t('actions.ftp')}
          </Button>
        }
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
