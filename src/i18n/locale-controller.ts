import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TemplateLike, TemplateMap } from '@lit/localize/internal/types.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { allLocales, sourceLocale } from './generated/locale-codes.js';
import { catalogueKey, enterTemplates } from './msg.js';

/** A language the widget ships: English (the source) and the four Nordic ones. */
export type Locale = (typeof allLocales)[number];

/**
 * Texts an integrator replaces, per language: `{ da: { 'Customer number': 'Kundenr.' } }`.
 * A text is named by its English source text (with `{0}`, `{1}`, … for placeholders:
 * `'Sign in to {0}'`) or by its message id (the `id` attributes in `locales/*.xlf`).
 * A replacement refers to the placeholders the same way, in the order they appear in
 * the English source. Language keys may be any tag of the language (`no` for `nb`).
 */
export type TextOverrides = Record<string, Record<string, string>>;

export type LocaleHost = ReactiveControllerHost & HTMLElement & { texts?: TextOverrides };

/**
 * A language's texts: all of them, or (the CDN bundle: vite.cdn.config.ts) those the
 * first screen shows and `rest`, which loads the others. A module that has no `rest`
 * holds all its language's texts: there is nothing more to load.
 */
interface Catalogue {
  templates: TemplateMap;
  rest?: () => Promise<{ templates: TemplateMap }>;
}

/*
 * Each catalogue is a module of its own, imported only when a widget on the page
 * needs it: English too, so that a bundle may leave the English of msg() calls out of
 * its main file (the CDN bundle does: vite.cdn.config.ts). The specifiers are relative
 * to this module, so they resolve against wherever the widget itself was loaded from
 * (a CDN on another origin, or the directory of a bundle's chunks), never against the
 * host page. They are written out in full so that bundlers see them and emit one chunk
 * per language.
 */
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  en: () => import('./generated/en.js'),
  da: () => import('./generated/da.js'),
  fi: () => import('./generated/fi.js'),
  nb: () => import('./generated/nb.js'),
  sv: () => import('./generated/sv.js'),
};

/** Each language's texts as far as they are loaded, shared by every widget on the page. */
const loaded = new Map<Locale, Catalogue>();
const loading = new Map<string, Promise<Catalogue>>();

/** Whether `locale`'s texts are here: those of the first screen, or (whole) all of them. */
const isLoaded = (locale: Locale, whole: boolean): boolean => {
  const catalogue = loaded.get(locale);
  return catalogue !== undefined && !(whole && catalogue.rest);
};

/** Loads `locale`'s texts: those of the first screen, or (whole) all of them. */
function loadCatalogue(locale: Locale, whole: boolean): Promise<Catalogue> {
  const first = once(locale, 'first', loaders[locale]);
  if (!whole) return first;
  return first.then((catalogue) => {
    const { templates, rest } = catalogue;
    return rest ? once(locale, 'rest', () => rest().then((more) => ({ templates: { ...templates, ...more.templates } }))) : catalogue;
  });
}

/** One load of a part of a language for the page; a failed one is tried again the next time it is asked for. */
function once(locale: Locale, portion: 'first' | 'rest', load: () => Promise<Catalogue>): Promise<Catalogue> {
  const key = `${locale} ${portion}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = load().then(
      (catalogue) => {
        loaded.set(locale, catalogue);
        return catalogue;
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/**
 * The widget's language for a language tag ("sv-SE", "nn", "en-GB"), or undefined
 * when the widget does not speak it. Norwegian in any form (no, nb, nn) is Bokmål.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  if (primary === 'no' || primary === 'nn' || primary === 'nb') return 'nb';
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}

/** The nearest `lang` around an element: its ancestors, across shadow roots, up to <html>. */
function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang?.trim()) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * The language a widget speaks: its own `locale` or `lang` attribute; else the nearest
 * `lang` of an ancestor (the page's <html lang>); else the first of the browser's
 * languages the widget speaks. A language the widget does not speak means English.
 */
export function resolveLocale(element: Element, languages: readonly string[] = navigator.languages ?? []): Locale {
  const own = element.getAttribute('locale')?.trim() || element.getAttribute('lang')?.trim();
  if (own) return matchLocale(own) ?? sourceLocale;
  const inherited = inheritedLang(element);
  if (inherited) return matchLocale(inherited) ?? sourceLocale;
  for (const language of languages) {
    const match = matchLocale(language);
    if (match) return match;
  }
  return sourceLocale;
}

/** An integrator's text as a template msg() can use; `{n}` stands for the n-th placeholder. */
function overrideTemplate(text: string): TemplateLike {
  // Split around the placeholders: texts at even indices, placeholder numbers at odd ones.
  const parts = text.split(/\{(\d+)\}/);
  if (parts.length === 1) return text;
  const strings = parts.filter((_, i) => i % 2 === 0);
  const values = parts.filter((_, i) => i % 2 === 1).map(Number);
  return { strTag: true, strings: Object.assign(strings, { raw: strings }) as TemplateStringsArray, values };
}

/** The id @lit/localize gives a string message with this English text ({n} = placeholder). */
function idOfEnglish(text: string): string {
  return generateMsgId(text.split(/\{\d+\}/), false);
}

/** The id of a message from its English template: a string, a str`` template or an html`` one. */
function idOfTemplate(template: TemplateLike): string {
  if (typeof template === 'string') return generateMsgId(template, false);
  return 'strTag' in template ? generateMsgId(template.strings, false) : generateMsgId(template.strings, true);
}

/**
 * The catalogue key of the message an integrator names (by id or by English text), or
 * undefined when it names none of ours; `english` is the whole English catalogue, whose
 * keys every language shares. A shortened key (the CDN bundle's) stands for every
 * id that starts with it, so it is this message's only if its English text has this id.
 */
function keyOfMessage(english: TemplateMap, name: string): string | undefined {
  const id = /^s[0-9a-f]{16}$/.test(name) ? name : idOfEnglish(name);
  const key = catalogueKey(english, id);
  const source = english[key];
  return source !== undefined && idOfTemplate(source) === id ? key : undefined;
}

function overridesFor(texts: TextOverrides | undefined, locale: Locale): Record<string, string>[] {
  if (!texts || typeof texts !== 'object') return [];
  return Object.entries(texts)
    .filter(([tag, entries]) => matchLocale(tag) === locale && entries && typeof entries === 'object')
    .map(([, entries]) => entries);
}

/**
 * Chooses and loads the language of one <nordic-login>.
 *
 * `locale` is the language the widget shows now and `templates` the catalogue that
 * msg() reads while rendering (pass it to `withTemplates`): the generated catalogue of
 * that language with the integrator's `texts` for it laid over, undefined until the
 * first catalogue has arrived. The two always change together, once the new language's
 * catalogue has arrived; until then the widget keeps showing the previous language.
 * A change re-renders the host and nothing else, so what the user typed stays.
 */
export class LocaleController implements ReactiveController {
  /** The language shown. */
  locale: Locale = sourceLocale;
  /** The catalogue msg() reads, with the integrator's texts laid over it; undefined until one has arrived. */
  templates: TemplateMap | undefined = undefined;
  /** Settles when the language asked for last is shown (or failed to load and English is shown). */
  ready: Promise<void> = Promise.resolve();
  /** Whether `templates` holds every text, not only the first screen's (see loadAll). */
  complete = false;

  readonly #host: LocaleHost;
  #wanted: Locale | undefined;
  /** Every text wanted, not only the first screen's: a view loaded later has been shown. */
  #whole = false;
  #observer: MutationObserver | undefined;
  #leave: (() => void) | undefined;
  #mergedFrom: { catalogue: Catalogue | undefined; texts: unknown; entries: unknown[] } | undefined;

  constructor(host: LocaleHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(this.#onChange);
    const options = { attributes: true, attributeFilter: ['lang', 'locale'], subtree: true };
    // The host's own attributes, every shadow root it sits in, and the document.
    this.#observer.observe(this.#host, { attributes: true, attributeFilter: ['lang', 'locale'] });
    for (let root = this.#host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      this.#observer.observe(root, options);
    }
    this.#observer.observe(this.#host.ownerDocument.documentElement, options);
    window.addEventListener('languagechange', this.#onChange);
    this.refresh(true);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    window.removeEventListener('languagechange', this.#onChange);
  }

  /**
   * Before each update: the host's attributes or `texts` may have changed. Its
   * catalogue is what msg() reads until the update is done (hostUpdated), so views
   * need no wrapping; a microtask restores it should the update throw.
   */
  hostUpdate(): void {
    this.refresh(false);
    this.#leave?.();
    const leave = enterTemplates(this.templates);
    this.#leave = leave;
    queueMicrotask(leave);
  }

  hostUpdated(): void {
    this.#leave?.();
    this.#leave = undefined;
  }

  readonly #onChange = (): void => this.refresh(true);

  /** Looks at the language again; re-renders the host when what it shows changes. */
  refresh(requestUpdate = true): void {
    const wanted = resolveLocale(this.#host);
    if (wanted !== this.#wanted) {
      this.#wanted = wanted;
      this.ready = this.#switchTo(wanted, requestUpdate);
    } else if (this.#mergeTexts() && requestUpdate) {
      this.#host.requestUpdate();
    }
  }

  /**
   * Loads the texts that only views loaded later show, and shows them: a bundle that splits
   * its catalogues (the CDN bundle) keeps them out of the first screen. From now on each
   * language this widget shows comes whole. Rejects when they cannot be loaded.
   */
  loadAll(): Promise<void> {
    this.#whole = true;
    const locale = this.locale;
    return loadCatalogue(locale, true).then(() => {
      if (this.locale === locale) this.#show(locale, true);
    });
  }

  #switchTo(wanted: Locale, requestUpdate: boolean): Promise<void> {
    if (isLoaded(wanted, this.#whole)) {
      this.#show(wanted, requestUpdate);
      return Promise.resolve();
    }
    // The integrator's texts are matched against the English catalogue (keyOfMessage).
    const load = (locale: Locale): Promise<void> =>
      Promise.all([loadCatalogue(locale, this.#whole), this.#host.texts ? loadCatalogue(sourceLocale, true) : undefined]).then(
        () => {
          if (this.#wanted !== wanted) return;
          // Every text was asked for (loadAll) while the first screen's were on their way.
          if (!isLoaded(locale, this.#whole)) return load(locale);
          this.#show(locale, true);
        },
        (error: unknown) => {
          if (this.#wanted !== wanted) return;
          const english = locale === sourceLocale;
          console.warn(`<${this.#host.localName}>: could not load the ${locale} texts${english ? '' : '; showing English'}.`, error);
          // Without English there is nothing to show: the next refresh tries again.
          if (english) this.#wanted = undefined;
          else return load(sourceLocale);
        },
      );
    return load(wanted);
  }

  #show(locale: Locale, requestUpdate: boolean): void {
    const changed = locale !== this.locale;
    this.locale = locale;
    if ((this.#mergeTexts() || changed) && requestUpdate) this.#host.requestUpdate();
  }

  /** Lays the integrator's texts over the catalogue; true when `templates` changed. */
  #mergeTexts(): boolean {
    const catalogue = loaded.get(this.locale);
    this.complete = catalogue !== undefined && !catalogue.rest;
    const texts = this.#host.texts;
    const entries = overridesFor(texts, this.locale);
    const from = this.#mergedFrom;
    if (
      from &&
      from.catalogue === catalogue &&
      from.texts === texts &&
      from.entries.length === entries.length &&
      from.entries.every((e, i) => e === entries[i])
    ) {
      return false;
    }
    this.#mergedFrom = { catalogue, texts, entries };
    const english = loaded.get(sourceLocale);
    if (entries.length === 0 || !catalogue) {
      this.templates = catalogue?.templates;
    } else if (!english || english.rest) {
      // Texts set after the language arrived: they apply once all of English, which names every message, is here.
      this.templates = catalogue.templates;
      this.#mergedFrom = undefined;
      loadCatalogue(sourceLocale, true).then(() => this.refresh(true), () => undefined);
    } else {
      const merged: TemplateMap = { ...catalogue.templates };
      for (const entry of entries) {
        for (const [name, text] of Object.entries(entry)) {
          const key = typeof text === 'string' ? keyOfMessage(english.templates, name) : undefined;
          if (key !== undefined) merged[key] = overrideTemplate(text as string);
        }
      }
      this.templates = merged;
    }
    return true;
  }
}
