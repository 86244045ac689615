/*
 * The demo page: the widget against the mock backend (at /api, served by `npm start`),
 * with pickers that set its attributes the way an integrator would, and a log of the
 * events it dispatches. The choices live in the address (?tenant=&lang=&theme=) so a
 * mailed link or an identity provider's return lands on the same portal.
 */
import '../src/index.js';

const widget = document.querySelector('nordic-login')!;
const pickers = { tenant: 'demo', lang: 'en', theme: 'auto' } as const;
type Picker = keyof typeof pickers;
const params = new URLSearchParams(location.search);

for (const name of Object.keys(pickers) as Picker[]) {
  const select = document.querySelector<HTMLSelectElement>(`#${name}`)!;
  select.value = params.get(name) ?? widget.getAttribute(name) ?? pickers[name];
  widget.setAttribute(name, select.value);
  select.addEventListener('change', () => {
    widget.setAttribute(name, select.value);
    const url = new URL(location.href);
    url.searchParams.set(name, select.value);
    history.replaceState(history.state, '', url.href);
  });
}

const log = document.querySelector('#log')!;
const record = (text: string) => {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
};
widget.addEventListener('nl-signed-in', (event) => record(`nl-signed-in: ${event.user.displayName}`));
widget.addEventListener('nl-signed-out', () => record('nl-signed-out'));
widget.addEventListener('nl-step-change', (event) => record(`nl-step-change: ${event.step}`));
widget.addEventListener('nl-error', (event) => record(`nl-error: ${event.code}`));
widget.addEventListener('nl-navigate', (event) => record(`nl-navigate: ${event.url}`));
