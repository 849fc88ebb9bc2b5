type Quote = { exact: string; prefix: string | null; suffix: string | null };

/** A W3C TextQuoteSelector as a reader sees it: "… prefix **exact** suffix …". */
export function QuoteInContext({ quote, lang }: { quote: Quote; lang?: string | null }) {
  return (
    <blockquote className="quote-context" dir="auto" lang={lang ?? undefined}>
      {quote.prefix ? <>…{quote.prefix}</> : null}
      <strong>{quote.exact}</strong>
      {quote.suffix ? <>{quote.suffix}…</> : null}
    </blockquote>
  );
}
