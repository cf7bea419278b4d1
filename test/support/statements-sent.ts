import { Client } from 'pg';

const sendToPostgres = Client.prototype.query as (...args: unknown[]) => unknown;

/** Whether a statement sent opens a transaction. */
export const opensTransaction = (text: string): boolean => /^\s*(BEGIN|START TRANSACTION)/i.test(text);

export interface StatementSent {
  text: string;
  connection: Client;
}

/**
 * The text and connection of every statement this process sends PostgreSQL from now until jest's mocks are restored:
 * to tell a command committed as one statement from one in a transaction. Only meaningful while
 * nothing else in the process talks to the database.
 */
export const recordStatementsSent = (): StatementSent[] => {
  const sent: StatementSent[] = [];
  jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
    const q = args[0] as string | { text: string };
    sent.push({ text: typeof q === 'string' ? q : q.text, connection: this });
    return sendToPostgres.apply(this, args);
  } as never);
  return sent;
};
