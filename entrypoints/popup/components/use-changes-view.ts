import { useState } from 'preact/hooks';

type ChangesModule = typeof import('./ChangesView');

/**
 * The Changes view's code, fetched by the first click that opens it: it stays out of the code
 * the popup loads when it opens. `open()` shows the view once its code is there.
 */
export function useChangesView(): {
  view: ChangesModule['ChangesView'] | null;
  open: () => void;
  close: () => void;
  failure: string | null;
} {
  const [module, setModule] = useState<ChangesModule | null>(null);
  const [shown, setShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const open = () => {
    setFailure(null);
    import('./ChangesView').then(
      (loaded) => {
        setModule(loaded);
        setShown(true);
      },
      (error) => setFailure(String(error)),
    );
  };
  return {
    view: shown && module ? module.ChangesView : null,
    open,
    close: () => setShown(false),
    failure,
  };
}
