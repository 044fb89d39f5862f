import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { defineMessages, type Lang, languages, pick, t } from '../i18n/index.ts';
import type { PageContext } from './context.ts';

defineMessages({
  'layout.skip': { th: 'ข้ามไปยังเนื้อหาหลัก', en: 'Skip to main content' },
  'layout.brand': { th: 'ประตู', en: 'Pratu' },
  'layout.tagline': {
    th: 'ประตูสู่บริการภาครัฐ ครบ จบ ในที่เดียว',
    en: 'Your gateway to every government service',
  },
  'layout.main_nav': { th: 'เมนูหลัก', en: 'Main menu' },
  'layout.language': { th: 'ภาษา', en: 'Language' },
  'layout.sign_in': { th: 'เข้าสู่ระบบ', en: 'Sign in' },
  'layout.sign_out': { th: 'ออกจากระบบ', en: 'Sign out' },
  'layout.signed_in_as': { th: 'เข้าสู่ระบบในชื่อ {name}', en: 'Signed in as {name}' },
  'layout.footer': {
    th: 'Pratu แพลตฟอร์มรัฐบาลดิจิทัลแบบโอเพนซอร์ส ข้อมูลของคุณถูกใช้เมื่อคุณยินยอมเท่านั้น และทุกการใช้งานถูกบันทึกให้คุณตรวจสอบได้',
    en: 'Pratu, an open-source digital-government platform. Your data is used only with your consent, and every use is logged for you to see.',
  },
});

const languageNames: Record<Lang, string> = { th: 'ไทย', en: 'English' };

export function langSwitchHref(lang: Lang, path: string): string {
  return `/lang/${lang}?next=${encodeURIComponent(path)}`;
}

export function Layout(props: {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
  /** Module scripts (esbuild entry names) this page enhances itself with. */
  scripts?: string[];
}) {
  const { ctx } = props;
  const { lang } = ctx;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} | ${t(lang, 'layout.brand')}`}</title>
        <link rel="stylesheet" href={ctx.assets.css} />
        <script src={ctx.assets.js} defer nonce={ctx.nonce} />
        {(props.scripts ?? []).map((name) => (
          <script key={name} src={ctx.assets.scripts[name]} defer nonce={ctx.nonce} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          {t(lang, 'layout.skip')}
        </a>
        <header class="site">
          <div class="wrap">
            <a class="brand" href="/">
              {lang === 'th' ? 'ประตู · Pratu' : 'Pratu · ประตู'}
            </a>
            <nav class="main" aria-label={t(lang, 'layout.main_nav')}>
              <ul>
                {ctx.nav.map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{pick(item.label, lang)}</a>
                  </li>
                ))}
                {ctx.viewer && ctx.signOutHref ? (
                  <li>
                    <a href={ctx.signOutHref}>{t(lang, 'layout.sign_out')}</a>
                  </li>
                ) : (
                  ctx.signInHref && (
                    <li>
                      <a href={ctx.signInHref}>{t(lang, 'layout.sign_in')}</a>
                    </li>
                  )
                )}
              </ul>
            </nav>
            <nav class="lang" aria-label={t(lang, 'layout.language')}>
              <ul>
                {languages.map((l) => (
                  <li key={l}>
                    <a
                      href={langSwitchHref(l, ctx.path)}
                      lang={l}
                      hreflang={l}
                      aria-current={l === lang ? 'true' : undefined}
                    >
                      {languageNames[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {ctx.viewer && (
            <p class="muted visually-hidden">
              {t(lang, 'layout.signed_in_as', { name: ctx.viewer.name })}
            </p>
          )}
          {props.children}
        </main>
        <footer class="site">
          <div class="wrap">
            <p>{t(lang, 'layout.footer')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Renders a complete HTML document. Preact escapes every interpolated value, so no XSS by default. */
export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
