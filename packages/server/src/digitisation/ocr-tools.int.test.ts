import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuphongError } from '../errors.js';
import { detectOcrTools, requireOcrTools } from './ocr-tools.js';

describe('OCR tools', () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(join(tmpdir(), 'dp-ocr-nopath-'));
  });
  afterAll(() => rm(empty, { recursive: true, force: true }));

  it('finds ocrmypdf, tesseract with Vietnamese, img2pdf, Ghostscript and pdfinfo here', async () => {
    const tools = await requireOcrTools('vie');
    expect(tools.ocrmypdf).toMatch(/^\d+\.\d+/);
    expect(tools.tesseract).toMatch(/^\d+\.\d+/);
    expect(tools.vie).toBe(true);
    expect(tools.img2pdf).toMatch(/^\d+\.\d+/);
    expect(tools.ghostscript).toMatch(/^\d+\.\d+/);
    expect(tools.pdfinfo).toMatch(/^\d+\.\d+/);
    expect(await detectOcrTools()).toBe(await detectOcrTools()); // cached per process
  });

  it('says in Vietnamese exactly what to install when PATH has none of them', async () => {
    const env = { ...process.env, PATH: empty };
    const tools = await detectOcrTools({ env });
    expect(tools.ocrmypdf).toBeNull();
    expect(tools.vie).toBe(false);
    const error = await requireOcrTools('vie', { env }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DuphongError);
    const e = error as DuphongError;
    expect(e.code).toBe('DP-OCR-TOOLS-MISSING');
    expect(e.kind).toBe('unavailable');
    expect(e.vi).toContain('sudo apt-get install ocrmypdf tesseract-ocr tesseract-ocr-vie');
    expect(e.vi).toContain('ghostscript');
    expect(e.vi).toContain('poppler-utils');
    expect(e.vi).toContain('sudo bash scripts/install-system-deps.sh');
    expect(e.vi).toContain('Máy chủ thiếu công cụ');
    expect(e.en).toContain('install');
  });

  it('asks for the language data of another language that is not installed', async () => {
    await expect(requireOcrTools('vie+eng')).resolves.toMatchObject({ vie: true });
    await expect(requireOcrTools('vie+khm')).rejects.toMatchObject({
      vi: expect.stringContaining('sudo apt-get install tesseract-ocr-khm'),
    });
    await expect(requireOcrTools('khm')).rejects.toMatchObject({
      code: 'DP-OCR-TOOLS-MISSING',
      vi: expect.stringContaining('tesseract-ocr-khm'),
    });
  });
});
