import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validateScript } from '../src/pipeline/script/validate-script';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');

/** The CLI as a newcomer runs it: a real process, real files, exit codes. */
async function solve(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/solve.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run solve', () => {
  let out: string;
  beforeEach(async () => {
    out = await mkdtemp(join(tmpdir(), 'dogmath-cli-'));
  });

  it('solves typed text and writes a valid script.json', async () => {
    const r = await solve([
      '--text',
      '3(x-2)=2x+5',
      '--script-only',
      '--lang',
      'en-US',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('answer: x = 11 (checked by substitution)');
    const script = validateScript(JSON.parse(await readFile(join(out, 'script.json'), 'utf8')));
    expect(script.language).toBe('en-US');
  });

  it('solves the bundled sample photo', async () => {
    const r = await solve([join(ROOT, 'examples/quadratic-zh.png'), '--script-only', '--out', out]);
    expect(r.code).toBe(0);
    const script = validateScript(JSON.parse(await readFile(join(out, 'script.json'), 'utf8')));
    expect(script.answer.values).toEqual([
      { variable: 'x', value: '2' },
      { variable: 'x', value: '3' },
    ]);
    expect(script.language).toBe('zh-CN');
  });

  it.each([
    [['--script-only'], 2, /give an image path or --text/],
    [['--text', '1+1', '--lang', 'fr', '--script-only'], 2, /--lang must be one of zh-CN, en-US/],
    [['--text', '1+1', '--bogus'], 2, /unknown option --bogus/],
    [['--text', 'x^5 = 32', '--script-only'], 1, /^暂时还不会讲这种题目/],
    [
      ['--text', 'Solve sin(x) = 0.5', '--script-only', '--lang', 'en-US'],
      1,
      /^Equations with sin are not supported yet/,
    ],
    [['--text', 'hello', '--script-only', '--lang', 'en-US'], 1, /^No math problem was found/],
    [
      ['/nonexistent/photo.png', '--script-only', '--lang', 'en-US'],
      1,
      /cannot read \/nonexistent\/photo.png: ENOENT/,
    ],
  ])('%j exits %i with a reason', async (args, code, message) => {
    const r = await solve(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });

  it.each([
    // Checked with every other setting (Environment), or by the render factory, named either way.
    [{ AVATAR: 'hologram' }, /AVATAR must be "svg" or "none"/],
    [{ TTS_PROVIDER: 'http' }, /^TTS_BASE_URL must be set when TTS_PROVIDER=http/],
  ])('stops on a bad setting %j, naming it', async (env, message) => {
    const r = await solve(['--text', '1+1', '--out', out], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a file that is not an image with a one-line reason', async () => {
    const fake = join(out, 'fake.png');
    await writeFile(fake, 'not really a png');
    const r = await solve([fake, '--script-only', '--lang', 'en-US']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^This file could not be read as an image/);
  });
});
