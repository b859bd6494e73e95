import { readdirSync, readFileSync } from 'node:fs';

const TICKS = 100;

function statFields(pid: string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds used so far by the embedded PostgreSQL whose data folder this
 * is: its postmaster, the backends that ended (counted into the postmaster's
 * children time when reaped) and the ones still running. Undefined when the
 * server is not on this machine's /proc (DATABASE_URL).
 */
export function postgresCpuSeconds(dataDir: string): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const postmaster = pids.find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return args.includes(dataDir) && args.some((arg) => arg.endsWith('/postgres'));
    } catch {
      return false;
    }
  });
  if (!postmaster) return undefined;
  let ticks = 0;
  for (const pid of pids) {
    const fields = statFields(pid);
    if (!fields) continue;
    if (pid === postmaster)
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    else if (fields[1] === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS;
}
