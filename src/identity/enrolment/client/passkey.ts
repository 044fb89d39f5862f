// Passkey ceremonies in the browser (bundled by esbuild, loaded by pages that ask for 'passkey').
// Enhances form[data-passkey="register"|"authenticate"]: take options from data-options (made with
// the page) or fetch them from data-options-url, run navigator.credentials through
// @simplewebauthn/browser, put the JSON answer in the hidden `credential` field and the challenge
// id in `challenge_id`, then submit the form as usual. The server does every check; this script
// only carries the answer.
import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from '@simplewebauthn/browser';

const thai = document.documentElement.lang !== 'en';

const messages = {
  unsupported: thai
    ? 'เบราว์เซอร์นี้ไม่รองรับพาสคีย์ กรุณาใช้เบราว์เซอร์รุ่นใหม่ หรือใช้ PIN แทน'
    : 'This browser does not support passkeys; use a recent browser, or a PIN instead.',
  cancelled: thai
    ? 'ยกเลิกหรือหมดเวลา ไม่มีการเปลี่ยนแปลงใด ๆ กดปุ่มอีกครั้งเพื่อลองใหม่'
    : 'Cancelled or timed out; nothing changed. Press the button to try again.',
  exists: thai
    ? 'อุปกรณ์นี้มีพาสคีย์ของบัญชีนี้อยู่แล้ว'
    : 'This device already holds a passkey for this account.',
  failed: thai
    ? 'ติดต่อเซิร์ฟเวอร์ไม่สำเร็จ กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง'
    : 'Could not reach the server; reload the page and try again.',
  working: thai ? 'กำลังรอการยืนยันจากอุปกรณ์ของคุณ…' : 'Waiting for your device…',
};

function say(form: HTMLFormElement, text: string) {
  const status = form.querySelector<HTMLElement>('[data-passkey-status]');
  if (status) status.textContent = text;
}

function field(form: HTMLFormElement, name: string): HTMLInputElement {
  const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) throw new Error(`The passkey form has no ${name} field`);
  return input;
}

async function fetchOptions(url: string) {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  const body = (await response.json()) as {
    challengeId?: string;
    options?: unknown;
    error?: { message?: string };
  };
  if (!response.ok || !body.challengeId || !body.options) {
    throw new Error(body.error?.message ?? messages.failed);
  }
  return { challengeId: body.challengeId, options: body.options };
}

function readPreset(form: HTMLFormElement): { challengeId: string; options: unknown } | null {
  try {
    const preset = JSON.parse(form.dataset.options ?? 'null') as {
      challengeId?: unknown;
      options?: unknown;
    } | null;
    return typeof preset?.challengeId === 'string' && preset.options
      ? { challengeId: preset.challengeId, options: preset.options }
      : null;
  } catch {
    return null;
  }
}

function explain(error: unknown): string {
  if (error instanceof WebAuthnError) {
    if (error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return messages.exists;
    return messages.cancelled;
  }
  // NotAllowedError: the person closed the prompt or it timed out (WebAuthn 5.1.3 step 22).
  if (error instanceof DOMException && error.name === 'NotAllowedError') return messages.cancelled;
  return error instanceof Error && error.message ? error.message : messages.failed;
}

function enhance(form: HTMLFormElement) {
  const mode = form.dataset.passkey;
  const optionsUrl = form.dataset.optionsUrl;
  if ((mode !== 'register' && mode !== 'authenticate') || !optionsUrl) return;
  if (!browserSupportsWebAuthn()) {
    say(form, messages.unsupported);
    return;
  }
  for (const el of form.querySelectorAll<HTMLElement>('[data-passkey-js]')) el.hidden = false;
  // Options sent with the page serve the first attempt; a retry (after a cancelled or timed-out
  // prompt) fetches a fresh challenge.
  let preset = readPreset(form);
  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    say(form, messages.working);
    try {
      const { challengeId, options } = preset ?? (await fetchOptions(optionsUrl));
      preset = null;
      const credential =
        mode === 'register'
          ? await startRegistration({
              optionsJSON: options as PublicKeyCredentialCreationOptionsJSON,
            })
          : await startAuthentication({
              optionsJSON: options as PublicKeyCredentialRequestOptionsJSON,
            });
      field(form, 'credential').value = JSON.stringify(credential);
      field(form, 'challenge_id').value = challengeId;
      say(form, '');
      // submit() sends the form without firing this handler again.
      form.submit();
    } catch (error) {
      say(form, explain(error));
      busy = false;
    }
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-passkey]')) {
  enhance(form);
}
