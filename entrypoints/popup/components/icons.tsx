// The header's two icons, drawn inline (no icon font or image request), in the text colour.
// They are decoration: the buttons that hold them carry the names.

export function RefreshIcon() {
  return (
    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9"
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
      />
      <path d="M13.8 1.8v3.6h-3.6" fill="none" stroke="currentColor" stroke-width="1.6" />
    </svg>
  );
}

export function GearIcon() {
  // A cog: a ring, and eight broad teeth around it.
  return (
    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M8 1v3M8 12v3M1 8h3M12 8h3M3.05 3.05l2.1 2.1M10.85 10.85l2.1 2.1M3.05 12.95l2.1-2.1M10.85 5.15l2.1-2.1"
        stroke="currentColor"
        stroke-width="2.6"
      />
      <circle cx="8" cy="8" r="4.2" fill="currentColor" />
      <circle cx="8" cy="8" r="1.9" fill="var(--bg)" />
    </svg>
  );
}
