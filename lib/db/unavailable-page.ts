// The page the proxy answers with while the database is down: self-contained (no database, no
// stylesheet or script from the build), in the look of app/error.tsx. Inline styles only, which
// the pages' CSP allows ('unsafe-inline' for styles); it runs no script, so it needs no nonce.
export const RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Unavailable · Crosscheck</title>
<style>
  body { margin: 0; color: #1b1b1b; background: #fff; font: 1rem/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif; }
  header { border-bottom: 3px solid #1b1b1b; }
  header p, main { max-width: 72rem; margin: 0 auto; padding: 0.8rem 1rem; }
  header p { font: 700 1.4rem Georgia, 'Times New Roman', 'Noto Serif', serif; }
  main { padding-top: 2rem; }
  h1 { font-family: Georgia, 'Times New Roman', 'Noto Serif', serif; }
  .kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.75rem; font-weight: 700; color: #a3201c; margin: 0; }
  a { color: #0b4f8a; }
</style>
</head>
<body>
<header><p>Crosscheck</p></header>
<main id="main" aria-labelledby="unavailable-heading">
<p class="kicker">Unavailable</p>
<h1 id="unavailable-heading">Crosscheck is unavailable right now</h1>
<p>The database cannot be reached. Nothing was changed. Please try again in a moment.</p>
<p><a href="">Try again</a> · <a href="/">Go to the front page</a></p>
</main>
</body>
</html>
`;
