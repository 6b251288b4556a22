/**
 * A CPU profile of one interaction (Chrome DevTools Protocol's sampling profiler), reduced to
 * what a note can quote: the busy time, the share garbage collection took, and the functions
 * with the most self time. The raw profiles are written beside the run for DevTools.
 */
import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  interaction: string;
  /** Sampled time that was not idle, ms. */
  busyMs: number;
  /** Of the busy time, the share in garbage collection (0–1). */
  gcShare: number;
  /** The functions with the most self time: name (file) and ms. */
  top: { name: string; ms: number }[];
}

/** The file a function came from, short: cytoscape's chunk, the app's index, a worker. */
function origin(url: string): string {
  const file = url.split('/').pop() ?? '';
  return file.replace(/-[\w-]{8}\.js$/, '.js');
}

/** Reduces a profile to its busy time, GC share and top self-time functions. */
export function summarise(interaction: string, profile: CpuProfile, topCount = 6): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let idle = 0;
  let gc = 0;
  let total = 0;
  profile.samples.forEach((id, index) => {
    // timeDeltas[i] is the time before sample i; it is the previous sample's duration, close
    // enough at a 100 µs interval.
    const micros = profile.timeDeltas[index] ?? 0;
    total += micros;
    const frame = byId.get(id)?.callFrame;
    const name = frame?.functionName || '(anonymous)';
    if (name === '(idle)') {
      idle += micros;
      return;
    }
    if (name === '(garbage collector)') gc += micros;
    const key = frame?.url ? `${name} (${origin(frame.url)})` : name;
    self.set(key, (self.get(key) ?? 0) + micros);
  });
  const busy = total - idle;
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topCount)
    .map(([name, micros]) => ({ name, ms: Math.round(micros / 100) / 10 }));
  return {
    interaction,
    busyMs: Math.round(busy / 1000),
    gcShare: busy > 0 ? gc / busy : 0,
    top,
  };
}

/**
 * Profiles `action` and what follows it until the page has painted and gone quiet for
 * `settleMs` (cytoscape draws on its own animation frames, after the input's handlers).
 */
export async function profileInteraction(
  page: Page,
  interaction: string,
  action: () => Promise<unknown>,
  settleMs = 600,
): Promise<{ summary: ProfileSummary; raw: CpuProfile }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await action();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.waitForTimeout(settleMs);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    return { summary: summarise(interaction, profile), raw: profile };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
