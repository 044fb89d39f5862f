import type { Lang, Text } from '../i18n/index.ts';

export interface NavItem {
  href: string;
  label: Text;
}

/** Everything a page needs to know about the request it answers, and nothing more. */
export interface PageContext {
  lang: Lang;
  /** Path and query of this page, for the language switch to come back to. */
  path: string;
  csrfToken: string;
  /** Content-Security-Policy nonce for the rare inline script. */
  nonce: string;
  nav: NavItem[];
  /** The signed-in person, if any. */
  viewer: { name: string } | null;
  /** URLs of the stylesheet and the progressive-enhancement script, with content hashes. */
  assets: { css: string; js: string };
  /** Set when sign-in is available, to show a link in the header. */
  signInHref: string | null;
  signOutHref: string | null;
}
