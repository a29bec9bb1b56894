// 200% zoom, the same way in both browsers: half the CSS pixels. Zooming the 800×600 window to
// 200% leaves a page 400×300 CSS pixels, which is what a 400×300 viewport at device scale 2 gives
// (media queries, `vw` and `%` all see 400). CSS `zoom` on the root was not used: it enlarges the
// page without shrinking the viewport its layout and media queries see, so it hides what breaks.
import type { PageHandle } from '../fixtures';

export const ZOOM_200 = { width: 400, height: 300 };

export async function zoomTo200(page: PageHandle): Promise<void> {
  if (page.raw.kind === 'playwright') {
    // Playwright fixes the scale factor per context; the layout only depends on the CSS size.
    await page.raw.page.setViewportSize(ZOOM_200);
  } else {
    await page.raw.page.setViewport({ ...ZOOM_200, deviceScaleFactor: 2 });
  }
  await page.waitFor((width) => innerWidth === width, ZOOM_200.width);
}

/** What the page shows at this size: a horizontal scrollbar, and where each control can be reached. */
export interface ZoomedLayout {
  /** The document is wider than the window (a horizontal scrollbar). */
  scrollsSideways: { scrollWidth: number; clientWidth: number } | null;
  /** Controls (by accessible name) missing, cut off at the sides, or covered once scrolled to. */
  unreachable: string[];
}

/**
 * Each control, found by its label (a field) or its text (a button), must lie within the
 * window's width and, scrolled into view, be the element at its own centre.
 */
export function zoomedLayout(page: PageHandle, controls: readonly string[]): Promise<ZoomedLayout> {
  return page.evaluate((names) => {
    const root = document.documentElement;
    const find = (name: string): HTMLElement | null => {
      const label = [...document.querySelectorAll('label')].find(
        (l) => l.textContent?.trim() === name,
      );
      if (label?.control) return label.control as HTMLElement;
      const named = document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(name)}"]`);
      if (named) return named;
      return (
        [...document.querySelectorAll<HTMLElement>('button')].find(
          (b) => b.textContent?.trim() === name,
        ) ?? null
      );
    };
    const unreachable = names.filter((name) => {
      const el = find(name);
      if (!el) return true;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.left < 0 || box.right > root.clientWidth) return true;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !(hit && (hit === el || el.contains(hit)));
    });
    window.scrollTo(0, 0);
    const sideways = root.scrollWidth > root.clientWidth;
    return {
      scrollsSideways: sideways
        ? { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
        : null,
      unreachable,
    };
  }, controls);
}
