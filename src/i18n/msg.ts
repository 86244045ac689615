import type { msg as litMsg } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { TemplateMap } from '@lit/localize/internal/types.js';

export { str } from '@lit/localize/internal/str-tag.js';

/*
 * @lit/localize's own msg() reads one language for the whole page, and
 * configureLocalization() may run only once per page, possibly by the host page.
 * Each <nordic-login> has a language of its own, so texts are looked up in the
 * catalogue of the element that is rendering right now. The type keeps
 * @lit/localize's brand, so `lit-localize extract` still finds every call.
 *
 * The LocaleController makes its host's catalogue current for the host's whole
 * update (render and commit, so callbacks that directives such as repeat() and
 * map() call after render() returns read it too). Anything that calls msg() outside
 * an update (an event handler, a timer) wraps the call in withTemplates().
 */
let active: TemplateMap | undefined;

/*
 * The CDN bundle's catalogues key each message by the first SHORT_ID characters of its
 * id (vite.cdn.config.ts shortens them, and keeps the full id of the rare message whose
 * short one another message shares): a full id is 64 bits of hash that gzip cannot
 * shrink, paid once per message. Its msg() calls carry that key as their `id`, in place
 * of their English text, which comes from the English catalogue like any language's.
 */
export const SHORT_ID = 4;
const ids = new Map<unknown, string>();

/** The key under which `catalogue` holds the message of this (full) id: the id itself or its short form. */
export const catalogueKey = (catalogue: TemplateMap, id: string): string =>
  id in catalogue || !/^s[0-9a-f]{16}$/.test(id) ? id : id.slice(0, SHORT_ID);

export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => {
  if (active && !options?.id) {
    const strings = typeof template === 'string' ? template : template.strings;
    let id = ids.get(strings);
    if (id === undefined) ids.set(strings, (id = generateMsgId(strings, typeof template !== 'string' && !('strTag' in template))));
    options = { id: catalogueKey(active, id) };
  }
  return runtimeMsg(active, template, options);
}) as typeof litMsg;

/** Runs `render` with `templates` as the catalogue msg() reads; render must be synchronous. */
export function withTemplates<T>(templates: TemplateMap | undefined, render: () => T): T {
  const previous = active;
  active = templates;
  try {
    return render();
  } finally {
    active = previous;
  }
}

/**
 * Makes `templates` the catalogue msg() reads until the returned function is called
 * (which restores the previous one). For the LocaleController, around an update.
 */
export function enterTemplates(templates: TemplateMap | undefined): () => void {
  const previous = active;
  active = templates;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    active = previous;
  };
}
