import type { Finding } from '../findings.js';
import { resolveMetsHref } from '../csip/index.js';
import { AIP } from './aip-build.js';
import type { MetsDocument } from './mets-model.js';

/**
 * Does a stored AIP agree with itself? Every file its METS (root and rep1) reference must be in the
 * version with the checksum the METS gives, and every document must be referenced. The OCFL
 * inventory proves the bytes are the ones written; this proves the package still describes them.
 * `state` maps logical path → lower-case SHA-256.
 */
export function checkAipAgainstState(
  root: MetsDocument | undefined,
  rep: MetsDocument | undefined,
  state: ReadonlyMap<string, string>,
): Finding[] {
  const findings: Finding[] = [];
  const add = (code: string, message: string, path: string) => findings.push({ code, severity: 'error', message, path });
  if (!root) {
    add('DP-AIP-METS', 'METS.xml của gói AIP không đọc được / the AIP METS.xml cannot be read', AIP.mets);
    return findings;
  }
  if (!rep && state.has(AIP.repMets)) add('DP-AIP-METS', 'METS của rep1 không đọc được / the rep1 METS cannot be read', AIP.repMets);
  const referenced = new Set<string>();
  const check = (doc: MetsDocument, base: string) => {
    const refs = [
      ...(doc.fileSec?.groups ?? []).flatMap((g) => g.files.map((f) => ({ href: f.href, checksum: f.checksum }))),
      ...doc.dmdSecs.map((d) => ({ href: d.ref.href, checksum: d.ref.checksum ?? '' })),
      ...doc.amdSecs.flatMap((a) => a.digiprov.map((d) => ({ href: d.ref.href, checksum: d.ref.checksum ?? '' }))),
    ];
    for (const r of refs) {
      const path = resolveMetsHref(base, r.href);
      if (path === undefined) continue;
      referenced.add(path);
      const digest = state.get(path);
      if (digest === undefined)
        add(
          'DP-AIP-FILE-MISSING',
          `METS tham chiếu ${path} nhưng phiên bản không có tệp này / METS references a file the version lacks`,
          path,
        );
      else if (r.checksum !== '' && r.checksum.toLowerCase() !== digest)
        add(
          'DP-AIP-CHECKSUM',
          `CHECKSUM trong METS (${r.checksum}) khác SHA-256 đã lưu (${digest}) / METS checksum differs from the stored digest`,
          path,
        );
    }
  };
  check(root, '');
  if (rep) check(rep, AIP.rep.slice(0, -1));
  for (const path of state.keys())
    if (path.startsWith(AIP.repData) && !referenced.has(path))
      add('DP-AIP-UNREFERENCED', `Tài liệu không được METS của rep1 tham chiếu / a document the rep1 METS does not reference`, path);
  return findings;
}
