// The search box in Material's header, served by Pagefind (site/_pagefind/, built by generator/site/search.py).
// Pagefind loads on the reader's first move towards the box (hover, focus, the header's button), so that the
// first result does not wait for it; each word typed fetches only its part of the index, and a result its
// own small fragment (the results are shown one by one as their fragments come). Keys as in Material: "/" or "s" opens the search, arrows move through the results,
// Enter opens the first, Escape closes.
(() => {
  const root = document.querySelector("[data-briefings-search]");
  const toggle = document.getElementById("__search");
  if (!(root instanceof HTMLElement) || !(toggle instanceof HTMLInputElement)) return;
  const form = root.querySelector("form");
  const input = root.querySelector(".md-search__input");
  const list = root.querySelector(".md-search-result__list");
  const count = root.querySelector(".briefings-search__count");
  const filterBox = root.querySelector(".briefings-search__filters");
  const selects = [...root.querySelectorAll(".briefings-search__filters select")];
  const script = new URL(root.dataset.briefingsSearch, location.href);
  const siteRoot = new URL("../", script);
  const SHOWN = 10;  // results rendered; each fetches its fragment
  const KINDS = {briefing: "Briefing", actor: "Actor", topic: "Topic", page: "Page"};
  const initial = count.textContent;
  let loading = null;
  let filtering = null;
  let ticket = 0;
  let timer = 0;

  const load = () => loading ??= import(new URL("_pagefind/pagefind.js", siteRoot).href).then(async (pagefind) => {
    await pagefind.options({baseUrl: siteRoot.pathname, excerptLength: 20});
    await pagefind.init();
    return pagefind;
  });

  const chosen = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));

  // Pagefind's excerpt is HTML with the words found in <mark>: kept as text and marks, nothing else.
  const excerpt = (html) => {
    const parsed = document.createElement("template");
    parsed.innerHTML = html;
    const paragraph = document.createElement("p");
    for (const node of parsed.content.childNodes) {
      if (node.nodeName === "MARK") paragraph.append(Object.assign(document.createElement("mark"), {textContent: node.textContent}));
      else paragraph.append(node.textContent ?? "");
    }
    return paragraph;
  };

  const item = (data) => {
    const link = Object.assign(document.createElement("a"), {href: data.url, className: "md-search-result__link"});
    const article = Object.assign(document.createElement("article"), {className: "md-search-result__article md-typeset"});
    const kind = data.meta.kind in KINDS ? data.meta.kind : "page";
    const label = Object.assign(document.createElement("span"), {className: `briefings-search__kind briefings-search__kind--${kind}`});
    label.textContent = data.meta.date ? `${KINDS[kind]} · ${data.meta.date}` : KINDS[kind];
    const title = Object.assign(document.createElement("h1"), {textContent: data.meta.title || data.url});
    article.append(label, title, excerpt(data.excerpt));
    link.append(article);
    const entry = Object.assign(document.createElement("li"), {className: "md-search-result__item"});
    entry.append(link);
    return entry;
  };

  const offer = (select, counts) => {
    const keep = select.value;
    const values = Object.keys(counts || {}).sort((a, b) => select.name === "year" ? b.localeCompare(a) : a.localeCompare(b));
    const options = values.map((value) => new Option(`${KINDS[value] ?? value} (${counts[value]})`, value));
    select.replaceChildren(new Option("all", ""), ...options);
    select.value = values.includes(keep) ? keep : "";
  };

  // While a search is under way its list says so (aria-busy): results come one by one (see below).
  const search = async () => {
    const mine = ++ticket;
    const words = input.value.trim();
    if (!words) {
      list.replaceChildren();
      list.removeAttribute("aria-busy");
      count.textContent = initial;
      filterBox.hidden = true;
      return;
    }
    list.setAttribute("aria-busy", "true");
    const pagefind = await load();
    const found = await pagefind.search(words, {filters: chosen()});
    if (mine !== ticket) return;
    // Each result shown needs its fragment: all are asked for at once, and each result is shown, in order, as
    // soon as its own and those before it have come, so the first does not wait for the tenth.
    const pending = (found?.results ?? []).slice(0, SHOWN).map((result) => result.data());
    const first = pending.length ? await pending[0] : null;
    if (mine !== ticket) return;
    const total = found?.results.length ?? 0;
    count.textContent = total === 0 ? "No matching documents" : total === 1 ? "1 matching document"
      : total > SHOWN ? `${total} matching documents, the first ${SHOWN} shown` : `${total} matching documents`;
    list.replaceChildren(...(first ? [item(first)] : []));
    for (const next of pending.slice(1)) {
      const data = await next;
      if (mine !== ticket) return;
      list.append(item(data));
    }
    list.removeAttribute("aria-busy");
    if (!found) return;
    // The filters' own files load after the first results, not before them; once loaded, each search counts.
    const counts = Object.keys(found.totalFilters ?? {}).length ? found.totalFilters : await (filtering ??= pagefind.filters());
    if (mine !== ticket) return;
    for (const select of selects) offer(select, counts[select.name]);
    filterBox.hidden = false;
  };

  const open = (value) => {
    if (toggle.checked === value) return;
    toggle.checked = value;
    toggle.dispatchEvent(new Event("change"));
  };
  const results = () => [...list.querySelectorAll("a.md-search-result__link")];

  // Warm up on the way to the box: the script, its WebAssembly and the index's first file.
  for (const event of ["pointerenter", "focusin", "touchstart"]) root.addEventListener(event, () => load(), {once: true, passive: true});
  document.querySelector("label[for='__search'].md-header__button")?.addEventListener("pointerdown", () => load(), {once: true});
  input.addEventListener("focus", () => open(true));
  // Closed when the focus moves on to the page (the Tab key), as Material's search does.
  root.addEventListener("focusout", (event) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !root.contains(next)) open(false);
  });
  toggle.addEventListener("change", () => {
    if (toggle.checked && document.activeElement !== input) requestAnimationFrame(() => input.focus());
  });
  input.addEventListener("input", () => {
    const words = input.value.trim();
    if (words) load().then((pagefind) => pagefind.preload(words, {filters: chosen()}));
    clearTimeout(timer);
    timer = setTimeout(search, 60);
  });
  for (const select of selects) select.addEventListener("change", search);
  form.addEventListener("reset", () => setTimeout(() => { search(); input.focus(); }));
  form.addEventListener("submit", (event) => event.preventDefault());

  root.addEventListener("keydown", (event) => {
    const links = results();
    const at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      open(false);
      input.blur();
    } else if (event.key === "Enter" && document.activeElement === input && links.length) {
      event.preventDefault();
      links[0].click();
    } else if (event.key === "ArrowDown" && links.length && (at >= 0 || document.activeElement === input)) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : links[at - 1]).focus();
    }
  });

  document.addEventListener("keydown", (event) => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing || event.ctrlKey || event.metaKey || event.altKey || !["/", "s", "S", "f", "F"].includes(event.key)) return;
    event.preventDefault();
    open(true);
    input.focus();
  });
})();
