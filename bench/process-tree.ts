import { readFile, readdir } from 'node:fs/promises';

/** Linux /proc: a process and all its descendants (speech, FFmpeg), for benchmarks. */
async function processTable(): Promise<Map<number, { parent: number; stat: string[] }>> {
  const table = new Map<number, { parent: number; stat: string[] }>();
  const pids = (await readdir('/proc')).filter((p) => /^\d+$/.test(p)).map(Number);
  await Promise.all(
    pids.map(async (pid) => {
      try {
        const raw = await readFile(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name, which may contain spaces: state is [0], ppid [1].
        const stat = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
        table.set(pid, { parent: Number(stat[1]), stat });
      } catch {
        /* exited */
      }
    }),
  );
  return table;
}

function treeOf(table: Map<number, { parent: number }>, root: number): number[] {
  const inTree = (pid: number): boolean =>
    pid === root || (table.has(pid) && pid !== 1 && inTree(table.get(pid)!.parent));
  return [...table.keys()].filter(inTree);
}

/** Resident memory of the tree, in bytes. */
export async function treeRssBytes(root: number): Promise<number> {
  const table = await processTable();
  let total = 0;
  for (const pid of treeOf(table, root)) {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      /* exited */
    }
  }
  return total;
}

/**
 * CPU seconds used so far by the tree: the root's own and reaped children's time plus the
 * live descendants' own time (finished FFmpeg runs are counted through the reaped time).
 */
export async function treeCpuSeconds(root: number): Promise<number> {
  const table = await processTable();
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of treeOf(table, root)) {
    const s = table.get(pid)!.stat;
    // utime [11], stime [12], cutime [13], cstime [14] (0-based after the command name).
    total += Number(s[11]) + Number(s[12]);
    if (pid === root) total += Number(s[13]) + Number(s[14]);
  }
  return total / ticks;
}
