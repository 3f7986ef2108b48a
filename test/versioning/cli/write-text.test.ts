/**
 * The CLI writes reports through one small buffer (cli/io.ts `writeText`): the same bytes as Node's
 * own UTF-8 writing.
 */
import { expect } from 'chai';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeText } from '../../../versioning/cli/io.ts';

describe('cli: writeText', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ck-write-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const written = (text: string): Buffer => {
    const file = path.join(dir, 'out');
    const fd = openSync(file, 'w');
    try {
      writeText(fd, text);
    } finally {
      closeSync(fd);
    }
    return readFileSync(file);
  };

  it('writes short and empty texts as UTF-8', () => {
    for (const text of ['', 'a', 'é€😀', '{\n  "a": 1\n}\n'])
      expect(written(text).equals(Buffer.from(text, 'utf8'))).to.equal(true);
  });

  it('writes a text of many pieces byte for byte, surrogate pairs across every piece boundary', () => {
    // Pieces of 65,536 code units: pairs placed so that one straddles each boundary, at both offsets.
    const unit = 'x'.repeat(65_535) + '😀' + 'é€ ' + 'y'.repeat(65_533) + '😀😀';
    const text = unit.repeat(5) + 'z\u{10FFFF}\uD800 tail';
    expect(text.length).to.be.above(5 * 65_536);
    expect(written(text).equals(Buffer.from(text, 'utf8'))).to.equal(true);
  });
});
