import { createWriteStream } from 'node:fs';
import { copyFile, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RollupWithFigures } from './form.js';
import { unavailableError } from '../errors.js';
import { runTool } from '../digitisation/run-tool.js';
import { writeRollupDocx } from './docx.js';

/**
 * The roll-up as PDF: the DOCX converted by LibreOffice (`soffice --headless --convert-to pdf`), in
 * a scratch folder with its own LibreOffice profile (two conversions at once would otherwise fight
 * over the user's profile lock), then moved to `target`. Without LibreOffice: DP-TOOL-MISSING naming
 * the Debian package, before anything is written.
 */
export async function writeRollupPdf(r: RollupWithFigures, target: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'duphong-pdf-'));
  try {
    const docx = join(work, 'tong-hop.docx');
    await writeRollupDocx(r, createWriteStream(docx));
    const profile = pathToFileURL(join(work, 'profile')).href;
    const run = await runTool(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx],
      {
        env: { ...process.env, HOME: work },
      },
    );
    if (run.missing)
      throw unavailableError(
        'DP-TOOL-MISSING',
        'Cần LibreOffice để xuất PDF: cài gói Debian libreoffice-writer-nogui (sudo bash scripts/install-system-deps.sh), hoặc xuất DOCX.',
        'PDF needs LibreOffice: install the Debian package libreoffice-writer-nogui (sudo bash scripts/install-system-deps.sh), or export DOCX.',
      );
    if (run.code !== 0)
      throw unavailableError(
        'DP-PDF-CONVERSION',
        'LibreOffice không chuyển được tệp DOCX sang PDF.',
        `LibreOffice could not convert the DOCX to PDF: ${run.stderrTail.slice(-500)}`,
      );
    // The scratch folder may be on another file system (a tmpfs /tmp): rename, else copy.
    await rename(join(work, 'tong-hop.pdf'), target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error;
      await copyFile(join(work, 'tong-hop.pdf'), target);
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
