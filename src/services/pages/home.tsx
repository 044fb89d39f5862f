import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';

const parts = [
  {
    href: '/account',
    th: ['ดิจิทัลไอดี', 'ยืนยันตัวตนครั้งเดียว ใช้ได้กับทุกหน่วยงาน ดูได้ว่าใครใช้ข้อมูลของคุณเมื่อไร'],
    en: ['Digital ID', 'Prove who you are once and use it everywhere; see every use of your data'],
  },
  {
    href: '/services',
    th: ['บริการภาครัฐ', 'ค้นหาบริการ ตรวจสอบสิทธิ ยื่นคำขอ และติดตามสถานะได้ในที่เดียว'],
    en: ['Government services', 'Find a service, check your entitlements, apply and track it'],
  },
  {
    href: '/localgov',
    th: ['ท้องถิ่น', 'ทำเนียบองค์กรปกครองส่วนท้องถิ่น อีเมลกลางทางราชการ และการประเมินวินัยการเงินการคลัง'],
    en: [
      'Local government',
      'Directory of local administrations, official e-mail, fiscal self-assessment',
    ],
  },
  {
    href: '/data',
    th: ['ข้อมูลเปิดภาครัฐ', 'ชุดข้อมูลจากหน่วยงานรัฐ ดาวน์โหลดได้ และเชื่อมต่อผ่าน API แบบ CKAN'],
    en: [
      'Open government data',
      'Datasets from government agencies, downloadable and on a CKAN API',
    ],
  },
];

export function HomePage({ ctx }: { ctx: PageContext }) {
  const th = ctx.lang === 'th';
  return (
    <Layout ctx={ctx} title={th ? 'หน้าแรก' : 'Home'}>
      <h1>{th ? 'ประตูสู่บริการภาครัฐ' : 'Your gateway to government services'}</h1>
      <p class="lead">
        {th
          ? 'ใช้บริการของรัฐได้ทุกที่ ทุกเวลา ไม่ต้องเดินทาง ไม่ต้องใช้กระดาษ ข้อมูลของคุณปลอดภัยและอยู่ในความควบคุมของคุณ'
          : 'Use government services anywhere, any time, without travel or paper. Your data stays safe and under your control.'}
      </p>
      <ul class="grid plain">
        {parts.map((p) => {
          const [title, text] = th ? p.th : p.en;
          return (
            <li class="card" key={p.href}>
              <h2>
                <a href={p.href}>{title}</a>
              </h2>
              <p>{text}</p>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}
