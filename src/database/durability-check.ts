import type { DataSource } from 'typeorm';

const REQUIRED_ON = ['fsync', 'synchronous_commit', 'full_page_writes'] as const;

export class UnsafeDurabilityError extends Error {
  override name = 'UnsafeDurabilityError';
}

/**
 * A 2xx promises the events are on disk; these three settings are what makes that true.
 * Returns the settings found off (empty when safe); throws unless the override allows them.
 */
export const checkDurability = async (dataSource: DataSource, allowUnsafe: boolean): Promise<string[]> => {
  const rows: { name: string; setting: string }[] = await dataSource.query(
    `SELECT name, setting FROM pg_settings WHERE name = ANY($1)`,
    [REQUIRED_ON],
  );
  const off = rows.filter((r) => r.setting === 'off').map((r) => `${r.name}=off`);
  if (off.length > 0 && !allowUnsafe) {
    throw new UnsafeDurabilityError(
      `PostgreSQL runs with ${off.join(', ')}: acknowledged commands could be lost. ` +
        `Turn them on, or set ALLOW_UNSAFE_DURABILITY=true for a throwaway database.`,
    );
  }
  return off;
};
