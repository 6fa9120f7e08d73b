// /resource-pools/vmware — VMware resource pools (cloud administrators, 004 §1.13).
import { PoolPage } from '../components/pool-page';

export function Component() {
  return <PoolPage kind="vmware" />;
}
