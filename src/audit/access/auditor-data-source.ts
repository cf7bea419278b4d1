import type { OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createAuditorDataSource } from '../../database/data-source';

/**
 * A small pool on the service's database acting as the read-only auditor role. Opened on first use,
 * so a database whose DBA has not created the role yet still serves everything else.
 */
export class AuditorConnections implements OnApplicationShutdown {
  private opening: Promise<DataSource> | null = null;

  constructor(private readonly serviceDb: DataSource) {}

  get(): Promise<DataSource> {
    if (!this.opening) {
      const url = (this.serviceDb.options as { url?: string }).url;
      if (!url) return Promise.reject(new Error('the auditor connections need the database URL'));
      this.opening = createAuditorDataSource(url, 2)
        .initialize()
        .catch((err: unknown) => {
          this.opening = null;
          throw err;
        });
    }
    return this.opening;
  }

  async onApplicationShutdown(): Promise<void> {
    const db = await this.opening?.catch(() => null);
    if (db?.isInitialized) await db.destroy();
  }
}
