/*
 * In the browser (Storybook) the page's cookies are kept here, in its memory, as a
 * browser keeps session cookies. msw would keep them in localStorage, which every tab of
 * the origin reads and rewrites whole: with stories open in several tabs at once, one
 * tab's write could undo another's new session cookie (a CSRF 403, or a signed-in
 * session lost). In Node the client's own cookie jar does the job.
 */
const pageCookies = new Map<string, { path: string; name: string; value: string }>();

export function keepCookies(setCookies: string[]): void {
  for (const cookie of setCookies) {
    const [pair = '', ...attributes] = cookie.split(/;\s*/);
    const name = pair.slice(0, pair.indexOf('='));
    const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? '/';
    if (attributes.some((a) => /^max-age=0$/i.test(a))) pageCookies.delete(`${path} ${name}`);
    else pageCookies.set(`${path} ${name}`, { path, name, value: decodeURIComponent(pair.slice(name.length + 1)) });
  }
}

export function pageCookiesFor(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, name, value } of pageCookies.values()) {
    if (url.pathname === path || url.pathname.startsWith(path.endsWith('/') ? path : `${path}/`)) out[name] = value;
  }
  return out;
}
