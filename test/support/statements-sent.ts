import { Client } from 'pg';

const sendToPostgres = Client.prototype.query as (...args: unknown[]) => unknown;

/** Whether a statement sent opens a transaction. */
export const opensTransaction = (text: string): boolean => /^\s*(BEGIN|START TRANSACTION)/i.test(text);

/**
 * The text of every statement this process sends PostgreSQL from now until jest's mocks are restored:
 * to tell a command committed as one statement from one in a transaction. Only meaningful while
 * nothing else in the process talks to the database.
 */
export const recordStatementsSent = (): string[] => {
  const sent: string[] = [];
  jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
    const q = args[0] as string | { text: string };
    sent.push(typeof q === 'string' ? q : q.text);
    return sendToPostgres.apply(this, args);
  } as never);
  return sent;
};
