import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = __dirname;

/** Every .ts file under `dir` (specs included: they must respect the layout too). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** src/ folder → the other src/ folders its files import (relative imports only). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources(SRC)) {
    const from = relative(SRC, file).split(sep)[0];
    if (from.endsWith('.ts')) continue;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const to = relative(SRC, resolve(dirname(file), spec)).split(sep)[0];
      if (to.startsWith('..') || to === from || to.endsWith('.ts')) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Import cycles between folders, each as the path that closes it. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) found.push([...path.slice(at), next].join(' → '));
      else visit(next, [...path, next]);
    }
  };
  for (const node of graph.keys()) visit(node, [node]);
  return [...new Set(found)];
}

describe('architecture', () => {
  const graph = folderGraph();

  it('has no import cycle between the folders of src/', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps the pipeline free of every service folder', () => {
    expect([...(graph.get('pipeline') ?? [])]).toEqual([]);
  });

  it('finds cycles when there are some (the check itself works)', () => {
    const looped = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(looped)).toContain('a → b → c → a');
  });
});
