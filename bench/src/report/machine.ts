import os from 'node:os';

/** What the figures were measured on (the machine is shared: load averages say how busy it was). */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

/** Load averages over 1, 5 and 15 minutes. */
export function loadAverage(): [number, number, number] {
  const [one, five, fifteen] = os.loadavg().map((value) => Math.round(value * 100) / 100);
  return [one!, five!, fifteen!];
}
