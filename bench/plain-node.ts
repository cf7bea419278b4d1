import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { readDefaultTsConfig } from '@swc-node/register/read-default-tsconfig';
import { compile } from '@swc-node/register/register';

const ROOT = join(__dirname, '..');
/** Inside the checkout, so the compiled files find node_modules as the sources do. Git-ignored. */
export const PLAIN_JS_DIR = join(ROOT, 'bench', '.plain-js');

const isSource = (name: string, withJson: boolean) =>
  (name.endsWith('.ts') && !name.endsWith('.d.ts')) || (withJson && name.endsWith('.json'));

/** TypeScript sources (and, for src/, the JSON they import), tests and earlier output left out. */
const sourceFiles = async (dir: string, withJson: boolean): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && isSource(e.name, withJson))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !file.startsWith(PLAIN_JS_DIR) && !file.includes('.spec.'));
};

/**
 * Compiles src/ and bench/ to JavaScript, as the benchmark's own loader would, so a child process runs
 * on plain node as the built service does. Under the TypeScript loader a process carries the compiler's
 * native library: about 80 MB of resident memory that is no part of what a memory figure measures.
 * Returns the path of `entry` (a .ts file under the checkout) among the compiled files.
 */
export const compileForPlainNode = async (entry: string): Promise<string> => {
  await rm(PLAIN_JS_DIR, { recursive: true, force: true });
  const options = readDefaultTsConfig(join(ROOT, 'tsconfig.json'));
  const sources = [
    ...(await sourceFiles(join(ROOT, 'src'), true)),
    ...(await sourceFiles(join(ROOT, 'bench'), false)),
  ];
  await Promise.all(
    sources.map(async (file) => {
      const out = join(PLAIN_JS_DIR, relative(ROOT, file)).replace(/\.ts$/, '.js');
      const text = await readFile(file, 'utf8');
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, file.endsWith('.ts') ? await compile(text, file, options, true) : text);
    }),
  );
  return join(PLAIN_JS_DIR, relative(ROOT, entry)).replace(/\.ts$/, '.js');
};
