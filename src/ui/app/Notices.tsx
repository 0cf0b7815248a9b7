/** Messages about the link, loading and imports; announced politely to screen readers. */
export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss: (index: number) => void }) {
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notices">
      {notices.map((text, index) => (
        <p key={`${index}-${text}`} className="notice">
          {text}{" "}
          <button type="button" className="link-button" onClick={() => onDismiss(index)} aria-label={`Dismiss: ${text}`}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
