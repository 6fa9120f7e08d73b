// npm start: the simulator on 127.0.0.1:11000 and the console (Vite dev server with its proxy),
// in one terminal; Ctrl-C stops both. With CLOUDOS_API_URL set, only the console starts and its
// proxy forwards to that gateway instead.
import { spawn, type ChildProcess } from 'node:child_process';

const children: ChildProcess[] = [];
const stopAll = (code = 0) => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300).unref();
};
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    if (code && code !== 0) {
      console.error(`start: ${cmd} ${args.join(' ')} exited with ${code}`);
      stopAll(code);
    }
  });
  children.push(child);
  return child;
};

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

const gateway = process.env.CLOUDOS_API_URL;
if (!gateway) {
  const port = process.env.SIM_PORT ?? '11000';
  if (await waitFor(`http://127.0.0.1:${port}/__sim/health`, 300)) {
    console.log(`start: a simulator is already running on port ${port}; using it`);
  } else {
    run(process.execPath, ['simulator/src/cli.ts', ...process.argv.slice(2)]);
    if (!(await waitFor(`http://127.0.0.1:${port}/__sim/health`, 15_000))) {
      console.error('start: the simulator did not come up');
      stopAll(1);
    }
  }
} else {
  console.log(`start: console proxy → ${gateway} (no simulator)`);
}
if (process.env.MANA_API_URL) console.log(`start: /mana_api → ${process.env.MANA_API_URL}`);
run(
  process.execPath,
  ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1'],
  gateway ? {} : { CLOUDOS_API_URL: `http://127.0.0.1:${process.env.SIM_PORT ?? '11000'}` },
);
