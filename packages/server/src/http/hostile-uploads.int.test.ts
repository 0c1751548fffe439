import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../testing/http-app.js';
import { asUser, startListeningApp, tus, uploadBytes, uploadMetadata, type ListeningApp } from '../testing/listening-app.js';

/*
 * HOSTILE TESTS (issue 9): the upload and intake endpoints under attack over a real socket —
 * sizes declared to fill the disk, a connection cut halfway, another user's upload id, names
 * that escape or confuse the staging folder, and SIP zips carrying symlinks, bombs, `..` entries
 * and XML external entities. Nothing may be stored that should not be, and every refusal has a code.
 */
const SIP_DIR = fileURLToPath(new URL('../../../../fixtures/tt05/sip-hoso-sample', import.meta.url));
const GB = 1_000_000_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** The sample SIP zipped again, with `change` applied to its entries (name → bytes, or extra entries). */
async function sipZip(change: (entries: Map<string, Buffer>) => void, options: { mode?: Record<string, number> } = {}): Promise<Buffer> {
  const entries = new Map<string, Buffer>();
  for (const f of filesUnder(SIP_DIR)) entries.set(f, readFileSync(join(SIP_DIR, f)));
  change(entries);
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name, { mode: options.mode?.[name] });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

/** Replace a same-length byte sequence everywhere (local and central headers both hold the name). */
function patch(buf: Buffer, from: string, to: string): Buffer {
  const a = Buffer.from(from);
  const b = Buffer.from(to);
  expect(b.length).toBe(a.length);
  for (let i = buf.indexOf(a); i >= 0; i = buf.indexOf(a, i + 1)) b.copy(buf, i);
  return buf;
}

describe('hostile: uploads and HTTP intake', () => {
  let t: ListeningApp;
  const post = async (path: string, body: unknown, user = 'an') => {
    const res = await fetch(`${t.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asUser(user) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const create = (length: number | string, filename = 'goi.zip', user = 'an') =>
    fetch(`${t.base}/api/uploads/`, {
      method: 'POST',
      headers: tus(user, { 'Upload-Length': String(length), 'Upload-Metadata': uploadMetadata(filename) }),
    });
  const uploadsOnDisk = () => (existsSync(join(t.home, 'uploads')) ? readdirSync(join(t.home, 'uploads')) : []);

  beforeAll(async () => {
    t = await startListeningApp('duphong-hostile-uploads-', (ctx) => {
      // A site that caps one upload at 5 GB, with a total larger than any disk this test runs on.
      ctx.config.uploads.maxBytes = 5 * GB;
      ctx.config.uploads.maxTotalBytes = 10_000_000 * GB;
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a 10 GB Upload-Length over the limit is refused with 413 before any byte is stored', async () => {
    const before = uploadsOnDisk();
    const res = await create(10 * GB);
    const body = (await res.json()) as Json;
    expect([res.status, body.error.code]).toEqual([413, 'DP-UPLOAD-TOO-LARGE']);
    expect(body.error.message).toMatch(/vượt giới hạn/);
    expect(uploadsOnDisk()).toEqual(before);
    for (const bad of ['-1', '1e12', '99999999999999999999', 'abc', '']) expect((await create(bad)).status, bad).toBe(400);
  });

  it('a declared length the staging disk cannot hold is refused with 413, whatever the configured limits', async () => {
    t.ctx.config.uploads.maxBytes = 10_000_000 * GB;
    try {
      const before = uploadsOnDisk();
      const res = await create(5_000_000 * GB); // 5 EB: more than any disk has free
      const body = (await res.json()) as Json;
      expect([res.status, body.error.code]).toEqual([413, 'DP-UPLOAD-NO-SPACE']);
      expect(body.error.message).toMatch(/còn trống/);
      expect(uploadsOnDisk()).toEqual(before);
    } finally {
      t.ctx.config.uploads.maxBytes = 5 * GB;
    }
  });

  it('uploads created all at once cannot together reserve more than the total allowed', async () => {
    const before = uploadsOnDisk().length;
    t.ctx.config.uploads.maxTotalBytes = 10_000_000;
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => create(6_000_000, `song-song-${i}.zip`)));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 413, 413, 413, 413, 413]);
      for (const a of answers) if (a.status === 413) expect(((await a.json()) as Json).error.code).toBe('DP-UPLOAD-QUOTA');
      expect(uploadsOnDisk().length).toBe(before + 2); // one record and its data file
      const made = answers.find((a) => a.status === 201)!;
      await fetch(`${t.base}${made.headers.get('location')}`, { method: 'DELETE', headers: tus('an') });
    } finally {
      t.ctx.config.uploads.maxTotalBytes = 10_000_000 * GB;
    }
  });

  it('an upload cut off halfway and resumed is byte-identical; another user cannot see or touch it', async () => {
    const bytes = randomBytes(3_000_000);
    const created = await create(bytes.length, 'bản quét.tif');
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    const id = location.slice(location.lastIndexOf('/') + 1);
    // Send the first MB and drop the connection.
    await new Promise<void>((resolve) => {
      const url = new URL(`${t.base}${location}`);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'PATCH',
          headers: tus('an', {
            'Upload-Offset': '0',
            'Content-Type': 'application/offset+octet-stream',
            'Content-Length': String(bytes.length),
          }),
        },
        () => resolve(),
      );
      req.on('error', () => resolve());
      req.write(bytes.subarray(0, 1_000_000), () => {
        req.destroy();
        resolve();
      });
    });
    // Resume from wherever the server says it stands (retrying while it is still closing the cut connection).
    for (let attempt = 0; ; attempt++) {
      expect(attempt).toBeLessThan(500);
      const head = await fetch(`${t.base}${location}`, { method: 'HEAD', headers: tus('an') });
      const offset = Number(head.headers.get('upload-offset'));
      const patchRes = await fetch(`${t.base}${location}`, {
        method: 'PATCH',
        headers: tus('an', { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }),
        body: bytes.subarray(offset),
      });
      if (patchRes.status === 204) break;
      expect(patchRes.status).toBe(409); // busy or moved on: ask again
      await new Promise((r) => setTimeout(r, 20));
    }
    const stored = readFileSync(join(t.home, 'uploads', `${id}.bin`));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));

    // binh: the upload does not exist, for every method and for intake.
    expect((await fetch(`${t.base}${location}`, { headers: tus('binh') })).status).toBe(404);
    expect((await fetch(`${t.base}${location}`, { method: 'HEAD', headers: tus('binh') })).status).toBe(404);
    const foreignPatch = await fetch(`${t.base}${location}`, {
      method: 'PATCH',
      headers: tus('binh', { 'Upload-Offset': String(bytes.length), 'Content-Type': 'application/offset+octet-stream' }),
      body: Buffer.from('x'),
    });
    expect(foreignPatch.status).toBe(404);
    expect((await fetch(`${t.base}${location}`, { method: 'DELETE', headers: tus('binh') })).status).toBe(404);
    expect((await post('/api/intake/preview', { uploads: [id], kind: 'scans', fileCode: 'HS.X' }, 'binh')).status).toBe(404);
    // Path tricks in the id itself.
    for (const bad of ['..%2F..%2Fconfig.json', `${id}.json`, '%2e%2e'])
      expect((await fetch(`${t.base}/api/uploads/${bad}`, { headers: tus('an') })).status, bad).toBe(404);
    expect(readFileSync(join(t.home, 'uploads', `${id}.bin`)).length).toBe(bytes.length);
  });

  it('names that escape or confuse the staging folder are refused; an NFD name is stored NFC', async () => {
    const refused = [
      '../../etc/passwd',
      '/etc/passwd',
      'a\u0000b.zip',
      'C:\\Windows\\x.zip',
      '..',
      'CON',
      'con.zip',
      'NUL.txt',
      'AUX',
      'COM1.tif',
      'lpt9.pdf',
      'tệp cuối.',
      'tệp cuối ',
    ];
    for (const name of refused) {
      const res = await create(10, name);
      const body = (await res.json()) as Json;
      expect([res.status, body.error?.code], JSON.stringify(name)).toEqual([400, 'DP-UPLOAD-BAD-NAME']);
    }
    const nfd = 'Biên bản bàn giao.pdf'.normalize('NFD');
    const ok = await create(3, nfd);
    expect(ok.status).toBe(201);
    const state = (await ok.json()) as Json;
    expect(state.filename).toBe('Biên bản bàn giao.pdf'.normalize('NFC'));
    expect(state.filename).not.toBe(nfd);
  });

  it('SIP zips with a symlink, a `..` entry, a zip bomb or an XML external entity are refused, nothing stored', async () => {
    const top = filesUnder(SIP_DIR)[0]!.split('/')[0]!;
    const mets = `${top}/METS.xml`;
    const cases: Array<[string, Buffer, string]> = [
      [
        'symlink',
        await sipZip((e) => e.set(`${top}/representations/rep1/data/lienket.pdf`, Buffer.from('/etc/passwd')), {
          mode: { [`${top}/representations/rep1/data/lienket.pdf`]: 0o120777 },
        }),
        'DP-PKG-LINK',
      ],
      [
        'dot-dot',
        patch(await sipZip((e) => e.set(`${top}/XX/evil.txt`, Buffer.from('x'))), `${top}/XX/evil.txt`, `${top}/../evil.txt`),
        'DP-PKG-PATH-TRAVERSAL',
      ],
      ['bomb', await sipZip((e) => e.set(`${top}/representations/rep1/data/bom.pdf`, Buffer.alloc(50_000_000))), 'DP-PKG-BOMB-RATIO'],
      [
        'xxe',
        await sipZip((e) => {
          const text = readFileSync(join(SIP_DIR, mets), 'utf8');
          const withDoctype = text.replace('?>', '?>\n<!DOCTYPE mets [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>');
          expect(withDoctype).not.toBe(text);
          e.set(mets, Buffer.from(withDoctype));
        }),
        'DP-XML-DOCTYPE',
      ],
      [
        'xxe-ead',
        await sipZip((e) => {
          const ead = `${top}/metadata/descriptive/EAD.xml`;
          const laughs = '<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">';
          const text = readFileSync(join(SIP_DIR, ead), 'utf8');
          const withDoctype = text.replace('?>', `?>\n<!DOCTYPE simpledc [${laughs}<!ENTITY x SYSTEM "file:///etc/passwd">]>`);
          expect(withDoctype).not.toBe(text);
          e.set(ead, Buffer.from(withDoctype.replace('<title>', '<title>&x;&c;')));
        }),
        'DP-XML-DOCTYPE',
      ],
    ];
    for (const [what, zip, code] of cases) {
      const objects = await t.ctx.catalogue.listObjects();
      const id = await uploadBytes(t.base, 'an', `${what}.zip`, zip);
      const preview = await post('/api/intake/preview', { uploads: [id], kind: 'sip' });
      expect(preview.status, what).toBeGreaterThanOrEqual(400);
      expect(preview.status, what).toBeLessThan(500);
      expect(JSON.stringify(preview.body), what).toContain(code);
      expect(JSON.stringify(preview.body), what).not.toContain('root:x:0');
      const started = await post('/api/intake', { uploads: [id], kind: 'sip' });
      expect(started.status, what).toBe(preview.status);
      expect(await t.ctx.catalogue.listObjects(), what).toEqual(objects);
      expect(existsSync(join(t.home, 'evil.txt'))).toBe(false);
    }
  });
});
