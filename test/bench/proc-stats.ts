import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (user + system, ms) and memory of processes from /proc, so a benchmark can say what one operation costs
 * each side, and what the server (all its processes) holds in memory.
 */
interface Stat {
  pid: number;
  ppid: number;
  name: string;
  cpuMs: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stats(): Stat[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const text = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(') ') + 2).split(' ');
      const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(') '));
      // utime + stime, and cutime + cstime: the time of children it reaped (PostgreSQL's postmaster keeps that of
      // backends whose connection closed, so a pool closing idle connections does not make the sum go back).
      const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      return [{ pid: Number(d), ppid: Number(fields[1]), name, cpuMs: ticks * TICK_MS }];
    } catch {
      return []; // ended while read
    }
  });
}

/** A process and its children (the server's primary and its forked server processes). */
function treeOf(pid: number): Stat[] {
  const all = stats();
  const tree = new Set([pid]);
  for (const s of all) if (tree.has(s.ppid)) tree.add(s.pid);
  return all.filter((s) => tree.has(s.pid));
}

export function processTreeCpuMs(pid: number): number {
  return treeOf(pid).reduce((sum, s) => sum + s.cpuMs, 0);
}

/** The pids of a process and its children: read once, then sampled often with rssBytes. */
export function processTreePids(pid: number): number[] {
  return treeOf(pid).map((s) => s.pid);
}

/** Resident memory of these processes together, in bytes. */
export function rssBytes(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return sum + Number(match?.[1] ?? 0) * 1024;
    } catch {
      return sum;
    }
  }, 0);
}

/** Every PostgreSQL process on this machine (backends, WAL writer, checkpointer): the database's share. */
export function postgresCpuMs(): number {
  return stats().filter((s) => s.name === 'postgres').reduce((sum, s) => sum + s.cpuMs, 0);
}

/** This process's own CPU time in ms. */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Runs `work` and returns its result with the CPU ms each side spent on it. */
export async function measureCpu<T>(serverPid: number, work: () => Promise<T>): Promise<{ result: T; serverMs: number; databaseMs: number; benchMs: number }> {
  const before = { server: processTreeCpuMs(serverPid), database: postgresCpuMs(), bench: ownCpuMs() };
  const result = await work();
  return {
    result,
    serverMs: processTreeCpuMs(serverPid) - before.server,
    databaseMs: postgresCpuMs() - before.database,
    benchMs: ownCpuMs() - before.bench,
  };
}
