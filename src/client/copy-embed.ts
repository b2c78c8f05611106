/**
 * The Copy button of a map's "Embed this map" snippet (`src/maps/reuse.ts`): shown once this
 * module runs, it copies the snippet with the asynchronous Clipboard API and says "Copied" in the
 * block's status line (`role="status"`, a polite live region, WAI-ARIA 1.2), or, where the
 * clipboard is refused, selects the snippet and says how to copy it by hand. Without
 * JavaScript the snippet is a read-only field a reader selects and copies.
 */

/** What the status line says after a copy, or when the clipboard is refused. */
export const copyMessages = {
  copied: "Copied",
  refused: "Selected: press Ctrl+C (⌘C on a Mac) to copy",
} as const;

/**
 * Turns on the Copy button of one embed block (`<details class="dispatch-map-reuse__embed">`):
 * its button (`data-copy-embed="<field id>"`) is shown and copies that field's text.
 */
export function enableCopy(block: Element): void {
  const button = block.querySelector<HTMLButtonElement>("button[data-copy-embed]");
  const status = block.querySelector<HTMLElement>("[data-copy-status]");
  const field = button ? document.getElementById(button.dataset.copyEmbed ?? "") : null;
  if (!button || !status || !(field instanceof HTMLTextAreaElement)) return;
  field.addEventListener("focus", () => field.select());
  const say = (message: string) => {
    // Emptied first, so that saying the same words again is announced again.
    status.textContent = "";
    requestAnimationFrame(() => (status.textContent = message));
  };
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(field.value).then(
      () => say(copyMessages.copied),
      () => {
        field.focus();
        field.select();
        say(copyMessages.refused);
      },
    );
  });
  button.hidden = false;
}
