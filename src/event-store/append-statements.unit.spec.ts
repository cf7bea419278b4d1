import { insertIfHeadIsWith } from './append-statements';
import { MOVED_HEAD, type AppendStatementPart } from './event-store.types';

const part = (text: string, params: unknown[] = ['Hòa']): AppendStatementPart => ({
  name: 'probe.insert',
  text,
  params,
});
const JOINED = `INSERT INTO probe (note) SELECT $1 FROM ${MOVED_HEAD}`;

describe('The append statement joined with the hooks’ parts', () => {
  it('numbers each part’s parameters after the head’s and the parts before it', () => {
    const { statement, params } = insertIfHeadIsWith([
      part(JOINED, ['Vĩnh Thuận']),
      { ...part(`INSERT INTO other (a, b) SELECT $1, $2 FROM ${MOVED_HEAD}`, [1, 2]), name: 'other' },
    ]);
    expect(statement.text).toContain(`INSERT INTO probe (note) SELECT $7 FROM ${MOVED_HEAD}`);
    expect(statement.text).toContain(`INSERT INTO other (a, b) SELECT $8, $9 FROM ${MOVED_HEAD}`);
    expect(params).toEqual(['Vĩnh Thuận', 1, 2]);
  });

  it('numbers the parts after one event’s own parameters when the event is given as parameters', () => {
    const many = insertIfHeadIsWith([part(JOINED)]).statement;
    const one = insertIfHeadIsWith([part(JOINED)], { oneEvent: true }).statement;
    expect(one.text).toContain(`INSERT INTO probe (note) SELECT $12 FROM ${MOVED_HEAD}`);
    expect(one.text).toContain('$11::timestamptz');
    expect(one.text).not.toContain('jsonb_to_recordset');
    expect(one.name).not.toBe(many.name);
    expect(insertIfHeadIsWith([], { oneEvent: true }).statement.text).toContain('$2::uuid');
  });

  it('gives a part that changed under the same name a statement of its own', () => {
    const before = insertIfHeadIsWith([part(JOINED)]).statement;
    const changed = insertIfHeadIsWith([part(`${JOINED} WHERE true`)]).statement;
    expect(changed.name).not.toBe(before.name);
    expect(changed.text).toContain('WHERE true');
    expect(insertIfHeadIsWith([part(JOINED)]).statement).toEqual(before);
  });

  it('refuses a part that does not join the moved head, or whose parameters do not match its text', () => {
    expect(() => insertIfHeadIsWith([part('INSERT INTO probe (note) SELECT $1')])).toThrow(
      `statement part probe.insert does not join ${MOVED_HEAD}`,
    );
    expect(() => insertIfHeadIsWith([part(JOINED, [])])).toThrow(
      'statement part probe.insert has 0 parameters for its text',
    );
  });
});
