import { killHard } from './child-process';
import { startEntryPoint, type ServiceProcess } from './service-process';

/** Starts src/worker.ts as `npm run start:worker` would, with only the given environment on a clean one. */
export const startWorkerProcess = (env: Record<string, string>): ServiceProcess =>
  startEntryPoint('worker.ts', env);

/** SIGTERM, as a deployment stops a replica; SIGKILL if it has not exited within `graceMs`. */
export const stopWorkerProcess = async (worker: ServiceProcess, graceMs = 10_000): Promise<void> => {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  let timer: NodeJS.Timeout | undefined;
  worker.child.kill('SIGTERM');
  await Promise.race([worker.exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearTimeout(timer);
  await killHard(worker.child);
};
