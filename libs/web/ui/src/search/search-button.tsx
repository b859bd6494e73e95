/** The search box's submit button: a magnifier, named "Search" for screen readers. */
export function SearchButton() {
  return (
    <button type="submit" className="lgx-search__button">
      <svg
        className="lgx-search__icon"
        width="20"
        height="20"
        viewBox="0 0 27 27"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="12" cy="11" r="8.5" fill="none" stroke="currentColor" strokeWidth="3" />
        <line x1="17.9" y1="17.4" x2="26.4" y2="25.9" stroke="currentColor" strokeWidth="3" />
      </svg>
      <span className="govuk-visually-hidden">Search</span>
    </button>
  );
}
