import type { Finding } from '../findings.js';
import { BAG_CODES as C, bagError, bagWarning } from './codes.js';
import { normaliseEncoding, splitLines, startsWithUtf8Bom, type TagEncoding } from './text.js';

export interface BagDeclaration {
  /** `M.N` as written, when well-formed. */
  version?: string;
  /** [major, minor] of a well-formed version. */
  versionNumber?: [number, number];
  /** The declared Tag-File-Character-Encoding, as written. */
  encodingName?: string;
  encoding?: TagEncoding;
  findings: Finding[];
}

export const KNOWN_BAGIT_VERSIONS = ['0.93', '0.94', '0.95', '0.96', '0.97', '1.0'] as const;

/** True when the version is at least major.minor. */
export function versionAtLeast(v: [number, number] | undefined, major: number, minor: number): boolean {
  return v !== undefined && (v[0] > major || (v[0] === major && v[1] >= minor));
}

/**
 * bagit.txt (RFC 8493 §2.1.1): exactly `BagIt-Version: M.N` and `Tag-File-Character-Encoding: ENC`,
 * UTF-8 without a byte-order mark, one space after the colon and none before it.
 */
export function parseBagitTxt(bytes: Uint8Array, path = 'bagit.txt'): BagDeclaration {
  const findings: Finding[] = [];
  let body = bytes;
  if (startsWithUtf8Bom(bytes)) {
    findings.push(
      bagError(C.bagitTxtBom, 'bagit.txt bắt đầu bằng BOM UTF-8 (bị cấm)', 'bagit.txt starts with a UTF-8 BOM (forbidden)', path),
    );
    body = bytes.subarray(3);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    findings.push(bagError(C.bagitTxtSyntax, 'bagit.txt không phải UTF-8 hợp lệ', 'bagit.txt is not valid UTF-8', path));
    return { findings };
  }
  const result: BagDeclaration = { findings };
  const lines = splitLines(text);
  const seen = new Set<string>();
  for (const [i, line] of lines.entries()) {
    const strict = /^(BagIt-Version|Tag-File-Character-Encoding): (.*)$/.exec(line);
    if (!strict) {
      const loose = /^\s*(BagIt-Version|Tag-File-Character-Encoding)\s*:\s*(.*)$/i.exec(line);
      if (loose) {
        findings.push(
          bagError(
            C.bagitTxtSyntax,
            `bagit.txt dòng ${i + 1} sai cú pháp (khoảng trắng quanh dấu ":" hoặc sai chữ hoa/thường): ${JSON.stringify(line)}`,
            `bagit.txt line ${i + 1} is malformed (whitespace around ":" or wrong case): ${JSON.stringify(line)}`,
            path,
          ),
        );
      } else {
        findings.push(
          bagWarning(
            C.bagitTxtExtraLines,
            `bagit.txt có dòng thừa ${i + 1}: ${JSON.stringify(line)}`,
            `bagit.txt has an extra line ${i + 1}: ${JSON.stringify(line)}`,
            path,
          ),
        );
        continue;
      }
    }
    const m = strict ?? /^\s*(\S+?)\s*:\s*(.*)$/.exec(line)!;
    const label = m[1]!.toLowerCase();
    const value = m[2]!;
    if (seen.has(label)) {
      findings.push(bagError(C.bagitTxtSyntax, `bagit.txt lặp nhãn ${m[1]}`, `bagit.txt repeats ${m[1]}`, path));
      continue;
    }
    seen.add(label);
    if (label === 'bagit-version') readVersion(value, result, path);
    else readEncoding(value, result, path);
  }
  if (!seen.has('bagit-version'))
    findings.push(bagError(C.version, 'bagit.txt thiếu BagIt-Version', 'bagit.txt lacks BagIt-Version', path));
  if (!seen.has('tag-file-character-encoding'))
    findings.push(
      bagError(C.encodingMissing, 'bagit.txt thiếu Tag-File-Character-Encoding', 'bagit.txt lacks Tag-File-Character-Encoding', path),
    );
  // RFC 8493 makes the two-line form a MUST; older drafts were looser, so extra lines only warn there.
  if (versionAtLeast(result.versionNumber, 1, 0)) for (const f of findings) if (f.code === C.bagitTxtExtraLines) f.severity = 'error';
  return result;
}

function readVersion(value: string, out: BagDeclaration, path: string): void {
  const m = /^(\d+)\.(\d+)$/.exec(value);
  if (!m) {
    out.findings.push(
      bagError(C.version, `BagIt-Version không hợp lệ: ${JSON.stringify(value)}`, `invalid BagIt-Version: ${JSON.stringify(value)}`, path),
    );
    return;
  }
  out.version = value;
  out.versionNumber = [Number(m[1]), Number(m[2])];
  if (!(KNOWN_BAGIT_VERSIONS as readonly string[]).includes(value))
    out.findings.push(bagWarning(C.versionUnknown, `Phiên bản BagIt không xác định: ${value}`, `unknown BagIt version: ${value}`, path));
  else if (!versionAtLeast(out.versionNumber, 1, 0))
    out.findings.push(
      bagWarning(C.oldVersion, `Phiên bản BagIt cũ ${value} (hiện hành: 1.0)`, `old BagIt version ${value} (current: 1.0)`, path),
    );
}

function readEncoding(value: string, out: BagDeclaration, path: string): void {
  out.encodingName = value;
  const encoding = normaliseEncoding(value);
  if (!encoding) {
    out.findings.push(
      bagError(C.encodingUnsupported, `Bảng mã tệp thẻ không hỗ trợ: ${value}`, `unsupported tag file encoding: ${value}`, path),
    );
    return;
  }
  out.encoding = encoding;
  if (encoding !== 'utf-8')
    out.findings.push(
      bagWarning(C.tagEncoding, `Tệp thẻ dùng bảng mã ${value}, nên dùng UTF-8`, `tag files use ${value}; UTF-8 is recommended`, path),
    );
}
