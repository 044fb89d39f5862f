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
  /**
   * URLs of the stylesheet, the progressive-enhancement script loaded by every page, and every
   * module script by entry name (`Layout scripts={['passkey']}` loads one), with content hashes.
   */
  assets: { css: string; js: string; scripts: Record<string, string> };
  /** Set when sign-in is available, to show a link in the header. */
  signInHref: string | null;
  signOutHref: string | null;
}
