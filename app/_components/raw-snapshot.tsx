// A stored snapshot can be anything an old version or another installation wrote; shown as
// text, cut so one huge row cannot swamp the page.
const RAW_LIMIT = 20_000;

/** The stored JSON of a revision the history could not read, for editors. */
export function RawSnapshot({ text }: { text: string }) {
  const cut = text.length > RAW_LIMIT;
  return (
    <details className="small">
      <summary>Show the recorded JSON (editors only)</summary>
      <pre className="raw-snapshot" dir="ltr">{cut ? `${text.slice(0, RAW_LIMIT)}\n… (${text.length - RAW_LIMIT} more characters)` : text}</pre>
    </details>
  );
}
