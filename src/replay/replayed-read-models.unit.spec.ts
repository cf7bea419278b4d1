import type { RecordedEvent } from '../event-store/event-store.types';
import { asAppends } from './replayed-read-models';

const event = (streamId: string, streamVersion: number, globalPosition: number): RecordedEvent => ({
  globalPosition,
  streamId,
  streamVersion,
  eventId: `e${globalPosition}`,
  type: 'StageApproved',
  schemaVersion: 1,
  data: {},
  metadata: {},
  recordedAt: new Date('2026-11-29T08:00:00Z'),
  transactionId: String(1000 + globalPosition),
  previousHash: null,
  hash: `h${globalPosition}`,
});

const shape = (events: RecordedEvent[]) =>
  asAppends(events).map((a) => [a.streamId, a.nextExpectedVersion, a.events.map((e) => e.globalPosition)]);

describe('a replay page as the appends that made it', () => {
  it('keeps a stream’s consecutive versions together and the page’s order between streams', () => {
    // Given a page where stream a's run is broken by stream b
    const page = [event('a', 1, 1), event('a', 2, 2), event('b', 1, 3), event('a', 3, 4), event('a', 4, 5)];
    // When it is cut into appends / Then a comes back twice, around b
    expect(shape(page)).toEqual([
      ['a', 2, [1, 2]],
      ['b', 1, [3]],
      ['a', 4, [4, 5]],
    ]);
  });

  it('starts a new append where a stream’s versions are not consecutive', () => {
    // Given version 3 of a stream right after version 1 (its version 2 was folded on another page)
    const page = [event('a', 1, 1), event('a', 3, 7)];
    // Then they are not merged into one append claiming to end at version 3 from version 1
    expect(shape(page)).toEqual([
      ['a', 1, [1]],
      ['a', 3, [7]],
    ]);
  });

  it('makes nothing of an empty page', () => {
    expect(asAppends([])).toEqual([]);
  });
});
