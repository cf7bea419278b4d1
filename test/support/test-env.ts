/** Where the tests find their services; the same defaults as the README. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
export const TEST_HMAC_KEY = Buffer.from('test-only-hmac-key-0123456789abcdef0123456789');

export const databaseUrlFor = (database: string): string => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
};

export const testDatabaseName = (): string => new URL(TEST_DATABASE_URL).pathname.slice(1);
