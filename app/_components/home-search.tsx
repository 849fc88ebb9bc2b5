/**
 * The home page's way into the claims search: a plain GET form, so it works before any script
 * loads and lands on the same shareable `/claims?q=` address the claims page uses.
 */
export function HomeSearch() {
  return (
    <form action="/claims" method="get" role="search" aria-label="Search claims" className="home-search">
      <label htmlFor="home-search-q">Search claims</label>
      <span className="home-search-row">
        <input id="home-search-q" type="search" name="q" dir="auto" maxLength={200} autoComplete="off" placeholder="e.g. Kansafrah, Nebenzya, retreat" />
        <button type="submit" className="button">Search</button>
      </span>
    </form>
  );
}
