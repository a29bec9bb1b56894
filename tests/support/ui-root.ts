// The element a UI test draws into: a fresh one in the document before each test, emptied (its
// Preact tree unmounted, so effects and timers end) and removed after it.
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** Call at a test file's top level; `root()` is the current test's element. */
export function useUiRoot(): () => HTMLElement {
  let root: HTMLElement | null = null;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
    root = null;
  });
  return () => {
    if (!root) throw new Error('useUiRoot: no test is running');
    return root;
  };
}
