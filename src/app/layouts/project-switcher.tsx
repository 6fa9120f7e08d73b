// Project (organisation) scope. Switching exchanges the token for one scoped to the new project,
// then drops every cached query (their data belongs to the old project) and reruns the loaders.
import { ProjectOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRevalidator } from 'react-router';
import { rescopeToProject } from '@/features/auth/api/auth-api';
import { setSession, type Session } from '@/api/session';
import { projectQueries } from '@/api/resources/projects';

export function ProjectSwitcher({ session }: { session: Session }) {
  const { t } = useTranslation('shell');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  const projects = useQuery({
    ...projectQueries.list(),
    select: (projects) => projects.filter((p) => p.enabled),
  });

  const switchProject = useMutation({
    mutationFn: (projectId: string) => rescopeToProject(session.token, projectId),
    onSuccess: async (next) => {
      setSession(next);
      queryClient.getMutationCache().clear();
      // Reset, not just invalidate: the old project's data must not stay on screen meanwhile.
      await queryClient.resetQueries();
      await revalidator.revalidate();
      void message.success(t('project.switched', { name: next.project.name }));
    },
  });

  const current = { value: session.project.id, label: session.project.name };
  const options = projects.data?.map((p) => ({ value: p.id, label: p.name })) ?? [current];
  if (!options.some((o) => o.value === current.value)) options.unshift(current);

  return (
    <Select
      aria-label={t('project.label')}
      prefix={<ProjectOutlined aria-hidden />}
      value={session.project.id}
      options={options}
      loading={projects.isFetching || switchProject.isPending}
      disabled={switchProject.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      style={{ minWidth: 200, maxWidth: 320 }}
      onChange={(projectId: string) => {
        if (projectId !== session.project.id) switchProject.mutate(projectId);
      }}
    />
  );
}
