// The servers list's cells that change with the table's density: two lines when comfortable,
// one line when compact (the rest in a tooltip).
import { Tooltip, Typography } from 'antd';
import { IntentLink, type Intent } from '@/components/resource-table/intent-link';
import { useTableDensity } from '@/components/resource-table/use-density';
import { EMPTY_VALUE } from '@/i18n/format';
import { ipsOf } from '../model/addresses';
import type { Server } from '../model/types';

const SECONDARY = { fontSize: 12 } as const;
const LINE = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

export function NameCell({
  server: s,
  to,
  intent,
}: {
  server: Server;
  to: string;
  intent: Intent;
}) {
  const density = useTableDensity();
  const alias = s.metadata.alias && s.metadata.alias !== s.name ? s.metadata.alias : undefined;
  if (density === 'compact' || !alias)
    return (
      <IntentLink to={to} intent={intent} title={alias}>
        {s.name}
      </IntentLink>
    );
  return (
    <span>
      <IntentLink to={to} intent={intent}>
        {s.name}
      </IntentLink>
      <br />
      <Typography.Text type="secondary" style={SECONDARY}>
        {alias}
      </Typography.Text>
    </span>
  );
}

export function IpsCell({ server }: { server: Server }) {
  const density = useTableDensity();
  const ips = ipsOf(server);
  const [first] = ips;
  if (!first) return <Typography.Text type="secondary">{EMPTY_VALUE}</Typography.Text>;
  if (density === 'compact') {
    const all = ips.map((ip) => `${ip.addr} ${ip.network}`).join('\n');
    return (
      <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{all}</span>}>
        <span>
          {first.addr}
          {ips.length > 1 ? (
            <Typography.Text type="secondary" style={SECONDARY}>
              {` +${ips.length - 1}`}
            </Typography.Text>
          ) : null}
        </span>
      </Tooltip>
    );
  }
  // One address a line, its network after it; a long network name is cut, not wrapped mid-word.
  return (
    <span>
      {ips.map((ip) => (
        <div key={`${ip.network}-${ip.addr}`} title={`${ip.addr} ${ip.network}`} style={LINE}>
          {ip.addr}
          <Typography.Text type="secondary" style={SECONDARY}>
            {' '}
            {ip.network}
          </Typography.Text>
        </div>
      ))}
    </span>
  );
}
