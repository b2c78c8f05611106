/**
 * Which items of a WordPress export become posts: published posts (and, with `drafts`, drafts,
 * pending, private and password-protected ones, as drafts), each with its title and date. Pages,
 * attachments, menu items, reusable blocks, trash and items without a date are skipped, each with
 * why. Two items with one `wp:post_id` (an export merged by hand) are both imported.
 */
import { plainText } from "../../shared/plain-text.ts";
import type { WxrItem } from "../export/wxr.ts";
import { wordpressDate } from "./dates.ts";

/** An item that does not become a post, and why: `page`, `attachment`, `draft`, `trash`… */
export interface SkippedItem {
  id: string;
  title: string;
  reason: string;
}

/** An item that becomes a post. */
export interface ChosenItem {
  /** The item; a later one with the id of an earlier one has the id `<id>#2`, `#3`… */
  item: WxrItem;
  /** Its title as text, or `Untitled (WordPress post N)`. */
  title: string;
  /** Its date, ISO 8601 ({@link wordpressDate}). */
  date: string;
  draft: boolean;
  /** For an item whose id an earlier item has: that id and that item's title. */
  duplicateOf?: { id: string; title: string };
}

const draftStatuses = new Set(["draft", "pending", "private"]);

/** Why an item that is a post is skipped, or undefined when it is imported. */
function skipReason(item: WxrItem, drafts: boolean): string | undefined {
  // A password-protected post was never public: it is imported as a draft, like a private one.
  const draft = draftStatuses.has(item.status) || item.password !== "";
  const published = item.status === "publish" || item.status === "future";
  if ((published || draftStatuses.has(item.status)) && (!draft || drafts)) return undefined;
  if (published && item.password !== "") return "password-protected";
  if (item.status === "private") return "private";
  return draft ? "draft" : item.status || "no status";
}

/**
 * Gives the later items of one `wp:post_id` the ids `<id>#2`, `<id>#3`…, so the manifest keeps
 * one entry for each, and says which item each repeats.
 */
function distinctIds(chosen: ChosenItem[]): void {
  const idCount = new Map<string, number>();
  for (const entry of chosen) {
    const count = (idCount.get(entry.item.id) ?? 0) + 1;
    idCount.set(entry.item.id, count);
    if (count > 1) {
      const first = chosen.find((other) => other.item.id === entry.item.id) as ChosenItem;
      entry.duplicateOf = { id: entry.item.id, title: first.title };
      entry.item = { ...entry.item, id: `${entry.item.id}#${count}` };
    }
  }
}

/**
 * Chooses the items that become posts.
 * @param items the export's items, in order
 * @param drafts import drafts (`draft`, `pending`, `private`, password-protected) too
 * @returns the items imported, in export order, and those skipped, each with why
 */
export function chooseItems(
  items: readonly WxrItem[],
  drafts: boolean,
): { chosen: ChosenItem[]; skipped: SkippedItem[] } {
  const chosen: ChosenItem[] = [];
  const skipped: SkippedItem[] = [];
  for (const item of items) {
    const title = plainText(item.title) || `Untitled (WordPress post ${item.id})`;
    const skip = (reason: string) => skipped.push({ id: item.id, title, reason });
    if (item.postType !== "post") {
      // A reusable block is put into the posts that use it.
      skip(item.postType === "wp_block" ? "reusable block" : item.postType || "no post type");
      continue;
    }
    const reason = skipReason(item, drafts);
    if (reason) {
      skip(reason);
      continue;
    }
    const date = wordpressDate(item.postDate, item.postDateGmt);
    if (!date) {
      skip("no date");
      continue;
    }
    const draft = draftStatuses.has(item.status) || item.password !== "";
    chosen.push({ item, title, date, draft });
  }
  distinctIds(chosen);
  return { chosen, skipped };
}
