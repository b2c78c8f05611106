import type { WxrItem } from "../../src/import/export/wxr.ts";

/**
 * A WordPress export item as `src/import/export/wxr.ts` reads it: a published post "Basra" of
 * 27 March 2008 at `http://old.example.org/2008/03/27/basra/`, with `fields` instead.
 */
export function wxrItem(fields: Partial<WxrItem> = {}): WxrItem {
  return {
    id: "1",
    title: "Basra",
    link: "http://old.example.org/2008/03/27/basra/",
    creator: "desk",
    content: "Text.",
    excerpt: "",
    postDate: "2008-03-27 10:00:00",
    postDateGmt: "2008-03-27 10:00:00",
    postName: "basra",
    status: "publish",
    postType: "post",
    terms: [],
    password: "",
    meta: new Map(),
    comments: 0,
    attachmentUrl: "",
    guid: "",
    parentId: "0",
    menuOrder: 0,
    ...fields,
  };
}
