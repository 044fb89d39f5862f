import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForm } from '../../../test/support/app.ts';
import { agencyWithEService, citizenWithEmail } from '../../../test/support/eservices.ts';
import { defaultWorkflow } from './definition.ts';
import { type EServicesTestApp, startEServicesTestApp } from './testing.ts';
import type { EServiceDefinition } from './types.ts';

/**
 * Status-change e-mail end to end: the change commits with its message in the outbox, the mail
 * job hands it to a real SMTP server (smtp-server on a local port), a refused delivery is kept
 * and retried, and nothing is sent twice.
 */

interface Received {
  to: string[];
  raw: string;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), as nodemailer writes a Thai subject. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) =>
                String.fromCharCode(Number.parseInt(h, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    );
}

/** Subject and text of a single-part message. */
function readMessage(raw: string) {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) =>
    new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
  const body = rest.join('\r\n\r\n');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) =>
                String.fromCharCode(Number.parseInt(h, 16)),
              ),
            'latin1',
          ).toString('utf8')
        : body;
  return { subject: decodeWords(header('Subject')), text };
}

let smtp: SMTPServer;
const received: Received[] = [];
/** The mail server refuses the next message to this address once (a busy mailbox). */
let refuseOnceFor: string | null = null;
let t: EServicesTestApp;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        raw += chunk;
      });
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        if (refuseOnceFor && to.includes(refuseOnceFor)) {
          refuseOnceFor = null;
          const error = new Error('mailbox busy, try later') as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        received.push({ to, raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await startEServicesTestApp({ env: { PRATU_SMTP_URL: `smtp://127.0.0.1:${port}` } });
});
afterAll(async () => {
  await t?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/**
 * Runs the outbox until nothing is left for `to` (a shared PostgreSQL outbox may hold other
 * tests' older messages, which the mailer sends first, 200 at a time).
 */
async function deliverFor(to: string) {
  for (let round = 0; round < 50; round++) {
    const pending = (await t.app.mailer.listMail({ to })).filter((m) => !m.sent_at);
    if (pending.length === 0) return;
    await t.app.mailer.deliver().catch(() => {
      // A refused message stays in the outbox for the next run; the caller checks what arrived.
    });
  }
}
const mailTo = (to: string) => received.filter((r) => r.to.includes(to)).map((r) => r.raw);

function definition(code: string, organization: string): EServiceDefinition {
  const L = (th: string, en: string) => ({ th, en });
  return {
    code,
    organization,
    title: L('ขอหนังสือรับรองทดสอบ', 'Test certificate'),
    description: L('บริการทดสอบการแจ้งเตือน', 'A service to test notifications'),
    fee: { amountBaht: 0 },
    slaDays: 5,
    claims: [],
    pages: [
      {
        id: 'main',
        title: L('คำขอ', 'Request'),
        fields: [
          { name: 'purpose', type: 'text', label: L('วัตถุประสงค์', 'Purpose'), required: true },
        ],
      },
    ],
    eligibility: [],
    workflow: defaultWorkflow(),
    result: {
      approved: L('อนุมัติ {tracking}', 'Approved {tracking}'),
      rejected: L('ไม่อนุมัติ {reason}', 'Rejected: {reason}'),
    },
  };
}

describe('status-change e-mail through SMTP', () => {
  it('sends each change once, after it commits, in Thai and English, and retries a refused delivery', async () => {
    const { officer, code } = await agencyWithEService(t, 'cert', definition);

    const citizen = await citizenWithEmail(t);
    const { email } = citizen;
    const form = await getForm(t, `/eservices/${code}/apply`, citizen.cookie);
    const post = (
      url: string,
      who: { cookie: string; csrf: string },
      fields: Record<string, string>,
    ) =>
      t.server.inject({
        method: 'POST',
        url,
        headers: {
          cookie: who.cookie,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'text/html',
        },
        payload: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
      });
    const token = (html: string) => /name="_token" value="([^"]+)"/.exec(html)![1]!;
    const started = await post(`/eservices/${code}/apply`, form, { _token: token(form.body) });
    const id = /\/applications\/([0-9a-f-]{36})\//.exec(started.headers.location as string)![1]!;
    expect(
      (await post(`/applications/${id}/pages/main`, form, { _action: 'next', purpose: 'สมัครงาน' }))
        .statusCode,
    ).toBe(303);
    const check = await t.server.inject({
      url: `/applications/${id}/check`,
      headers: { cookie: form.cookie },
    });
    const sent = await post(`/applications/${id}/submit`, form, {
      _token: token(check.body),
      declaration: 'on',
    });
    expect(sent.statusCode).toBe(303);
    const { record } = await t.eservices.loadOwn(citizen.account.id, id);

    // Committed and queued, not yet sent: the request never waits for the mail server.
    expect(mailTo(email)).toEqual([]);
    const queued = await t.app.mailer.listMail({ to: email });
    expect(queued).toHaveLength(1);
    expect(queued[0]!.sent_at).toBeNull();

    // The mail server refuses once: the message stays in the outbox and goes out on the next run.
    refuseOnceFor = email;
    await deliverFor(email);
    const [first] = mailTo(email);
    expect(first).toBeDefined();
    const message = readMessage(first!);
    expect(message.subject).toBe(
      `[ประตู Pratu] คำขอ ${record.tracking_no}: ยื่นคำขอแล้ว / Application ${record.tracking_no}: Submitted`,
    );
    expect(message.text).toContain('ขอหนังสือรับรองทดสอบ');
    expect(message.text).toContain('Test certificate');
    expect(message.text).toContain(`${t.app.config.publicUrl}/applications/${id}`);
    const afterRetry = (await t.app.mailer.listMail({ to: email }))[0]!;
    expect(afterRetry.sent_at).not.toBeNull();
    expect(afterRetry.attempts).toBe(2);

    // Running the outbox again sends nothing twice.
    await t.app.mailer.deliver();
    expect(mailTo(email)).toHaveLength(1);

    // A refused move (a replayed officer form) queues nothing; the real one queues one e-mail.
    const staff = await getForm(t, `/backoffice/applications/${id}`, officer.cookie);
    const startForm = staff.body.split('name="action" value="start_review"')[1]!;
    const startToken = token(startForm);
    expect(
      (
        await post(`/backoffice/applications/${id}/act`, staff, {
          action: 'start_review',
          _token: startToken,
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (
        await post(`/backoffice/applications/${id}/act`, staff, {
          action: 'start_review',
          _token: startToken,
        })
      ).statusCode,
    ).toBe(409);
    expect(await t.app.mailer.listMail({ to: email })).toHaveLength(2);
    await deliverFor(email);
    expect(mailTo(email).map((raw) => readMessage(raw).subject)).toEqual([
      expect.stringContaining('ยื่นคำขอแล้ว'),
      expect.stringContaining('กำลังพิจารณา / Application'),
    ]);
  });
});
