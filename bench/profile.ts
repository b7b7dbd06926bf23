/**
 * Summarises a V8 .cpuprofile (written by a child run with --cpu-prof): the
 * frames with the most self time, and Cercle's own functions (and PGlite) by
 * inclusive time, which is what points at a hub bottleneck.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface CpuProfile {
  nodes: {
    id: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

const short = (url: string) => url.replace(/^.*\/(node_modules|packages)\//, '$1/');

export function topFrames(file: string, count = 12): string[] {
  const lines: string[] = [];
  {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const names = new Map<number, string>();
    const parent = new Map<number, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      names.set(
        node.id,
        `${functionName || '(anonymous)'} ${url ? `${short(url)}:${lineNumber + 1}` : ''}`.trim(),
      );
      for (const child of node.children ?? []) parent.set(child, node.id);
    }
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      total += dt;
      const name = names.get(id) ?? '?';
      self.set(name, (self.get(name) ?? 0) + dt);
      const seen = new Set<string>();
      for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
        const n = names.get(node) ?? '?';
        if (/packages\/(server|core)\//.test(n) || n.startsWith('wasm-function')) {
          const key = n.startsWith('wasm-function') ? 'PGlite (all wasm code)' : n;
          if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
          seen.add(key);
        }
      }
    });
    const idle = self.get('(idle)') ?? 0;
    const row = (name: string, us: number) =>
      `  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`;
    lines.push(
      `${basename(file)}: ${(total / 1e6).toFixed(1)} s sampled, ${((total - idle) / 1e6).toFixed(1)} s busy`,
      ' self time:',
    );
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, count)) lines.push(row(name, us));
    lines.push(' inclusive time, Cercle code and PGlite:');
    for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, count))
      lines.push(row(name, us));
  }
  return lines;
}

// `node --import tsx bench/profile.ts <file.cpuprofile>`: summarise a profile already written.
if (import.meta.url === `file://${process.argv[1]}`)
  console.log(topFrames(process.argv[2] as string).join('\n'));
