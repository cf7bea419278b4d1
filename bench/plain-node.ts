import { rmSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { readDefaultTsConfig } from '@swc-node/register/read-default-tsconfig';
import { compile } from '@swc-node/register/register';

const ROOT = join(__dirname, '..');
/** Inside the checkout, so the compiled files find node_modules as the sources do. Git-ignored. */
const PLAIN_JS_DIR = join(ROOT, 'bench', '.plain-js');

const isSource = (path: string, withJson: boolean) =>
  (path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.includes('.spec.')) ||
  (withJson && path.endsWith('.json'));

/** TypeScript sources (and, for src/, the JSON they import); tests and compiled output left out. */
const sourceFiles = async (dir: string, withJson: boolean): Promise<string[]> =>
  (await readdir(dir, { recursive: true }))
    .filter((path) => isSource(path, withJson) && !path.startsWith(`.plain-js${sep}`))
    .map((path) => join(dir, path));

/**
 * Compiles src/ and bench/ to JavaScript, as the benchmark's own loader would, so a child process runs
 * on plain node as the built service does. Under the TypeScript loader a process carries the compiler's
 * native library: about 80 MB of resident memory that is no part of what a memory figure measures.
 * Each benchmark process compiles into a folder of its own, removed when it exits. Returns the path of
 * `entry` (a .ts file under the checkout) among the compiled files.
 */
export const compileForPlainNode = async (entry: string): Promise<string> => {
  const outDir = join(PLAIN_JS_DIR, String(process.pid));
  rmSync(outDir, { recursive: true, force: true });
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  const options = readDefaultTsConfig(join(ROOT, 'tsconfig.json'));
  const sources = [
    ...(await sourceFiles(join(ROOT, 'src'), true)),
    ...(await sourceFiles(join(ROOT, 'bench'), false)),
  ];
  await Promise.all(
    sources.map(async (file) => {
      const out = join(outDir, relative(ROOT, file)).replace(/\.ts$/, '.js');
      const text = await readFile(file, 'utf8');
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, file.endsWith('.ts') ? await compile(text, file, options, true) : text);
    }),
  );
  return join(outDir, relative(ROOT, entry)).replace(/\.ts$/, '.js');
};
