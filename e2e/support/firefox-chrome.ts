// Firefox's own browser window, driven from the test: the address bar, the page context menu,
// the registered keyboard shortcuts and the interface language. The fixture starts Firefox with
// --remote-allow-system-access, which lets WebDriver BiDi list the privileged ("chrome") browsing
// contexts and run script in them; what runs there is the browser's own front end, so the
// extension's listeners are reached exactly as when a person uses it.
import type { PageHandle } from '../fixtures';

// Globals of chrome://browser/content/browser.xhtml, where the functions below run.
declare const gURLBar: any;
declare const gBrowser: any;
declare const Services: any;
declare const ChromeUtils: any;
declare const Cc: any;
declare const Ci: any;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

const BROWSER_WINDOW = 'chrome://browser/content/browser.xhtml';

export class FirefoxWindow {
  private constructor(private readonly connection: BidiConnection) {}

  /** The browser window of the Firefox session `page` belongs to. */
  static of(page: PageHandle): FirefoxWindow {
    if (page.raw.kind !== 'puppeteer') throw new Error('FirefoxWindow needs a Firefox page');
    const browser = page.raw.page.browser() as unknown as { connection: BidiConnection };
    return new FirefoxWindow(browser.connection);
  }

  /** Run `fn` in the browser window with system privileges; the result goes through JSON. */
  async evaluate<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const tree = await this.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = tree.result.contexts as { context: string; url: string }[];
    const browserWindow = contexts.find((c) => c.url === BROWSER_WINDOW);
    if (!browserWindow) throw new Error(`No ${BROWSER_WINDOW} among ${JSON.stringify(contexts)}`);
    const expression = `(async () => JSON.stringify((await (${fn.toString()})(${JSON.stringify(
      arg ?? null,
    )})) ?? null))()`;
    const { result } = await this.connection.send('script.evaluate', {
      expression,
      target: { context: browserWindow.context },
      awaitPromise: true,
    });
    if (result.type !== 'success') {
      throw new Error(
        `In the Firefox window: ${JSON.stringify(result.exceptionDetails ?? result)}`,
      );
    }
    return JSON.parse(result.result.value as string) as R;
  }

  /**
   * Put the caret in the address bar with its text selected (what Ctrl+L does), then type `keys`
   * one by one as trusted key events (nsITextInputProcessor, as Firefox's own tests type).
   * Named keys: ArrowDown, ArrowUp, Enter, Escape; anything else is typed as characters.
   */
  async typeInAddressBar(text: string): Promise<void> {
    await this.evaluate(async (typed: string) => {
      gURLBar.select();
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(
        Ci.nsITextInputProcessor,
      );
      if (!tip.beginInputTransactionForTests(window)) throw new Error('No input transaction');
      for (const key of typed) {
        const event = new KeyboardEvent('', { key });
        tip.keydown(event);
        tip.keyup(event);
      }
      // The drop-down is complete once the query for the last key finished.
      await gURLBar.lastQueryContextPromise;
    }, text);
  }

  /** Press a named key (ArrowDown, ArrowUp, Enter, Escape) in the focused part of the window. */
  async press(key: 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Escape'): Promise<void> {
    await this.evaluate((name: string) => {
      // KeyboardEvent.DOM_VK_DOWN, _UP, _RETURN, _ESCAPE
      const codes: Record<string, number> = { ArrowDown: 40, ArrowUp: 38, Enter: 13, Escape: 27 };
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(
        Ci.nsITextInputProcessor,
      );
      if (!tip.beginInputTransactionForTests(window)) throw new Error('No input transaction');
      const event = new KeyboardEvent('', { key: name, code: name, keyCode: codes[name] });
      tip.keydown(event);
      tip.keyup(event);
    }, key);
  }

  /** The rows the address bar's drop-down shows now. */
  addressBarRows(): Promise<AddressBarRow[]> {
    return this.evaluate(() => {
      const view = gURLBar.view;
      if (!view.isOpen) return [];
      return (view.visibleResults as any[]).map((result, index) => ({
        keyword: (result.payload.keyword as string | undefined) ?? null,
        content: (result.payload.content as string | undefined) ?? null,
        title: (result.payload.title as string | undefined) ?? null,
        selected: view.selectedRowIndex === index,
      }));
    });
  }

  /** The address bar's text. */
  addressBarValue(): Promise<string> {
    return this.evaluate(() => gURLBar.value as string);
  }

  /** The items of the page context menu, once it is open. */
  async contextMenuItems(): Promise<ContextMenuItem[]> {
    return this.evaluate(async () => {
      const menu = document.getElementById('contentAreaContextMenu') as any;
      for (let i = 0; i < 100 && menu.state !== 'open'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (menu.state !== 'open') throw new Error(`The context menu is ${menu.state}`);
      return [...menu.querySelectorAll('menuitem')]
        .filter((item: any) => !item.hidden && !item.collapsed)
        .map((item: any) => ({ id: item.id as string, label: item.label as string }));
    });
  }

  /** Click an item of the open page context menu, as a person would. */
  async activateContextMenuItem(id: string): Promise<void> {
    await this.evaluate((itemId: string) => {
      const menu = document.getElementById('contentAreaContextMenu') as any;
      const item = document.getElementById(itemId);
      if (!item) throw new Error(`No menu item ${itemId}`);
      menu.activateItem(item);
    }, id);
  }

  /** The keyboard shortcuts Firefox registered in this window for an extension's commands. */
  extensionKeys(addonId: string): Promise<{ key: string; modifiers: string }[]> {
    return this.evaluate((id: string) => {
      const widget = id.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
      const keyset = document.getElementById(`ext-keyset-id-${widget}`);
      return [...(keyset?.querySelectorAll('key') ?? [])].map((key) => ({
        key: key.getAttribute('key') ?? '',
        modifiers: key.getAttribute('modifiers') ?? '',
      }));
    }, addonId);
  }

  /** Addresses of the window's tabs, in order. */
  tabUrls(): Promise<string[]> {
    return this.evaluate(() =>
      (gBrowser.tabs as any[]).map((tab) => tab.linkedBrowser.currentURI.spec as string),
    );
  }

  /**
   * Make web content, extension pages included, see `prefers-color-scheme: dark` or `light`, as
   * when a person picks the website appearance in Firefox's settings.
   */
  async setColorScheme(scheme: 'dark' | 'light'): Promise<void> {
    await this.evaluate(
      (value: number) => {
        Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', value);
      },
      scheme === 'dark' ? 0 : 1,
    );
  }

  /**
   * Run Firefox in `locales` (e.g. ['fr', 'en-US']), as with a language pack installed and chosen
   * in Settings, then restart the add-on so it reads its messages in that language. The add-on's
   * own tabs close as it restarts, so keep another tab open or the window closes with them.
   */
  async switchLanguage(locales: string[], addonId: string): Promise<string[]> {
    const appLocales = await this.evaluate((wanted: string[]) => {
      Services.locale.availableLocales = [...new Set([...wanted, 'en-US'])];
      Services.locale.requestedLocales = wanted;
      return Services.locale.appLocalesAsBCP47 as string[];
    }, locales);
    // Not awaited inside the window: the reload closes tabs while the evaluation would wait.
    await this.evaluate((id: string) => {
      const { AddonManager } = ChromeUtils.importESModule(
        'resource://gre/modules/AddonManager.sys.mjs',
      );
      void AddonManager.getAddonByID(id).then((addon: any) => addon.reload());
    }, addonId);
    return appLocales;
  }
}

export interface AddressBarRow {
  keyword: string | null;
  content: string | null;
  title: string | null;
  selected: boolean;
}

export interface ContextMenuItem {
  id: string;
  label: string;
}
