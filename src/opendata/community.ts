import { appendAudit } from '../platform/audit.ts';
import type { Db } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { FieldCollector } from '../platform/forms.ts';
import { defineMessages } from '../platform/i18n/index.ts';
import type { OrganizationDirectory, Reader } from './access.ts';
import * as store from './store.ts';
import * as community from './store-community.ts';

defineMessages({
  'opendata.request_title_required': {
    th: 'กรุณาบอกว่าต้องการข้อมูลอะไร',
    en: 'Say what data you need',
  },
  'opendata.request_title_too_long': {
    th: 'หัวข้อคำขอต้องยาวไม่เกิน 200 ตัวอักษร',
    en: 'The request title must be at most 200 characters',
  },
  'opendata.request_description_too_long': {
    th: 'รายละเอียดต้องยาวไม่เกิน 4,000 ตัวอักษร',
    en: 'The details must be at most 4,000 characters',
  },
  'opendata.request_organization_required': {
    th: 'กรุณาเลือกหน่วยงานที่น่าจะมีข้อมูลนี้',
    en: 'Choose the agency that probably holds the data',
  },
  'opendata.answer_required': { th: 'กรุณากรอกคำตอบ', en: 'Write the answer' },
  'opendata.answer_state_invalid': {
    th: 'กรุณาเลือกผลการพิจารณา',
    en: 'Choose a decision',
  },
  'opendata.answer_dataset_required': {
    th: 'กรุณาระบุชุดข้อมูลที่ตอบคำขอนี้',
    en: 'Give the dataset that answers this request',
  },
  'opendata.answer_dataset_missing': {
    th: 'ไม่พบชุดข้อมูลสาธารณะชื่อนี้',
    en: 'There is no public dataset with this name',
  },
  'opendata.token_name_required': { th: 'กรุณาตั้งชื่อ token', en: 'Give the token a name' },
});

/**
 * Data requests: anyone signed in asks for data that is not published yet, others vote (one vote
 * per account, kept by the primary key of the votes table), and the responsible organization's
 * publishers answer, linking the dataset that answers it. The votes of a year make the yearly
 * survey of most-wanted data.
 */
export function createCommunity(deps: { db: Db; orgDir: OrganizationDirectory }) {
  const { db, orgDir } = deps;

  async function createRequest(reader: Reader, values: Record<string, string>) {
    const problems = new FieldCollector();
    const title = (values.title ?? '').trim();
    const description = (values.description ?? '').trim();
    if (!title) problems.add('title', 'opendata.request_title_required');
    else if ([...title].length > 200) problems.add('title', 'opendata.request_title_too_long');
    if ([...description].length > 4000)
      problems.add('description', 'opendata.request_description_too_long');
    const org = values.organization_id ? await orgDir.find(values.organization_id) : null;
    if (!org) problems.add('organization_id', 'opendata.request_organization_required');
    problems.throwIfAny();
    return db.transaction().execute(async (trx) => {
      const row = await community.insertDataRequest(trx, {
        title,
        description,
        requester_account_id: reader.accountId,
        organization_id: org!.id,
      });
      // The requester wants it too: their request starts with their own vote.
      await community.addVote(trx, row.id, reader.accountId);
      await appendAudit(trx, {
        actor: reader.accountId,
        action: 'opendata.data_request_created',
        subject: `data_request:${row.id}`,
      });
      return row;
    });
  }

  async function vote(reader: Reader, requestId: string): Promise<boolean> {
    const request = await community.findDataRequest(db, requestId);
    if (!request) throw new DomainError('request.not_found', { status: 404 });
    return db
      .transaction()
      .execute(async (trx) => community.addVote(trx, request.id, reader.accountId));
  }

  function mayAnswer(reader: Reader | null, request: community.DataRequestRow): boolean {
    if (!reader) return false;
    return (
      reader.sysadmin ||
      (!!request.organization_id && reader.publisherOf.has(request.organization_id))
    );
  }

  async function answer(reader: Reader, requestId: string, values: Record<string, string>) {
    const request = await community.findDataRequest(db, requestId);
    if (!request) throw new DomainError('request.not_found', { status: 404 });
    if (!mayAnswer(reader, request)) throw new DomainError('request.forbidden', { status: 403 });
    const problems = new FieldCollector();
    const state = values.state;
    if (state !== 'answered' && state !== 'declined')
      problems.add('state', 'opendata.answer_state_invalid');
    const text = (values.answer ?? '').trim();
    if (!text) problems.add('answer', 'opendata.answer_required');
    let datasetId: string | null = null;
    const datasetName = (values.dataset ?? '').trim();
    if (state === 'answered') {
      if (!datasetName) problems.add('dataset', 'opendata.answer_dataset_required');
      else {
        const dataset = await store.findDatasetByIdOrName(db, datasetName);
        if (dataset?.state !== 'active' || dataset.private) {
          problems.add('dataset', 'opendata.answer_dataset_missing');
        } else datasetId = dataset.id;
      }
    }
    problems.throwIfAny();
    await db.transaction().execute(async (trx) => {
      await community.answerDataRequest(trx, request.id, {
        state: state as 'answered' | 'declined',
        answer: text,
        answered_by: reader.accountId,
        dataset_id: datasetId,
      });
      await appendAudit(trx, {
        actor: reader.accountId,
        action: 'opendata.data_request_answered',
        subject: `data_request:${request.id}`,
        details: { state, dataset: datasetId },
      });
    });
  }

  /** The yearly most-wanted survey: requests of the year by votes, and per organization. */
  async function survey(year: number) {
    const requests = await community.listDataRequests(db, { year, limit: 1000 });
    const byOrg = new Map<string, { requests: number; votes: number; answered: number }>();
    for (const r of requests) {
      const key = r.organization_id ?? '';
      const entry = byOrg.get(key) ?? { requests: 0, votes: 0, answered: 0 };
      entry.requests++;
      entry.votes += r.vote_count;
      if (r.state === 'answered') entry.answered++;
      byOrg.set(key, entry);
    }
    return { requests, byOrganization: byOrg };
  }

  return { createRequest, vote, answer, mayAnswer, survey };
}

export type Community = ReturnType<typeof createCommunity>;
