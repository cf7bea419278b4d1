import { envOf, invalid, wrapEnvErrors, type Env } from './env';

export interface RedisConfig {
  url: string;
}

export const loadRedisConfig = (env: Env): RedisConfig =>
  wrapEnvErrors(() => {
    const url = envOf(env).get('REDIS_URL').default('redis://127.0.0.1:6379').asString();
    if (!/^rediss?:\/\/./.test(url)) invalid('REDIS_URL', 'should be a redis:// URL');
    return { url };
  });
