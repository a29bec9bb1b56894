/** A star button: filled while the thing is watched. Its label says what a press does. */
export function WatchStar(props: { on: boolean; label: string; onToggle: () => void }) {
  return (
    <button
      type="button"
      class={props.on ? 'watch-star on' : 'watch-star'}
      aria-pressed={props.on}
      aria-label={props.label}
      title={props.label}
      onClick={props.onToggle}
    >
      {props.on ? '★' : '☆'}
    </button>
  );
}
