// Keyboard access to Material's navigation drawer (narrow screens, high zoom): its links
// are in the tab order even while the drawer is off screen, so the drawer opens when the
// focus enters it and closes when the focus moves on to the page.
(() => {
  const toggle = document.getElementById("__drawer");
  const drawer = document.querySelector(".md-sidebar--primary");
  if (!(toggle instanceof HTMLInputElement) || !drawer) return;
  const offScreen = window.matchMedia("(max-width: 76.234375em)");
  const open = (value) => {
    if (toggle.checked === value) return;
    toggle.checked = value;
    toggle.dispatchEvent(new Event("change"));
  };
  drawer.addEventListener("focusin", () => offScreen.matches && open(true));
  drawer.addEventListener("focusout", (event) => {
    const next = event.relatedTarget;
    if (offScreen.matches && next instanceof Node && !drawer.contains(next)) open(false);
  });
})();
