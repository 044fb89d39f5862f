import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../../platform/views/context.ts';

/**
 * A form the passkey script enhances (client/passkey.ts): it takes WebAuthn options from the page
 * (`preset`) or fetches them from `optionsUrl`, runs the ceremony, fills the hidden `credential` and `challenge_id` fields and
 * submits. The platform's `Form` takes no data attributes, so this one writes the CSRF field the
 * same way `Form` does.
 */
export function PasskeyForm(props: {
  ctx: PageContext;
  mode: 'register' | 'authenticate';
  action: string;
  optionsUrl: string;
  /** Options made with the page: used for the first ceremony, later ones fetch fresh ones. */
  preset?: { challengeId: string; options: unknown } | undefined;
  children: ComponentChildren;
}) {
  return (
    <form
      action={props.action}
      method="post"
      data-passkey={props.mode}
      data-options-url={props.optionsUrl}
      data-options={props.preset ? JSON.stringify(props.preset) : undefined}
      noValidate
    >
      <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
      <input type="hidden" name="credential" value="" />
      <input type="hidden" name="challenge_id" value="" />
      {props.children}
      {/* Where the script says what went wrong (cancelled, unsupported), read out politely. */}
      <p class="field-error" data-passkey-status role="status" aria-live="polite" />
    </form>
  );
}

/** Content only the passkey script reveals: without JavaScript a passkey cannot be used. */
export function WithScript(props: { children: ComponentChildren }) {
  return (
    <div data-passkey-js hidden>
      {props.children}
    </div>
  );
}

export function enrolmentSteps(lang: 'th' | 'en'): string[] {
  return lang === 'th'
    ? ['ตรวจสอบบัตรประชาชน', 'สร้างพาสคีย์', 'ตั้ง PIN', 'เสร็จสิ้น']
    : ['Check your ID card', 'Create a passkey', 'Set a PIN', 'Done'];
}
