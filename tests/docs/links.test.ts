// The documentation stays linked: README.md and docs/**/*.md have no broken relative link, image
// or #anchor, and every page under docs/ can be reached from README.md. The checker itself is
// tested on a small made-up tree, so a broken link is known to fail.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeProblem, headingIds, linkProblems, linksIn, markdownFiles, reachableFrom } from './links';

const ROOT = resolve(__dirname, '../..');

const docs = () => ['README.md', ...markdownFiles(ROOT, 'docs')];

describe('the documentation', () => {
  it('has no broken relative link, image or anchor', () => {
    expect(linkProblems(ROOT, docs()).map(describeProblem)).toEqual([]);
  });

  it('can reach every page under docs/ from README.md', () => {
    const reached = reachableFrom(ROOT, 'README.md');
    expect(markdownFiles(ROOT, 'docs').filter((page) => !reached.has(page))).toEqual([]);
  });

  it('shows the user guides with screenshots that exist', () => {
    const images = markdownFiles(ROOT, 'docs/gebruikers').flatMap((page) =>
      linksIn(page, readFileSync(join(ROOT, page), 'utf8')).filter((link) => link.target.endsWith('.png')),
    );
    expect(images.length).toBeGreaterThanOrEqual(8);
  });
});

describe('the link checker', () => {
  const root = mkdtempSync(join(tmpdir(), 'cter-docs-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  write('README.md', '# Top\n\nSee [the guide](docs/guide.md#first-steps) and ![a picture](docs/a.png).\n');
  write(
    'docs/guide.md',
    [
      '# Guide',
      '## First steps',
      '## Offline / air-gapped install',
      "## Administrator's _guide_ and `cter`",
      '## First steps',
      '```sh',
      '# not a heading, and [not](a-link.md)',
      '```',
      'Back to [top](../README.md#top), [here](#offline--air-gapped-install), `[code](nowhere.md)`,',
      '[out](https://example.org/x) and [mail](mailto:a@example.org).',
    ].join('\n'),
  );
  write('docs/a.png', 'png');
  write('docs/orphan.md', '# Nobody links here\n');

  it('gives headings the ids GitHub gives them', () => {
    expect([...headingIds(readFileSync(join(root, 'docs/guide.md'), 'utf8'))]).toEqual([
      'guide',
      'first-steps',
      'offline--air-gapped-install',
      'administrators-guide-and-cter',
      'first-steps-1',
    ]);
  });

  it('accepts existing files, images, anchors and external links, and skips code', () => {
    expect(linkProblems(root, ['README.md', 'docs/guide.md'])).toEqual([]);
  });

  it('reports a missing file, a missing image, a missing anchor and a way out of the repository', () => {
    write(
      'docs/broken.md',
      '[gone](gone.md) ![gone](missing.png) [anchor](guide.md#no-such-heading) [up](../../x.md)\n',
    );
    expect(linkProblems(root, ['docs/broken.md']).map(describeProblem)).toEqual([
      'docs/broken.md:1: (gone.md) docs/gone.md does not exist',
      'docs/broken.md:1: (missing.png) docs/missing.png does not exist',
      'docs/broken.md:1: (guide.md#no-such-heading) docs/guide.md has no heading #no-such-heading',
      'docs/broken.md:1: (../../x.md) points outside the repository',
    ]);
  });

  it('finds the pages that cannot be reached', () => {
    const reached = reachableFrom(root, 'README.md');
    expect(markdownFiles(root, 'docs').filter((page) => !reached.has(page))).toEqual([
      'docs/broken.md',
      'docs/orphan.md',
    ]);
  });
});
