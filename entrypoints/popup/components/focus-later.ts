/**
 * Focus goes back to the control that opened a view or form once the screen it belongs to is
 * drawn again: in the next frame, after the render that brings it back (and after the search
 * field, which takes focus whenever the list appears).
 */
export function focusLater(target: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => target()?.focus());
}

/** The same, for a button found by its accessible name (aria-label). */
export function focusButtonLater(label: string): void {
  focusLater(() =>
    document.querySelector<HTMLElement>(`button[aria-label="${CSS.escape(label)}"]`),
  );
}
