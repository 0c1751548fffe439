import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { requestError } from '../errors.js';
import { abortedError } from './ocrmypdf-errors.js';
import { badPdfError, tail } from './pdf-info.js';
import { runTool, type RunToolOptions } from './run-tool.js';

/*
 * Scans → one PDF, the input of ocrmypdf, without lossy re-encoding: JPEG and JPEG 2000 embedded as
 * they are, PNG and TIFF pixels Flate-compressed (img2pdf, as the national sample made them).
 *
 * img2pdf builds the whole PDF in memory: a 2.09 GB 80-page TIFF took 4.3 GB of RAM (and joining
 * one-page PDFs with pikepdf still 1.1 GB: qpdf holds copied streams). Above `pagewiseAbove` bytes
 * the PDF is written page by page instead: 170 MB for the same TIFF, as for one of 20 pages —
 * and ocrmypdf itself then stays under 200 MB (docs/digitisation-ocr.md).
 */

/** Scans of a document above this many bytes take the page-by-page path. */
export const PAGEWISE_ABOVE = 256 * 1024 * 1024;

/**
 * Does each image say its density? Asked of Pillow, as img2pdf reads it (header only, no pixels):
 * a missing, zero, or TIFF-default 1×1 density is none, where img2pdf would assume 96 dpi.
 */
const DENSITY_SCRIPT = `
import sys
from PIL import Image, TiffImagePlugin
Image.MAX_IMAGE_PIXELS = None
def says(im):
    dpi = im.info.get('dpi')
    if im.format == 'TIFF' and TiffImagePlugin.X_RESOLUTION not in im.tag_v2:
        dpi = None
    return bool(dpi and round(dpi[0]) > 1 and round(dpi[1]) > 1)
for path in sys.argv[1:]:
    try:
        with Image.open(path) as im:
            frames = getattr(im, 'n_frames', 1) if im.format == 'TIFF' else 1
            seen = set()
            for f in range(frames):
                im.seek(f)
                seen.add(says(im))
            print('mixed' if len(seen) > 1 else 'ok' if True in seen else 'none')
    except Exception as e:
        print('bad ' + type(e).__name__)
`;

/**
 * Page by page: argv = target, work folder, fixed dpi or '-', images. Each page is made alone by
 * img2pdf (a TIFF frame first saved alone — uncompressed, or CCITT G4 for black and white — with
 * its density and colour profile) and its objects appended to the target as they come: the page
 * image's encoded bytes copied as they are, then the page tree and the cross-reference table at
 * the end. One page in memory at a time. Prints the page count.
 */
const PAGEWISE_SCRIPT = `
import decimal, io, os, sys, img2pdf, pikepdf
from PIL import Image
Image.MAX_IMAGE_PIXELS = None
target, work, fixed = sys.argv[1], sys.argv[2], sys.argv[3]
options = {} if fixed == '-' else {'layout_fun': img2pdf.get_fixed_dpi_layout_fun((int(fixed), int(fixed)))}
T = Image.Transpose
UNDO = {2: T.FLIP_LEFT_RIGHT, 3: T.ROTATE_180, 4: T.FLIP_TOP_BOTTOM, 5: T.TRANSPOSE, 6: T.ROTATE_90, 7: T.TRANSVERSE, 8: T.ROTATE_270}
out = open(target, 'wb')
out.write(b'%PDF-1.5\\n%\\xe2\\xe3\\xcf\\xd3\\n')
offsets = {}
kids = []
def allocate():
    offsets[len(offsets) + 3] = None
    return len(offsets) + 2
def emit(number, body, data=None):
    offsets[number] = out.tell()
    out.write(b'%d 0 obj\\n' % number + body)
    if data is not None:
        out.write(b'\\nstream\\n' + data + b'\\nendstream')
    out.write(b'\\nendobj\\n')
def copy(obj, seen, parent=None):
    if isinstance(obj, bool):
        return b'true' if obj else b'false'
    if isinstance(obj, int):
        return b'%d' % obj
    if isinstance(obj, (float, decimal.Decimal)):
        return ('%f' % obj).rstrip('0').rstrip('.').encode()
    if obj is None:
        return b'null'
    if obj.is_indirect and obj.objgen in seen:
        return b'%d 0 R' % seen[obj.objgen]
    if obj.is_indirect:
        number = allocate()
        seen[obj.objgen] = number
        if isinstance(obj, pikepdf.Stream):
            data = obj.read_raw_bytes()
            body = dictionary(obj, seen, {'/Length': b'%d' % len(data)})
            emit(number, body, data)
        else:
            emit(number, direct(obj, seen, parent))
        return b'%d 0 R' % number
    return direct(obj, seen, parent)
def dictionary(obj, seen, override, skip=()):
    parts = [b'<<']
    for key in obj.keys():
        if key in skip or key in override:
            continue
        parts.append(pikepdf.Name(key).unparse() + b' ' + copy(obj[key], seen))
    for key, value in override.items():
        parts.append(pikepdf.Name(key).unparse() + b' ' + value)
    parts.append(b'>>')
    return b' '.join(parts)
def direct(obj, seen, parent=None):
    if isinstance(obj, pikepdf.Dictionary):
        return dictionary(obj, seen, {'/Parent': b'2 0 R'} if parent else {}, ('/Parent',))
    if isinstance(obj, pikepdf.Array):
        return b'[' + b' '.join(copy(x, seen) for x in obj) + b']'
    return obj.unparse()
def add(source):
    pdf = pikepdf.open(io.BytesIO(img2pdf.convert(source, **options)))
    page = pdf.pages[0].obj
    number = allocate()
    emit(number, dictionary(page, {}, {'/Parent': b'2 0 R'}, ('/Parent',)))
    kids.append(number)
    pdf.close()
for path in sys.argv[4:]:
    with Image.open(path) as im:
        frames = getattr(im, 'n_frames', 1) if im.format == 'TIFF' else 1
    if frames == 1:
        add(path)
        continue
    for f in range(frames):
        one = os.path.join(work, 'khung.tif')
        with Image.open(path) as im:
            im.seek(f)
            if max(im.tag_v2.get(258, (8,))) > 8:
                sys.exit('%s, page %d: PIL is unable to preserve more than 8 bits per sample' % (os.path.basename(path), f + 1))
            orientation = im.tag_v2.get(274, 1)
            im.load()
            # Pillow turns a page by its Orientation tag when loading it; img2pdf embeds TIFF pixels
            # as stored (no /Rotate), so the page is turned back to match the in-memory path.
            if orientation in UNDO:
                im = im.transpose(UNDO[orientation])
            extra = {k: im.info[k] for k in ('dpi', 'icc_profile') if im.info.get(k)}
            im.save(one, format='TIFF', compression='group4' if im.mode == '1' else 'raw', **extra)
        add(one)
        os.remove(one)
emit(1, b'<< /Type /Catalog /Pages 2 0 R >>')
emit(2, b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % len(kids))
xref = out.tell()
size = max(offsets) + 1
out.write(b'xref\\n0 %d\\n0000000000 65535 f \\n' % size)
for n in range(1, size):
    out.write(b'%010d 00000 n \\n' % offsets[n])
out.write(b'trailer\\n<< /Size %d /Root 1 0 R >>\\nstartxref\\n%d\\n%%%%EOF\\n' % (size, xref))
out.close()
print(len(kids))
`;

export async function imagesToPdf(
  python: string,
  images: string[],
  dpi: number | undefined,
  work: string,
  run: RunToolOptions & { pagewiseAbove?: number },
): Promise<string> {
  const paths = images.map((p) => resolve(p));
  const densities = await runTool(python, ['-c', DENSITY_SCRIPT, ...paths], run);
  if (densities.aborted) throw abortedError(run.signal);
  const answers = densities.stdout.split('\n');
  const bad = paths.findIndex((_, i) => answers[i] === undefined || answers[i].startsWith('bad'));
  if (densities.code !== 0 || bad >= 0)
    throw badPdfError(`${basename(paths[Math.max(bad, 0)] ?? '')}: ${answers[bad] ?? tail(densities.stderrTail)}`);
  const mixed = paths.filter((_, i) => answers[i] === 'mixed').map((p) => basename(p));
  if (mixed.length > 0)
    throw requestError(
      'DP-OCR-MIXED-DENSITY',
      `Trong tệp nhiều trang ${mixed.slice(0, 5).join(', ')}, có trang ghi dpi, có trang không; hãy quét lại hoặc ghi dpi cho mọi trang.`,
      `In the multi-page file ${mixed.slice(0, 5).join(', ')}, some pages carry a density and some do not.`,
    );
  const lacking = paths.filter((_, i) => answers[i] === 'none').map((p) => basename(p));
  if (lacking.length > 0 && dpi === undefined)
    throw requestError(
      'DP-OCR-NO-DENSITY',
      `Ảnh quét không ghi độ phân giải (dpi): ${lacking.slice(0, 5).join(', ')}. Hãy cho biết dpi khi quét.`,
      `The scans carry no density (dpi): ${lacking.slice(0, 5).join(', ')}. Give the dpi they were scanned at.`,
    );
  // img2pdf takes one --imgsize for all: only when none of the files says its own density
  if (lacking.length > 0 && lacking.length < paths.length)
    throw requestError(
      'DP-OCR-MIXED-DENSITY',
      `Một số ảnh có ghi dpi, một số không (${lacking.slice(0, 5).join(', ')}); hãy quét lại hoặc ghi dpi cho mọi ảnh.`,
      `Some scans carry a density and some do not (${lacking.slice(0, 5).join(', ')}).`,
    );
  const target = join(work, 'images.pdf');
  let bytes = 0;
  for (const p of paths) bytes += (await stat(p)).size;
  const fixed = lacking.length > 0 ? dpi : undefined;
  const made =
    bytes > (run.pagewiseAbove ?? PAGEWISE_ABOVE)
      ? await runTool(python, ['-c', PAGEWISE_SCRIPT, target, work, fixed === undefined ? '-' : String(fixed), ...paths], run)
      : await runTool(
          python,
          [
            '-m',
            'img2pdf',
            '--pillow-limit-break',
            ...(fixed === undefined ? [] : ['--imgsize', `${fixed}dpix${fixed}dpi`]),
            '-o',
            target,
            '--',
            ...paths,
          ],
          run,
        );
  if (made.aborted) throw abortedError(run.signal);
  if (made.code !== 0) throw badPdfError(`img2pdf: ${tail(made.stderrTail)}`);
  return target;
}
