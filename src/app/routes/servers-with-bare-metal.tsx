// /servers composed with the bare-metal feature: the servers page offers "Create bare-metal
// server" (its own ?drawer=bare-metal), and the drawer belongs to bare metal. Features do not
// import each other (shared/STYLE.md), so they meet here.
import { useUrlParam } from '@/hooks/use-url-param';
import { Component as ServersPage } from '@/features/servers/routes/servers-page';
import { CreateBareMetalDrawer } from '@/features/bare-metal/create/create-bare-metal-drawer';

export function Component() {
  const [drawer, setDrawer] = useUrlParam('drawer');
  return (
    <>
      <ServersPage />
      <CreateBareMetalDrawer open={drawer === 'bare-metal'} onClose={() => setDrawer(undefined)} />
    </>
  );
}
