// What each page of the built extension loads, and its size raw and gzipped. A page's JS is its
// entry script, the chunks it preloads, and every chunk those import statically (shared chunks
// such as Preact and the browser polyfill included); chunks reached only through `import()` are
// listed apart, since they load later.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface PageBundle {
  /** popup.html, options.html, or the background service worker. */
  page: string;
  /** JS loaded before the page runs: entry, preloads and their static imports. */
  js: FileSize[];
  /** Chunks the page loads later with import(). */
  lazyJs: FileSize[];
  css: FileSize[];
  jsRaw: number;
  /** Sum of each file gzipped on its own, as the browser fetches them. */
  jsGzip: number;
}

/** gzip -6, the default of gzip(1) and of most servers; deterministic for the same bytes. */
export function sizeOf(extensionDir: string, file: string): FileSize {
  const bytes = readFileSync(join(extensionDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}

const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*\s*from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/** Resolve an import specifier of `from` (a path inside the extension) to another path there. */
function resolveImport(from: string, specifier: string): string {
  if (specifier.startsWith('/')) return specifier.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), specifier));
}

function jsClosure(extensionDir: string, entries: string[]): { eager: string[]; lazy: string[] } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    const code = readFileSync(join(extensionDir, file), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(resolveImport(file, spec as string));
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT))
      lazy.add(resolveImport(file, spec as string));
  };
  entries.forEach(visit);
  return { eager: [...eager], lazy: [...lazy].filter((f) => !eager.has(f)) };
}

function measurePage(extensionDir: string, page: string, entries: string[], css: string[]) {
  const { eager, lazy } = jsClosure(extensionDir, entries);
  const js = eager.map((f) => sizeOf(extensionDir, f));
  return {
    page,
    js,
    lazyJs: lazy.map((f) => sizeOf(extensionDir, f)),
    css: css.map((f) => sizeOf(extensionDir, f)),
    jsRaw: js.reduce((sum, f) => sum + f.raw, 0),
    jsGzip: js.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** An HTML page's module script, modulepreload links and stylesheets. */
function htmlPage(extensionDir: string, page: string): PageBundle {
  const html = readFileSync(join(extensionDir, page), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    if (tag.startsWith('<script')) {
      const src = attr(tag, 'src');
      if (src) scripts.push(resolveImport(page, src));
    } else if (/rel="modulepreload"/.test(tag)) {
      scripts.push(resolveImport(page, attr(tag, 'href') as string));
    } else if (/rel="stylesheet"/.test(tag)) {
      styles.push(resolveImport(page, attr(tag, 'href') as string));
    }
  }
  return measurePage(extensionDir, page, scripts, styles);
}

/** Popup, options page and background of a built Chrome extension folder. */
export function measureBundles(extensionDir: string): PageBundle[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
    options_ui?: { page?: string };
    options_page?: string;
    background?: { service_worker?: string };
  };
  const popup = manifest.action?.default_popup ?? 'popup.html';
  const options = manifest.options_ui?.page ?? manifest.options_page ?? 'options.html';
  const worker = manifest.background?.service_worker ?? 'background.js';
  return [
    htmlPage(extensionDir, popup),
    htmlPage(extensionDir, options),
    measurePage(extensionDir, 'background', [worker], []),
  ];
}
