import { from } from 'env-var';

/** The process environment, or a test's own variables. Only files in `config/` read it. */
export type Env = Record<string, string | undefined>;

export const processEnv = (): Env => process.env;

export const envOf = (env: Env) => from(env);

/** Raised when a variable is missing or malformed; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const invalid = (variable: string, why: string): never => {
  throw new ConfigError(`invalid configuration: "${variable}" ${why}`);
};

export const wrapEnvErrors = <T>(build: () => T): T => {
  try {
    return build();
  } catch (err) {
    if (err instanceof Error && err.name === 'EnvVarError') {
      throw new ConfigError(`invalid configuration: ${err.message.replace(/^env-var:\s*/, '')}`);
    }
    throw err;
  }
};
