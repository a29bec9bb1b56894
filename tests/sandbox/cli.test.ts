import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = async () => {
    for (let i = 0; i < 150 && !output.includes('Press Ctrl-C'); i++)
      await new Promise((r) => setTimeout(r, 100));
    return output;
  };
  return { child, exited, ready, output: () => output };
}

describe('npm run sandbox (sandbox/cli.ts)', () => {
  it('prints the base URL, the demo login and token once, serves, and stops on Ctrl-C', async () => {
    const cli = runCli(['--port', '0', '--preset', 'small', '--seed', '3']);
    const output = await cli.ready();
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    const token = /Demo token: (\S+)/.exec(output)?.[1];
    expect(url).toBeDefined();
    expect(token).toBeDefined();
    expect(output).toMatch(/Demo login: demo@planpoint\.test \/ demo1234/);
    expect(output.split(token ?? '').length - 1).toBe(1);
    const mine = await fetch(`${url}/api/projects/mine`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(mine.status).toBe(201);
    expect(((await mine.json()) as unknown[]).length).toBe(8);
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('exits with an explanation for an unknown preset', async () => {
    const cli = runCli(['--port', '0', '--preset', 'huge']);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(/--preset must be one of small, 5k, 60k/);
  });
});
