// Runs a type checker from node_modules/.bin and gives back its exit code and its output without colours, so a
// failing test shows the diagnostics as text.
import { spawn } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

export async function runTypeCheck(bin: string, args: string[]): Promise<{ code: number; output: string }> {
  const child = spawn(resolve('node_modules/.bin', bin), args, {
    env: { ...process.env, PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? 1)));
  return { code, output: output.replace(/\x1b\[[0-9;]*m/g, '') };
}
