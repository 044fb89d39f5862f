// Progressive enhancement of e-service forms; every form works without this script.

interface ShowIf {
  field: string;
  equals?: string | number | boolean;
  in?: Array<string | number>;
}

const form = document.querySelector<HTMLFormElement>('#eservice-form');

function currentValue(name: string): string | boolean | null {
  if (!form) return null;
  const inputs = form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
    `[name="${CSS.escape(name)}"]`,
  );
  for (const input of inputs) {
    if (input instanceof HTMLInputElement && input.type === 'checkbox') return input.checked;
    if (input instanceof HTMLInputElement && input.type === 'radio') {
      if (input.checked) return input.value;
      continue;
    }
    return input.value.trim();
  }
  return null;
}

const wrappers = form ? [...form.querySelectorAll<HTMLElement>('[data-field]')] : [];
// What the server decided when it rendered the page; conditions on earlier pages keep it.
const serverHidden = new Map(wrappers.map((w) => [w, w.hidden]));

function matches(rule: ShowIf, value: string | boolean | null): boolean {
  const same = (x: string | number | boolean) => x === value || String(x) === String(value);
  return rule.in ? rule.in.some(same) : rule.equals !== undefined && same(rule.equals);
}

// Mirrors the server's rule (form.ts `visibility`): a field shows when its condition holds and
// the field it depends on shows too. The server re-checks everything when the page is sent.
function update() {
  if (!form) return;
  const shown = new Set<string>();
  for (const wrapper of wrappers) {
    const name = wrapper.dataset.field ?? '';
    let visible = !serverHidden.get(wrapper);
    const raw = wrapper.dataset.showIf;
    if (raw) {
      const rule = JSON.parse(raw) as ShowIf;
      const onThisPage = wrappers.some((w) => w.dataset.field === rule.field);
      if (onThisPage) visible = shown.has(rule.field) && matches(rule, currentValue(rule.field));
    }
    wrapper.hidden = !visible;
    if (visible) shown.add(name);
  }
  const list = form.querySelector<HTMLInputElement>('input[name="_shown"]');
  if (list) list.value = [...shown].join(',');
}

// The chosen date in the Buddhist era beside a date input, as Thai readers check dates.
function showBuddhistEra(input: HTMLInputElement) {
  const hint = document.getElementById(`${input.id}-hint`);
  if (!hint || !/^\d{4}-\d{2}-\d{2}$/.test(input.value)) return;
  const date = new Date(`${input.value}T12:00:00+07:00`);
  const th = document.documentElement.lang === 'th';
  const text = new Intl.DateTimeFormat(th ? 'th-TH-u-ca-buddhist' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Asia/Bangkok',
  }).format(date);
  const label = th ? 'วันที่ที่เลือก: ' : 'Chosen date: ';
  const parts = hint.textContent?.split(' · ') ?? [];
  const kept = parts.filter(
    (p) => !p.startsWith(label) && !p.startsWith('เลือกจากปฏิทิน') && !p.startsWith('Pick from'),
  );
  hint.textContent = [...kept, label + text].join(' · ');
}

if (form) {
  form.addEventListener('change', (event) => {
    update();
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'date') showBuddhistEra(target);
  });
  form.addEventListener('input', update);
  update();
}
