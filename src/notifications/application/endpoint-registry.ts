import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../config/config';
import type { Actor } from '../../shared/domain/actor';
import { assertWebhookUrlAllowed, WebhookUrlRefused } from '../channels/webhook-url.guard';
import type { Language } from '../delivery';

export interface EndpointView {
  recipient: string;
  channel: 'email' | 'webhook';
  target: string;
  language: Language;
  changedBy: { id: string; name: string };
  changedAt: string;
}

export interface EndpointChange {
  target: string;
  language: Language;
  /** Webhooks only: the key the agency verifies signatures with. */
  secret?: string;
}

/** Where a body's or agency's e-mail and webhook deliveries go; recorded with who set it and when. */
@Injectable()
export class EndpointRegistry {
  constructor(
    private readonly db: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async list(): Promise<EndpointView[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT recipient, channel, target, language, changed_by, changed_at
         FROM notification_endpoints ORDER BY recipient, channel`,
    );
    return rows.map((r) => ({
      recipient: r.recipient as string,
      channel: r.channel as 'email' | 'webhook',
      target: r.target as string,
      language: r.language as Language,
      changedBy: r.changed_by as { id: string; name: string },
      changedAt: (r.changed_at as Date).toISOString(),
    }));
  }

  async set(
    recipient: string,
    channel: 'email' | 'webhook',
    change: EndpointChange,
    actor: Actor,
  ): Promise<void> {
    if (channel === 'webhook') await this.checkWebhook(change);
    await this.db.query(
      `INSERT INTO notification_endpoints (recipient, channel, target, secret, language, changed_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (recipient, channel) DO UPDATE
         SET target = EXCLUDED.target, secret = EXCLUDED.secret, language = EXCLUDED.language,
             changed_by = EXCLUDED.changed_by, changed_at = now()`,
      [
        recipient,
        channel,
        change.target,
        change.secret ?? null,
        change.language,
        { id: actor.id, name: actor.name },
      ],
    );
  }

  async remove(recipient: string, channel: string): Promise<void> {
    await this.db.query('DELETE FROM notification_endpoints WHERE recipient = $1 AND channel = $2', [
      recipient,
      channel,
    ]);
  }

  private async checkWebhook(change: EndpointChange): Promise<void> {
    if (!change.secret)
      throw new UnprocessableEntityException({
        code: 'ENDPOINT.SECRET_REQUIRED',
        title: 'A webhook needs a signing secret',
        errors: [{ field: 'secret', message: 'required for a webhook (at least 32 characters)' }],
      });
    try {
      await assertWebhookUrlAllowed(change.target, this.config.notifications.webhookAllowedHosts);
    } catch (err: unknown) {
      if (!(err instanceof WebhookUrlRefused)) throw err;
      throw new UnprocessableEntityException({
        code: 'ENDPOINT.URL_REFUSED',
        title: err.message,
        errors: [{ field: 'target', message: err.message }],
      });
    }
  }
}
