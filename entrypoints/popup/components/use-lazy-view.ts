import { useState } from 'preact/hooks';

/**
 * A view whose code is fetched by the first click that opens it (Changes, Leads), so it stays
 * out of the code the popup loads when it opens. `open()` shows it once its code is there;
 * `failure` says why it could not be fetched.
 */
export function useLazyView<View>(load: () => Promise<View>): {
  view: View | null;
  open: () => void;
  close: () => void;
  failure: string | null;
} {
  // Wrapped: a component is a function, which setState would take for an updater.
  const [loaded, setLoaded] = useState<{ view: View } | null>(null);
  const [shown, setShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const open = () => {
    setFailure(null);
    load().then(
      (view) => {
        setLoaded({ view });
        setShown(true);
      },
      (error) => setFailure(String(error)),
    );
  };
  return {
    view: shown && loaded ? loaded.view : null,
    open,
    close: () => setShown(false),
    failure,
  };
}
