/** The benchmark's own HMAC key and JWT secret: the chain it writes is throwaway, like its database. */
export const BENCH_HMAC_KEY_HEX = Buffer.from('bench-only-event-hmac-key-0123456789abcdef').toString('hex');
export const BENCH_JWT_SECRET = 'bench-only-jwt-secret-0123456789abcdef0123456789';
