// Progressive enhancement only: every page works without this script.

// Move focus to the error summary so keyboard and screen-reader users hear what went wrong first
// (WCAG 2.2 3.3.1 Error Identification).
const summary = document.querySelector<HTMLElement>('.error-summary');
if (summary) summary.focus();

// Ask before leaving a form with unsaved typing, the way a paper form cannot be lost.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-warn-unsaved]')) {
  let dirty = false;
  form.addEventListener('input', () => {
    dirty = true;
  });
  form.addEventListener('submit', () => {
    dirty = false;
  });
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
}
