// Runs a build as a child process and measures it step by step: each output line gets the time it arrived, steps
// end at the first line matching their marker, and the memory of the whole process tree (the build and anything it
// starts, such as Pagefind's binary) is sampled from /proc every 50 ms, so each step has its own peak.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface StepMarker {
  name: string;
  /** The output line that ends this step. */
  endsAt: RegExp;
}

interface StepTiming {
  name: string;
  ms: number;
  /** CPU time of the process tree during the step (clock ticks of 10 ms). */
  cpuMs: number;
  peakBytes: number;
  /** The line that ended the step. */
  line: string;
}

export interface Measurement {
  code: number;
  totalMs: number;
  cpuMs: number;
  peakBytes: number;
  steps: StepTiming[];
  output: string;
}

/** Parent pid of every process, from /proc. */
function parents(): Map<number, number> {
  const result = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may contain spaces and parentheses; the fields after its closing ')' are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      result.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return result;
}

/**
 * Resident memory (bytes) and CPU time used so far (ms: user and system, the process's own and that of children it
 * has waited for) of a process and all its descendants. CPU time is what a build costs whatever else the machine
 * is doing; wall time is what people wait.
 */
function treeUsage(root: number): { rssBytes: number; cpuMs: number } {
  const parentOf = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let rssBytes = 0;
  let ticks = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) rssBytes += Number(match[1]) * 1024;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, cutime, cstime: fields 14 to 17 of stat, 12 to 15 after the command name.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // Gone already.
    }
  }
  return { rssBytes, cpuMs: ticks * 10 };
}

export async function measure(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; markers: StepMarker[]; echo?: boolean },
): Promise<Measurement> {
  const started = performance.now();
  const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: { at: number; text: string }[] = [];
  const samples: { at: number; bytes: number; cpuMs: number }[] = [];
  let output = '';
  let pending = '';
  const onData = (chunk: Buffer) => {
    const at = performance.now() - started;
    const text = chunk.toString('utf8');
    output += text;
    pending += text;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push({ at, text: line });
      if (options.echo && !/├─|└─/.test(line)) process.stdout.write(`    ${line}\n`);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const sample = () => {
    if (!child.pid) return;
    const usage = treeUsage(child.pid);
    // A process that has exited reads as zero; keep the last CPU figure rather than go backwards.
    const cpuMs = Math.max(usage.cpuMs, samples[samples.length - 1]?.cpuMs ?? 0);
    samples.push({ at: performance.now() - started, bytes: usage.rssBytes, cpuMs });
  };
  const sampler = setInterval(sample, 50);
  const code: number = await new Promise((done) => child.on('close', (exit) => done(exit ?? 1)));
  clearInterval(sampler);
  const totalMs = performance.now() - started;
  // Up to the last sample, 50 ms before the end at most.
  const cpuMs = samples[samples.length - 1]?.cpuMs ?? 0;
  if (pending) lines.push({ at: totalMs, text: pending });

  const steps: StepTiming[] = [];
  let from = 0;
  for (const marker of options.markers) {
    const hit = lines.find((line) => line.at >= from && marker.endsAt.test(line.text));
    if (!hit)
      throw new Error(
        `No output line matched ${marker.endsAt} (step «${marker.name}»); exit ${code}\n${output.slice(-3000)}`,
      );
    const window = samples.filter((sample) => sample.at >= from && sample.at <= hit.at + 50);
    const cpuAt = (at: number) => samples.filter((sample) => sample.at <= at).pop()?.cpuMs ?? 0;
    steps.push({
      name: marker.name,
      ms: hit.at - from,
      cpuMs: cpuAt(hit.at + 50) - cpuAt(from),
      peakBytes: Math.max(0, ...window.map((sample) => sample.bytes)),
      line: hit.text,
    });
    from = hit.at;
  }
  return { code, totalMs, cpuMs, peakBytes: Math.max(0, ...samples.map((sample) => sample.bytes)), steps, output };
}
