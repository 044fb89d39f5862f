import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { Transporter } from 'nodemailer';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { Migration } from './db/migrations.ts';
import { DomainError } from './errors.ts';
import type { JobQueue } from './jobs.ts';
import { DataTable } from './views/components.tsx';
import { Layout } from './views/layout.tsx';

interface OutboxRow {
  id: number;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: Date;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
}
interface Tables {
  'platform.outbox': Omit<
    OutboxRow,
    'id' | 'created_at' | 'attempts' | 'sent_at' | 'last_error'
  > & {
    id?: number;
    created_at?: Date;
    attempts?: number;
    sent_at?: Date | null;
    last_error?: string | null;
  };
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export const mailMigrations: Migration[] = [
  {
    id: '202611210002_platform_outbox',
    module: 'platform',
    async up(db) {
      await sql`create table platform.outbox (
        id bigserial primary key,
        recipient text not null,
        subject text not null,
        text_body text not null,
        html_body text,
        created_at timestamptz not null default now(),
        sent_at timestamptz,
        attempts int not null default 0,
        last_error text
      )`.execute(db);
      await sql`create index outbox_unsent on platform.outbox (id) where sent_at is null`.execute(
        db,
      );
    },
  },
];

const SEND_QUEUE = 'platform.send-mail';

/**
 * A transactional outbox: `queueMail(trx, …)` writes the message in the same transaction as the
 * change that causes it, so mail goes out only for committed changes and is never lost between
 * commit and send (medplum's postCommit, done durably). A job delivers it through SMTP.
 */
export function createMailer(deps: { db: Db; config: Config; jobs: JobQueue }) {
  const db = deps.db as Kysely<Tables & { 'platform.outbox': OutboxRow }>;
  // Loaded on first delivery, and only with SMTP configured: nodemailer is a large module that
  // most processes (development, tests, `pratu serve` without mail) never use.
  let transport: Promise<Transporter | null> | undefined;
  const smtp = () => {
    const url = deps.config.smtpUrl;
    transport ??= url
      ? import('nodemailer').then((m) => m.default.createTransport(url))
      : Promise.resolve(null);
    return transport;
  };

  async function queueMail(executor: Db, message: MailMessage): Promise<number> {
    const row = await (executor as Kysely<Tables>)
      .insertInto('platform.outbox')
      .values({
        recipient: message.to,
        subject: message.subject,
        text_body: message.text,
        html_body: message.html ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.jobs.enqueue(SEND_QUEUE, {}, { singletonKey: 'drain', executor });
    return row.id!;
  }

  /** Sends every unsent message; without SMTP they stay in the development mail viewer. */
  async function deliver(): Promise<{ sent: number; failed: number }> {
    const transport = await smtp();
    if (!transport) return { sent: 0, failed: 0 };
    let sent = 0;
    let failed = 0;
    const pending = await db
      .selectFrom('platform.outbox')
      .selectAll()
      .where('sent_at', 'is', null)
      .where('attempts', '<', 10)
      .orderBy('id')
      .limit(200)
      .execute();
    for (const m of pending) {
      try {
        await transport.sendMail({
          from: deps.config.mailFrom,
          to: m.recipient,
          subject: m.subject,
          text: m.text_body,
          ...(m.html_body ? { html: m.html_body } : {}),
        });
        await db
          .updateTable('platform.outbox')
          .set({ sent_at: new Date(), attempts: m.attempts + 1 })
          .where('id', '=', m.id)
          .execute();
        sent++;
      } catch (error) {
        await db
          .updateTable('platform.outbox')
          .set({ attempts: m.attempts + 1, last_error: String(error).slice(0, 1000) })
          .where('id', '=', m.id)
          .execute();
        failed++;
      }
    }
    if (failed > 0) throw new Error(`${failed} messages could not be sent; they will be retried`);
    return { sent, failed };
  }

  async function listMail(filter: { to?: string; limit?: number } = {}) {
    let q = db.selectFrom('platform.outbox').selectAll();
    if (filter.to) q = q.where('recipient', '=', filter.to);
    return q
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 100)
      .execute();
  }

  return {
    queueMail,
    deliver,
    listMail,
    registerJobs(queue: JobQueue) {
      queue.register(SEND_QUEUE, () => deliver());
      queue.schedule(SEND_QUEUE, 60_000);
    },
    /** The development mail viewer: every message in the outbox, never in production. */
    async registerRoutes(app: FastifyInstance) {
      if (deps.config.env === 'production') return;
      app.get('/dev/mail', async (request, reply) => {
        const { to } = request.query as { to?: string };
        const rows = await listMail(to ? { to } : {});
        return reply.render((ctx) => (
          <Layout ctx={ctx} title={ctx.lang === 'th' ? 'กล่องจดหมายทดสอบ' : 'Development mail'}>
            <h1>
              {ctx.lang === 'th' ? 'อีเมลที่ระบบส่ง (ทดสอบ)' : 'Mail sent by Pratu (development)'}
            </h1>
            <DataTable
              caption={ctx.lang === 'th' ? 'ล่าสุดก่อน' : 'Newest first'}
              rows={rows}
              empty={ctx.lang === 'th' ? 'ยังไม่มีอีเมล' : 'No mail yet'}
              columns={[
                { header: ctx.lang === 'th' ? 'ถึง' : 'To', cell: (m) => m.recipient },
                {
                  header: ctx.lang === 'th' ? 'เรื่อง' : 'Subject',
                  cell: (m) => <a href={`/dev/mail/${m.id}`}>{m.subject}</a>,
                },
                {
                  header: ctx.lang === 'th' ? 'ส่งแล้ว' : 'Sent',
                  cell: (m) => (m.sent_at ? m.sent_at.toISOString() : '-'),
                },
              ]}
            />
          </Layout>
        ));
      });
      app.get('/dev/mail/:id', async (request, reply) => {
        const id = Number((request.params as { id: string }).id);
        const m = Number.isSafeInteger(id)
          ? await db
              .selectFrom('platform.outbox')
              .selectAll()
              .where('id', '=', id)
              .executeTakeFirst()
          : undefined;
        if (!m) throw new DomainError('request.not_found', { status: 404 });
        return reply.render((ctx) => (
          <Layout ctx={ctx} title={m.subject}>
            <h1>{m.subject}</h1>
            <p>
              {ctx.lang === 'th' ? 'ถึง' : 'To'}: {m.recipient}
            </p>
            <pre class="mail-body">{m.text_body}</pre>
          </Layout>
        ));
      });
    },
  };
}

export type Mailer = ReturnType<typeof createMailer>;
