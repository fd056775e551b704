// Progressive enhancement for the country checkboxes (src/platform/views/country-picker.tsx). Without this script
// the list is a plain scrollable list of checkboxes. With it: a box above the list hides the countries whose name
// (in the page's language, accents and case aside) or ISO code does not contain what is typed, says how many are
// shown, and the line naming the chosen countries follows each tick.
(() => {
  const fold = (text) =>
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLocaleLowerCase(document.documentElement.lang || undefined);

  function setUp(picker) {
    const filterBox = picker.querySelector(".country-picker__filter");
    const input = filterBox?.querySelector("input");
    const shown = filterBox?.querySelector("[aria-live]");
    const chosenLine = picker.querySelector(".country-picker__chosen");
    const items = [...picker.querySelectorAll(".country-picker__list .checkbox")];
    if (!filterBox || !input || !shown || !chosenLine || items.length === 0) return;
    const entries = items.map((item) => ({
      item,
      box: item.querySelector("input"),
      name: item.querySelector("label")?.textContent ?? "",
      text: `${fold(item.querySelector("label")?.textContent ?? "")} ${(item.dataset.code ?? "").toLowerCase()}`,
    }));
    const list = new Intl.ListFormat(document.documentElement.lang || undefined, { type: "conjunction" });

    function filter() {
      const words = fold(input.value).split(/\s+/).filter(Boolean);
      let count = 0;
      for (const e of entries) {
        const match = words.every((w) => e.text.includes(w));
        e.item.hidden = !match;
        if (match) count++;
      }
      shown.textContent = words.length
        ? picker.dataset.shown.replace("{shown}", String(count)).replace("{total}", String(entries.length))
        : "";
    }

    function chosen() {
      const names = entries.filter((e) => e.box?.checked).map((e) => e.name);
      chosenLine.textContent = names.length
        ? picker.dataset.chosen.replace("{list}", list.format(names))
        : picker.dataset.none;
    }

    filterBox.hidden = false;
    input.addEventListener("input", filter);
    // Enter in the filter box would send the whole form: it only filters.
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") event.preventDefault();
    });
    picker.addEventListener("change", (event) => {
      if (event.target !== input) chosen();
    });
  }

  for (const picker of document.querySelectorAll("[data-country-picker]")) setUp(picker);
})();
