/**
 * Child process for crash tests. Mode `hang`: appends one five-event batch, reports it, and never
 * commits. Mode `loop`: appends five-event batches to fresh streams until killed.
 */
import { eventStoreFixture } from '../event-store-fixture';

const [, , mode, prefix] = process.argv;
const batch = (n: number) => Array.from({ length: 5 }, (_, i) => ({ type: 'StaffingCut', data: { n, i } }));

const main = async () => {
  const f = await eventStoreFixture({ poolSize: 2 });
  if (mode === 'hang') {
    await f.store.transaction(async (tx) => {
      await f.store.append(`${prefix}-0`, batch(0), { expectedVersion: 'no-stream', tx });
      process.send?.('appended');
      await new Promise(() => undefined);
    });
    return;
  }
  process.send?.('started');
  for (let n = 0; ; n++) await f.store.append(`${prefix}-${n}`, batch(n), { expectedVersion: 'no-stream' });
};

void main();
