// The Snapshots tab of a server: its whole-VM snapshots (hypervisor level, a tree) and its
// instance snapshots (images), each with create, restore or delete.
import { Divider, Flex } from 'antd';
import type { Server } from '../model/types';
import { InstanceSnapshotsSection } from '../snapshots/instance-snapshots-section';
import { VmSnapshotsSection } from '../snapshots/vm-snapshots-section';

export function SnapshotsTab({ server }: { server: Server }) {
  return (
    <Flex vertical>
      <VmSnapshotsSection server={server} />
      <Divider />
      <InstanceSnapshotsSection server={server} />
    </Flex>
  );
}
