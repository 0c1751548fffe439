/**
 * Test-only fault injection: DUPHONG_FAULT_POINT=name[:n][:stop] kills the process with SIGKILL
 * (or freezes it with SIGSTOP, holding its locks) at the n-th arrival at that point.
 */
const faultSpec = process.env.DUPHONG_FAULT_POINT;
const arrivals = new Map<string, number>();
export function faultPoint(name: string): void {
  if (!faultSpec) return;
  // point names contain ':' themselves (ingest:after-stage), so parse the count and action from the end
  const m = /^(.*?)(?::(\d+))?(?::(stop))?$/.exec(faultSpec);
  const [, point, nth = '1', action = 'kill'] = m ?? [];
  if (point !== name) return;
  const count = (arrivals.get(name) ?? 0) + 1;
  arrivals.set(name, count);
  if (count === Number(nth)) process.kill(process.pid, action === 'stop' ? 'SIGSTOP' : 'SIGKILL');
}
