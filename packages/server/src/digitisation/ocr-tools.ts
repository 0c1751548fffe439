import { unavailableError } from '../errors.js';
import { runTool } from './run-tool.js';

/** The system programs two-layer PDF/A with OCR needs, as found on this machine (null: not found). */
export interface OcrTools {
  /** `ocrmypdf --version`, e.g. 14.0.1+dfsg1. */
  ocrmypdf: string | null;
  /** e.g. 5.3.0. */
  tesseract: string | null;
  /** Tesseract's installed language data (`tesseract --list-langs`). */
  languages: string[];
  /** The Vietnamese data (`vie`) is among them. */
  vie: boolean;
  /** The Python interpreter that can import img2pdf (ocrmypdf's own, /usr/bin/python3 on Debian). */
  python: string | null;
  /** img2pdf's version, e.g. 0.4.4. */
  img2pdf: string | null;
  /** `gs --version`, e.g. 10.00.0. */
  ghostscript: string | null;
  /** poppler's pdfinfo (reads the output's XMP and page count back), e.g. 22.02.0. */
  pdfinfo: string | null;
}

export interface DetectOptions {
  /** Environment the tools run in (its PATH decides what is found); default process.env, cached. */
  env?: NodeJS.ProcessEnv;
}

// Debian's ocrmypdf runs under /usr/bin/python3 (a pyenv or venv python3 on PATH may lack img2pdf).
const PYTHONS = ['/usr/bin/python3', 'python3'];

let cached: Promise<OcrTools> | undefined;

/** Find the tools once per process (with the default environment); a custom `env` is never cached. */
export function detectOcrTools(options: DetectOptions = {}): Promise<OcrTools> {
  if (options.env) return detect(options.env);
  cached ??= detect(process.env);
  return cached;
}

async function detect(env: NodeJS.ProcessEnv): Promise<OcrTools> {
  const run = async (command: string, args: string[]) => {
    const r = await runTool(command, args, { env });
    return r.code === 0 ? `${r.stdout}\n${r.stderrTail}` : null;
  };
  const [ocrmypdf, tesseract, langs, ghostscript, pdfinfo, python] = await Promise.all([
    run('ocrmypdf', ['--version']),
    run('tesseract', ['--version']),
    run('tesseract', ['--list-langs']),
    run('gs', ['--version']),
    run('pdfinfo', ['-v']),
    findImg2pdf(env),
  ]);
  const languages = (langs ?? '')
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => /^[A-Za-z_]+$/.test(l));
  return {
    ocrmypdf: ocrmypdf?.trim().split('\n')[0]?.trim() || null,
    tesseract: tesseract ? (/tesseract v?(\S+)/.exec(tesseract)?.[1] ?? null) : null,
    languages,
    vie: languages.includes('vie'),
    python: python?.python ?? null,
    img2pdf: python?.version ?? null,
    ghostscript: ghostscript?.trim().split('\n')[0]?.trim() || null,
    pdfinfo: pdfinfo ? (/version (\S+)/.exec(pdfinfo)?.[1] ?? null) : null,
  };
}

async function findImg2pdf(env: NodeJS.ProcessEnv): Promise<{ python: string; version: string } | null> {
  for (const python of PYTHONS) {
    const r = await runTool(python, ['-c', 'import img2pdf; print(img2pdf.__version__)'], { env });
    if (r.code === 0) return { python, version: r.stdout.trim() };
  }
  return null;
}

/** Debian packages that would supply what is missing for OCR in `language` ('vie', 'vie+eng'). */
export function missingPackages(tools: OcrTools, language = 'vie'): string[] {
  const need: string[] = [];
  if (!tools.ocrmypdf) need.push('ocrmypdf');
  if (!tools.tesseract) need.push('tesseract-ocr');
  // 'vie+eng': Tesseract's way of asking for several languages
  for (const lang of language.split('+')) if (!tools.languages.includes(lang)) need.push(`tesseract-ocr-${lang}`);
  if (!tools.img2pdf) need.push('python3-img2pdf');
  if (!tools.ghostscript) need.push('ghostscript');
  if (!tools.pdfinfo) need.push('poppler-utils');
  return need;
}

/** Every tool found. */
export type CompleteOcrTools = { [K in keyof OcrTools]: NonNullable<OcrTools[K]> };

/** The complete tool set, or DP-OCR-TOOLS-MISSING saying exactly what to install. */
export async function requireOcrTools(language = 'vie', options: DetectOptions = {}): Promise<CompleteOcrTools> {
  const tools = await detectOcrTools(options);
  const need = missingPackages(tools, language);
  if (need.length > 0) {
    const list = need.join(' ');
    throw unavailableError(
      'DP-OCR-TOOLS-MISSING',
      `Máy chủ thiếu công cụ để chuyển ảnh quét sang PDF/A có lớp chữ nhận dạng (OCR): cần cài các gói ${list}. ` +
        `Trên Debian/Ubuntu: sudo apt-get install ${list} (hoặc sudo bash scripts/install-system-deps.sh).`,
      `The server lacks the tools to make PDF/A with an OCR text layer: install ${list}. ` +
        `On Debian/Ubuntu: sudo apt-get install ${list} (or sudo bash scripts/install-system-deps.sh).`,
    );
  }
  return tools as CompleteOcrTools;
}
