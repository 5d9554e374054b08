/**
 * The title of an HTML page, from the places a page states it: og:title, the first <h1>,
 * <title>, and, for article bodies cut out of a page (Readability output), the lead image's alt
 * text. Site names after a separator (`…_新浪网`, `… | 腾讯科技`) are cut off.
 */
import { Parser } from 'htmlparser2';

/** `标题_新浪网`, `标题 - 腾讯网`, `标题|凤凰资讯`: the site's part follows the last separator. */
const SITE_SUFFIX = /\s*(?:[_|｜]|\s[-–—]\s)\s*[^_|｜]{1,20}$/u;
const HAN = /\p{Script=Han}/gu;
/** An alt text is a title only when it reads as one: several Chinese characters, not a file name. */
const MIN_ALT_HAN = 8;

const hanCount = (text: string): number => text.match(HAN)?.length ?? 0;

function clean(title: string): string {
  let t = title.replace(/\s+/gu, ' ').trim();
  // Cut repeatedly: `标题_频道_新浪网`.
  for (let i = 0; i < 3 && SITE_SUFFIX.test(t); i++) {
    const cut = t.replace(SITE_SUFFIX, '').trim();
    if (hanCount(cut) < 2) break;
    t = cut;
  }
  return t;
}

/** The page's title, or null when it states none. */
export function htmlTitle(html: string): string | null {
  const found: { og?: string; title?: string; h1?: string; alt?: string } = {};
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta' && (attrs.property === 'og:title' || attrs.name === 'og:title') && attrs.content) found.og ??= attrs.content;
        if (name === 'title') inTitle = true;
        if (name === 'h1' && found.h1 === undefined) inH1 = true;
        if (name === 'img' && found.alt === undefined && hanCount(attrs.alt ?? '') >= MIN_ALT_HAN) found.alt = attrs.alt;
      },
      ontext(text) {
        if (inTitle) title += text;
        if (inH1) h1 += text;
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          found.title ??= title;
        }
        if (name === 'h1' && inH1) {
          inH1 = false;
          found.h1 = h1;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  // The article's own headline (og:title, <h1>) before the window title, which carries the site.
  for (const candidate of [found.og, found.h1, found.title, found.alt]) {
    const t = candidate && clean(candidate);
    if (t && hanCount(t) > 0) return t;
  }
  return null;
}
