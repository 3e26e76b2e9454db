import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { SourceError } from './errors.js';
import { type DocumentLike, type PageMetadata, readMetadata } from './metadata.js';

/** An article as read from its page: the body as plain paragraphs, and what the page says about it. */
export interface ExtractedArticle extends PageMetadata {
  /** The page's URL (after redirects). */
  url: string;
  /** Main text, paragraphs separated by blank lines; captions, menus, related links and ads left out. */
  text: string;
}

/** Elements inside the main content that are furniture, not the story. */
const FURNITURE =
  'figure, figcaption, aside, nav, footer, form, button, script, style, noscript, template, iframe, amp-ad, amp-analytics, amp-social-share, amp-sidebar, [role="complementary"], [aria-hidden="true"], .caption, .related, .share, .social, .newsletter';

/** Elements whose text is one paragraph of the output. */
const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TR']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
  querySelectorAll?(selector: string): Iterable<NodeLike & { remove(): void }>;
}

/**
 * Reads a news page into its article: Mozilla's Readability (the Firefox Reader View algorithm) finds the
 * main content over a linkedom DOM, captions and other furniture left inside it are removed, and the
 * rest is rendered as plain paragraphs. Metadata comes from the untouched page. Throws `NO_ARTICLE` when
 * the page has no readable body.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const metadata = readMetadata(document as unknown as DocumentLike, pageUrl);
  // Readability rewrites the DOM it reads; metadata was taken before.
  const reader = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    serializer: (node: unknown) => node as NodeLike,
    charThreshold: 200,
  });
  const parsed = reader.parse();
  const content = parsed?.content as NodeLike | null | undefined;
  const text = content ? plainText(content) : '';
  if (!text.trim())
    throw new SourceError(
      'NO_ARTICLE',
      pageUrl,
      `No article text found at ${pageUrl}: is it a news article page?`,
    );
  const article: ExtractedArticle = { ...metadata, url: pageUrl, text };
  if (!article.title && parsed?.title) article.title = parsed.title.trim();
  if (!article.author && parsed?.byline) article.author = parsed.byline.trim();
  if (!article.outlet && parsed?.siteName) article.outlet = parsed.siteName.trim();
  return article;
}

/** Plain text of an HTML fragment (a feed item's content), with the same furniture rules as pages. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return plainText(document.body as unknown as NodeLike);
}

/** Paragraphs of an element's text, furniture removed, one blank line between paragraphs. */
function plainText(root: NodeLike): string {
  for (const element of [...(root.querySelectorAll?.(FURNITURE) ?? [])]) element.remove();
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const clean = current.replace(/\s+/g, ' ').trim();
    if (clean) paragraphs.push(clean);
    current = '';
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (node.nodeName.toUpperCase() === 'BR') current += '\n';
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block || node.nodeName.toUpperCase() === 'DIV' || node.nodeName.toUpperCase() === 'SECTION') flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
