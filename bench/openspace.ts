/**
 * Open Space scheduler speed and quality (OS-10): 60 sessions, 200 people marking 6 interests
 * each, 6 slots × 10 spaces. Prints the median time of 7 runs and the conflicts (people wanting
 * two sessions at the same time) against the greedy first placement, in the same run.
 * Run: npm run bench:openspace
 */
import { randomInstance } from '../packages/core/src/openspace/fixtures.ts';
import { scheduleOpenSpace } from '../packages/core/src/openspace/schedule.ts';

const instance = randomInstance({
  seed: 1,
  sessions: 60,
  conveners: 45,
  participants: 200,
  perPerson: 6,
  slots: 6,
  capacities: [60, 40, 30, 25, 20, 15, 12, 10, 8, 8],
});
scheduleOpenSpace({ ...instance, seed: 1 }); // warm-up: the first run pays for JIT compilation
const times: number[] = [];
let last: ReturnType<typeof scheduleOpenSpace> | undefined;
for (let i = 0; i < 7; i += 1) {
  const start = performance.now();
  last = scheduleOpenSpace({ ...instance, seed: 1 + i });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
if (!last?.ok) throw new Error(last ? last.message : 'no run');
console.log('| instance | median ms | conflicts (greedy → search) |');
console.log('| --- | ---: | --- |');
console.log(
  `| 60 sessions × 200 people × 6 slots × 10 spaces | ${times[3]?.toFixed(1)} | ${last.greedy.conflicts} → ${last.conflicts} |`,
);
