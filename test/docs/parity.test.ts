// The docs are one site in two languages, page for page: a page in one
// language without its twin in the other fails here, as does a page missing
// from the sidebar list or a sidebar entry without its files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sections } from '../../docs/.vitepress/pages';

const DOCS = join(__dirname, '../../docs');
const PT = join(DOCS, 'pt-BR');

function markdownFiles(dir: string, skip: string[] = []): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (name.startsWith('.') || skip.includes(path)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

const english = markdownFiles(DOCS, [PT]);
const portuguese = markdownFiles(PT);

describe('docs in both languages', () => {
  test('every English page has a pt-BR twin, and every pt-BR page an English one', () => {
    expect(portuguese.filter((page) => !english.includes(page))).toEqual([]);
    expect(english.filter((page) => !portuguese.includes(page))).toEqual([]);
  });

  test('the sidebar lists exactly the pages that exist', () => {
    const listed = sections.flatMap((section) => section.pages.map((page) => page.path + '.md')).sort();
    expect(english.filter((page) => page !== 'index.md')).toEqual(listed);
  });

  test('twins have the same structure: the same number of headings, code blocks and live examples', () => {
    const shape = (file: string) => {
      const text = readFileSync(file, 'utf8');
      return {
        headings: (text.match(/^#{1,4} /gm) || []).length,
        codeBlocks: (text.match(/^```/gm) || []).length,
        liveExamples: (text.match(/<LiveExample>/g) || []).length,
        progressDemos: (text.match(/<ProgressDemo/g) || []).length,
      };
    };
    for (const page of english) {
      expect({ page, ...shape(join(PT, page)) }).toEqual({ page, ...shape(join(DOCS, page)) });
    }
  });
});
