/** Samkart's mark: three linked pieces, one per level of care, around the user in the centre. */
export function Logo() {
  return (
    <svg viewBox="0 0 40 40" aria-hidden focusable="false">
      <circle cx="20" cy="20" r="18" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="20" cy="20" r="5" fill="currentColor" />
      <circle cx="20" cy="6" r="4" fill="#e0a100" />
      <circle cx="32" cy="27" r="4" fill="#2f855a" />
      <circle cx="8" cy="27" r="4" fill="#c2410c" />
    </svg>
  );
}
