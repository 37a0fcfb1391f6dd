import fs from 'node:fs';
import path from 'node:path';

/**
 * `pages/no-cross-page-imports`: a page of the web app never imports another page.
 *
 * A page is a folder under web/src/pages holding a `Page.tsx` (the route's component); everything
 * below it belongs to it, up to the next folder with a `Page.tsx` of its own (sign-in/error is a
 * page inside sign-in). A file may import from its own page, and from web/src/components,
 * web/src/features and web/src/app, never from another page: what two pages share moves to
 * components/ (small parts) or features/<name>/ (a piece of one domain several pages show). Only
 * web/src/app (the router and the shell) imports pages.
 */

const webSrc = path.resolve(import.meta.dirname, '../../web/src');
const pagesRoot = path.join(webSrc, 'pages');
const appRoot = path.join(webSrc, 'app');

const isInside = (file, dir) => file.startsWith(dir + path.sep);

const pageFolders = new Map();
function isPageFolder(dir) {
  if (!pageFolders.has(dir)) pageFolders.set(dir, fs.existsSync(path.join(dir, 'Page.tsx')));
  return pageFolders.get(dir);
}

/** The page folder a file or folder belongs to, or null outside web/src/pages. */
function pageOf(target) {
  const isDir = fs.existsSync(target) && fs.statSync(target).isDirectory();
  let dir = isDir ? target : path.dirname(target);
  while (isInside(dir, pagesRoot)) {
    if (isPageFolder(dir)) return dir;
    dir = path.dirname(dir);
  }
  return null;
}

const shown = (dir) => path.relative(webSrc, dir).split(path.sep).join('/');

const noCrossPageImports = {
  meta: {
    type: 'problem',
    docs: { description: 'A page of the web app does not import another page.' },
    schema: [],
    messages: {
      crossPage:
        "The page {{from}} imports '{{source}}' from the page {{to}}: pages do not import other pages. Move what both need to web/src/components/ or a feature folder (web/src/features/<name>/).",
      outsidePages:
        "'{{source}}' is part of the page {{to}}: only web/src/app (the router) imports pages. Move what is shared to web/src/components/ or web/src/features/<name>/.",
    },
  },
  create(context) {
    const file = path.resolve(context.filename);
    if (!isInside(file, webSrc) || isInside(file, appRoot)) return {};
    const fromPage = pageOf(file);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const toPage = pageOf(path.resolve(path.dirname(file), source));
      if (toPage === null || toPage === fromPage) return;
      context.report({
        node: node.source,
        messageId: fromPage === null ? 'outsidePages' : 'crossPage',
        data: { source, to: shown(toPage), from: fromPage === null ? '' : shown(fromPage) },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'no-cross-page-imports': noCrossPageImports } };
