/** Summarises a V8 .cpuprofile (written by a child run with --cpu-prof): the functions with the most self time. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export function topFrames(dir: string, count = 15): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const lines: string[] = [];
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const names = new Map<number, string>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url ? `${url.replace(/^.*\/(node_modules|packages)\//, '$1/')}:${lineNumber + 1}` : '';
      names.set(node.id, `${functionName || '(anonymous)'} ${where}`.trim());
    }
    const self = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      const name = names.get(id) ?? '?';
      self.set(name, (self.get(name) ?? 0) + dt);
      total += dt;
    });
    const busy = total - (self.get('(idle)') ?? 0);
    lines.push(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy`);
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      lines.push(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
    }
  }
  return lines;
}
