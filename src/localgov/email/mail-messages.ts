/**
 * The mail the registry sends, Thai first and English below, as plain text: it goes to official
 * mailboxes read in every kind of client, and a link in plain text is the one that always works.
 */

import { formatDate } from '../../platform/i18n/index.ts';
import type { MailMessage } from '../../platform/mail.tsx';

export interface MailAdministration {
  nameTh: string;
  nameEn: string;
  code: string;
}

export function confirmationMail(input: {
  to: string;
  administration: MailAdministration;
  link: string;
  expiresAt: Date;
  requestedBy: string;
  purpose: 'registration' | 'reconfirmation';
}): MailMessage {
  const { administration: a, link } = input;
  const th = formatDate(input.expiresAt, 'th', { withTime: true });
  const en = formatDate(input.expiresAt, 'en', { withTime: true });
  if (input.purpose === 'reconfirmation') {
    return {
      to: input.to,
      subject: `ยืนยันอีเมลกลางประจำปีของ${a.nameTh} / Yearly confirmation of ${a.nameEn}'s official address`,
      text: [
        `เรียน ผู้ดูแลอีเมลกลางของ${a.nameTh} (รหัส ${a.code})`,
        '',
        `ที่อยู่ ${input.to} ขึ้นทะเบียนเป็นอีเมลกลางของหน่วยงานไว้ และต้องยืนยันทุกปี`,
        'กรุณาเปิดลิงก์ด้านล่างแล้วกดปุ่มยืนยัน เพื่อให้ที่อยู่นี้ยังคงอยู่ในทะเบียน',
        link,
        `หากไม่ยืนยันภายใน ${th} ที่อยู่นี้จะถูกนำออกจากทะเบียนอีเมลกลาง`,
        '',
        '---',
        `To the administrator of the official address of ${a.nameEn} (code ${a.code})`,
        '',
        `${input.to} is registered as the official central address and must be confirmed every year.`,
        'Open the link above and press the confirm button to keep it in the registry.',
        `If it is not confirmed by ${en}, the address will be taken off the registry.`,
      ].join('\n'),
    };
  }
  return {
    to: input.to,
    subject: `ยืนยันการขึ้นทะเบียนอีเมลกลางของ${a.nameTh} / Confirm ${a.nameEn}'s official address`,
    text: [
      `เรียน ผู้ดูแลอีเมลกลางของ${a.nameTh} (รหัส ${a.code})`,
      '',
      `${input.requestedBy} ขอขึ้นทะเบียน ${input.to} เป็นอีเมลกลาง (สารบรรณ) ของหน่วยงาน`,
      'ตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ (ฉบับที่ 4) พ.ศ. 2564',
      'กรุณาเปิดลิงก์ด้านล่างแล้วกดปุ่มยืนยัน เพื่อแสดงว่าหน่วยงานเป็นผู้ดูแลกล่องจดหมายนี้',
      link,
      `ลิงก์ใช้ได้ครั้งเดียว และหมดอายุ ${th}`,
      'หากหน่วยงานไม่ได้ขอขึ้นทะเบียน ไม่ต้องทำอะไร ที่อยู่นี้จะไม่ถูกขึ้นทะเบียน',
      '',
      '---',
      `To the administrator of the official address of ${a.nameEn} (code ${a.code})`,
      '',
      `${input.requestedBy} asked to register ${input.to} as the official central (saraban) address,`,
      'as the Correspondence Regulation (No. 4) B.E. 2564 requires.',
      'Open the link above and press the confirm button to show that the administration runs this mailbox.',
      `The link works once and expires on ${en}.`,
      'If nobody at the administration asked for this, do nothing: the address will not be registered.',
    ].join('\n'),
  };
}

export function decisionMail(input: {
  to: string;
  administration: MailAdministration;
  decision: 'approved' | 'rejected' | 'lapsed';
  reason?: string | null;
  pageUrl: string;
}): MailMessage {
  const { administration: a } = input;
  const subjects = {
    approved: [`อนุมัติอีเมลกลางของ${a.nameTh}แล้ว`, `${a.nameEn}'s official address is approved`],
    rejected: [`ไม่อนุมัติอีเมลกลางของ${a.nameTh}`, `${a.nameEn}'s official address was not approved`],
    lapsed: [`อีเมลกลางของ${a.nameTh}ถูกนำออกจากทะเบียน`, `${a.nameEn}'s official address has lapsed`],
  }[input.decision];
  const bodyTh = {
    approved: `${input.to} ได้รับอนุมัติเป็นอีเมลกลางของ${a.nameTh}แล้ว และแสดงในทะเบียนสาธารณะ`,
    rejected: `เจ้าหน้าที่ทะเบียนไม่อนุมัติ ${input.to} เป็นอีเมลกลางของ${a.nameTh} เหตุผล: ${input.reason ?? '-'}`,
    lapsed: `${input.to} ไม่ได้รับการยืนยันประจำปีภายในกำหนด จึงถูกนำออกจากทะเบียนอีเมลกลาง เจ้าหน้าที่ อปท. ขึ้นทะเบียนใหม่ได้`,
  }[input.decision];
  const bodyEn = {
    approved: `${input.to} is approved as the official address of ${a.nameEn} and is now in the public registry.`,
    rejected: `The registry did not approve ${input.to} as the official address of ${a.nameEn}. Reason: ${input.reason ?? '-'}`,
    lapsed: `${input.to} was not confirmed in time this year and has been taken off the registry. An officer of the administration may register it again.`,
  }[input.decision];
  return {
    to: input.to,
    subject: `${subjects[0]} / ${subjects[1]}`,
    text: [bodyTh, input.pageUrl, '', '---', bodyEn].join('\n'),
  };
}
