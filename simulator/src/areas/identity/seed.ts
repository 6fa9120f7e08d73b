// Seeded organisations, users and their role groups: a province's cloud administrators, two
// branch companies, an R&D centre under one of them, finance and a retired lab.
import {
  ADMIN_PROJECT,
  ADMIN_USER,
  CLOUD_ADMIN_GROUP,
  DEMO_PASSWORD,
  GROUP_MEMBER,
  GROUP_ORG_ADMIN,
} from '../../constants.ts';
import type { Rng } from '../../rng.ts';
import type { ProjectRec, RoleGroupRec, State, UserProjectRec, UserRec } from '../../state.ts';

/** The seeded projects' ids by a short key, for the seeds of the areas that refer to them. */
export type ProjectIds = {
  admin: string;
  chengdu: string;
  mianyang: string;
  rd: string;
  finance: string;
  lab: string;
};

export type IdentitySeed = Pick<State, 'projects' | 'users' | 'roleGroups' | 'userProjects'> & {
  p: ProjectIds;
};

const links = (id: string) => ({
  self: `http://api-kinton-service.default.svc.cloudos:9000/v3/projects/${id}`,
});

function project(
  id: string,
  name: string,
  parent: string,
  extra: Partial<ProjectRec> = {},
): ProjectRec {
  return {
    id,
    name,
    description: '',
    enabled: true,
    status: 'project.status.normal',
    is_domain: false,
    parent_id: parent,
    type: 'PUBLIC',
    domain_id: 'default',
    checkedOrg: false,
    links: links(id),
    label: name,
    cloud: false,
    cbmsFlag: true,
    ...extra,
  };
}

const ROLE_GROUPS: RoleGroupRec[] = [
  {
    uuid: CLOUD_ADMIN_GROUP,
    name: 'cloudos.rolegroup.cloud',
    enabled: true,
    description: 'cloudos.rolegroup.cloud.desc',
    role_uuid: '9e8abc4d-2436-4a3d-b728-bf2bf9cbfa36',
  },
  {
    uuid: GROUP_ORG_ADMIN,
    name: 'cloudos.rolegroup.organization',
    enabled: true,
    description: 'cloudos.rolegroup.organization.desc',
    role_uuid: '2b0c3b8e-0b7f-4f2e-9a0c-5d9c1f4b7e11',
  },
  {
    uuid: GROUP_MEMBER,
    name: 'cloudos.rolegroup.member',
    enabled: true,
    description: 'cloudos.rolegroup.member.desc',
    role_uuid: '2b0c3b8e-0b7f-4f2e-9a0c-5d9c1f4b7e12',
  },
];

export function seedIdentity(rng: Rng): IdentitySeed {
  const p: ProjectIds = {
    admin: ADMIN_PROJECT,
    chengdu: '66b6b770-d079-44a8-8cd9-3348bb185f60',
    mianyang: rng.hex(32),
    rd: rng.hex(32),
    finance: rng.hex(32),
    lab: rng.hex(32),
  };
  const projects: ProjectRec[] = [
    project(p.admin, 'admin', 'default', {
      label: 'sichuansheng',
      cloud: true,
      description: 'Cloud administrators',
    }),
    project(p.chengdu, 'chengdu', p.admin, { description: '成都分公司' }),
    project(p.mianyang, 'mianyang', p.admin, { description: '绵阳分公司' }),
    project(p.rd, '研发中心', p.chengdu, { description: 'R&D centre' }),
    project(p.finance, '财务部', p.admin, { description: 'Finance' }),
    project(p.lab, 'lab-archive', p.admin, {
      enabled: false,
      status: 'project.status.disabled',
      description: 'Retired test lab',
    }),
  ];
  const user = (
    id: string,
    name: string,
    display: string,
    defaultProjectId: string,
    enabled = true,
  ): UserRec => ({
    id,
    name,
    enabled,
    domain_id: 'default',
    display_name: display,
    password: DEMO_PASSWORD,
    defaultProjectId,
  });
  const u = {
    alice: rng.hex(32),
    bob: rng.hex(32),
    carol: rng.hex(32),
    dave: rng.hex(32),
    erin: rng.hex(32),
  };
  const users: UserRec[] = [
    user(ADMIN_USER, 'admin', 'admin', p.admin),
    user(u.alice, 'alice', 'Alice Wang', p.chengdu),
    user(u.bob, 'bob', 'Bob Li', p.mianyang),
    user(u.carol, 'carol', 'Carol Zhang', p.chengdu),
    user(u.dave, 'dave', 'Dave Chen', p.finance),
    user(u.erin, 'erin', 'Erin Zhao (left)', p.rd, false),
  ];
  const userProjects: UserProjectRec[] = [
    { userId: ADMIN_USER, projectId: p.admin, groupId: CLOUD_ADMIN_GROUP },
    { userId: u.alice, projectId: p.chengdu, groupId: GROUP_ORG_ADMIN },
    { userId: u.bob, projectId: p.mianyang, groupId: GROUP_ORG_ADMIN },
    { userId: u.carol, projectId: p.chengdu, groupId: GROUP_MEMBER },
    { userId: u.carol, projectId: p.rd, groupId: GROUP_ORG_ADMIN },
    { userId: u.dave, projectId: p.finance, groupId: GROUP_MEMBER },
    { userId: u.erin, projectId: p.rd, groupId: GROUP_MEMBER },
  ];
  return { projects, users, roleGroups: ROLE_GROUPS.map((g) => ({ ...g })), userProjects, p };
}
