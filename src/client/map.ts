/**
 * The map loader, the only script a page with a map loads up front (a few hundred bytes): it
 * waits until a map figure nears the viewport, then loads Leaflet's stylesheet and the Leaflet
 * map module (`leaflet-map.ts`, a separate chunk) and draws the map over the static one. A map in
 * a closed `<details>` or any hidden container is drawn when it is shown. Until then, and where
 * JavaScript never runs, readers have the static map, the key and the list.
 */

/** How far outside the viewport a map starts loading, as an IntersectionObserver root margin. */
export const loadMargin = "300px";

let stylesheet: Promise<void> | undefined;

/** Adds Leaflet's stylesheet (served beside this module's folder) once, resolving when loaded. */
function loadLeafletStylesheet(): Promise<void> {
  stylesheet ??= new Promise((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("../leaflet/leaflet.css", import.meta.url).href;
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => reject(new Error(`could not load ${link.href}`)));
    document.head.append(link);
  });
  return stylesheet;
}

async function load(figure: HTMLElement): Promise<void> {
  // A dated map's time control is its own chunk, fetched beside Leaflet's, so an undated map
  // never loads it and a dated one draws faded from its first frame.
  const [{ drawMap }, , time] = await Promise.all([
    import("./leaflet-map.ts"),
    loadLeafletStylesheet(),
    figure.querySelector("script[data-map-timeline]") ? import("./time-control.ts") : undefined,
  ]);
  // Leaflet's start-up and the drawing run as two tasks, so that neither holds the page long
  // enough to delay a reader's tap or scroll.
  await new Promise((resolve) => setTimeout(resolve, 0));
  drawMap(figure, time?.addTimeControl);
}

/**
 * The class this loader sets on `<html>` when it runs: a dated map then shows its static map
 * until the live map is drawn. Where the loader never runs (no JavaScript, a sandboxed frame that
 * blocks the module, a blocked script), the small multiples stay (styles/site.css).
 */
export const loaderRanClass = "dispatch-map-loader";

/** The class of a figure whose live map could not be drawn: it shows its small multiples again. */
export const mapFailedClass = "dispatch-map--failed";

document.documentElement.classList.add(loaderRanClass);
const figures = document.querySelectorAll<HTMLElement>("[data-dispatch-map]");
if (figures.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const figure = entry.target as HTMLElement;
        load(figure).catch((error: unknown) => {
          figure.classList.add(mapFailedClass);
          console.error(error);
        });
      }
    },
    { rootMargin: loadMargin },
  );
  for (const figure of figures) observer.observe(figure);
}

// The embed snippet's Copy button (copy-embed.ts), loaded when a reader first opens the block.
for (const block of document.querySelectorAll(".dispatch-map-reuse__embed")) {
  block.addEventListener(
    "toggle",
    () => void import("./copy-embed.ts").then(({ enableCopy }) => enableCopy(block)),
    { once: true },
  );
}
