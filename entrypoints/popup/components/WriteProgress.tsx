/** Under a write's buttons: what is being sent while it is, then why Planpoint refused it. */
export function WriteProgress({ busy, error }: { busy: string | null; error: string | null }) {
  return (
    <>
      {busy ? <p class="muted">{busy}</p> : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
