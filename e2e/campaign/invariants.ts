import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openContext } from '../../packages/server/src/app/context.js';
import { validateOcflPath } from '../../packages/server/src/ocfl/validate-path.js';
import { fingerprint, type Content, type Ledger, type Violation } from './ledger.js';
import { SITES } from './faults.js';
import { layoutDirs, objectDir, readInventory, versionContent, versionNumber } from './site-view.js';

const same = (a: Content | undefined, b: Content) => a !== undefined && fingerprint(a) === fingerprint(b);
const show = (c: Content | undefined) =>
  c === undefined
    ? 'absent'
    : Object.entries(c)
        .map(([k, v]) => `${k}=${v.slice(0, 8)}`)
        .join(',');

/**
 * The campaign's invariants, checked against the catalogue (read only) and the bytes on every site:
 * (a) every reported commit exists with its exact content on ≥ policy copies, or an open incident
 * names the object — and on at least one site whatever happens; (b) is checked as commits are reported (Ledger.commit); (c) every copy the
 * catalogue calls ok passes the OCFL validator and holds the head version's exact content (never
 * forged bytes), and every site's storage root is valid; (d) catalogue and sites agree, or an open
 * incident names the object.
 */
export async function checkInvariants(
  home: string,
  round: number,
  ledger: Ledger,
  trace: (line: string) => void = () => undefined,
): Promise<Violation[]> {
  const out: Violation[] = [];
  const v = (invariant: Violation['invariant'], detail: string) => out.push({ round, invariant, detail });
  const ocfl = (site: string) => join(home, 'sites', site, 'ocfl');
  const ctx = await openContext(home, { recover: false });
  try {
    const policyCopies = Math.min(ctx.config.policy.copies, ctx.sites.size);
    const incidents = await ctx.catalogue.listIncidents({ open: true });
    const excused = new Set(incidents.map((i) => i.objectId));
    for (const i of incidents)
      trace(`  open incident ${i.code} ${i.objectId.slice(-8)}@${i.site ?? '-'} ${i.path ?? ''} ${i.detail.slice(0, 160)}`);
    const known = new Set<string>();
    for (const code of ledger.codes()) {
      const committed = [...(ledger.commits.get(code)?.values() ?? [])];
      const object = await ctx.catalogue.getObjectByFileCode(code);
      if (!object) {
        if (committed.length > 0)
          v('a', `${code}: reported committed (v${committed.map((c) => c.version).join(', v')}) but the catalogue has no object`);
        continue;
      }
      const ok = excused.has(object.id);
      // a copy left unhealthy needs an incident that names this object, and its site or no site
      const says = (site: string) => incidents.some((i) => i.objectId === object.id && (i.site === null || i.site === site));
      const copies = await ctx.catalogue.listCopies(object.id);
      trace(
        `  ${code} = ${object.id.slice(-8)} head v${object.head}: ${copies.map((c) => `${c.site} ${c.status} v${c.version}`).join(', ')}`,
      );
      const dirs = new Map(SITES.map((s) => [s, objectDir(ocfl(s), object.id)]));
      for (const s of SITES) known.add(dirs.get(s)!);
      const inventories = new Map(SITES.map((s) => [s, readInventory(dirs.get(s)!)]));
      // (a) committed versions survive, byte for byte
      for (const c of committed) {
        if (object.head < c.version && !ok)
          v('a', `${code}: v${c.version} (by ${c.by}) committed but the catalogue's head is v${object.head}`);
        const holding = SITES.filter((s) => {
          const inv = inventories.get(s);
          return inv !== undefined && same(versionContent(dirs.get(s)!, inv, c.version), c.content);
        });
        // an incident may excuse missing redundancy, never the loss of the last genuine copy (the
        // campaign spares one site per round and never touches an object under incident)
        if (holding.length === 0)
          v(
            'a',
            `${code}: v${c.version} (by ${c.by}) LOST: no site holds its exact content${ok ? ' (an incident is open, but nothing is left to repair from)' : ''}; ` +
              SITES.map((s) => `${s}: ${show(inventories.get(s) && versionContent(dirs.get(s)!, inventories.get(s)!, c.version))}`).join(
                '; ',
              ),
          );
        else if (holding.length < policyCopies && !ok)
          v(
            'a',
            `${code}: v${c.version} (by ${c.by}) exact on ${holding.length}/${policyCopies} sites [${holding.join(',')}]; expected ${show(c.content)}; ` +
              SITES.map((s) => `${s}: ${show(inventories.get(s) && versionContent(dirs.get(s)!, inventories.get(s)!, c.version))}`).join(
                '; ',
              ),
          );
      }
      // (c) copies called ok are valid OCFL with the head's exact, genuine content
      const acceptable = ledger.acceptableHead(code, object.head);
      for (const copy of copies) {
        const dir = dirs.get(copy.site as (typeof SITES)[number]);
        if (!dir) continue;
        const inv = inventories.get(copy.site as (typeof SITES)[number]);
        if (copy.status === 'ok') {
          const report = await validateOcflPath(dir);
          if (!report.valid)
            v(
              'c',
              `${code}@${copy.site}: ok but ocfl validate fails: ${report.errors
                .slice(0, 4)
                .map((e) => `${e.code} ${e.message}`)
                .join(' | ')}`,
            );
          const siteHead = inv ? versionNumber(inv.head) : undefined;
          if (copy.version !== object.head || siteHead !== object.head)
            v(
              'c',
              `${code}@${copy.site}: ok at v${copy.version}, catalogue head v${object.head}, site inventory head ${siteHead === undefined ? 'absent' : `v${siteHead}`}`,
            );
          const actual = inv ? versionContent(dir, inv, object.head) : undefined;
          const forged = Object.values(actual ?? {}).filter((d) => ledger.forged.has(d));
          if (forged.length > 0)
            v(
              'c',
              `${code}@${copy.site}: ok copy's head v${object.head} holds FORGED content (${forged.length} files): a forgery became the reference`,
            );
          else if (!acceptable.some((a) => same(actual, a)))
            v(
              'c',
              `${code}@${copy.site}: ok copy's head v${object.head} holds ${show(actual)}, no command committed that (expected ${acceptable.map(show).join(' or ') || 'nothing known'})`,
            );
        } else if (!says(copy.site)) {
          v(
            'd',
            `${code}@${copy.site}: copy ${copy.status} at v${copy.version} after settling, and no open incident on this object names this site (or none) (${copy.detail ?? ''})`,
          );
        }
      }
      // (d) no site runs ahead of the catalogue unnoticed; every copy on disk is in the catalogue
      for (const s of SITES) {
        const inv = inventories.get(s);
        if (!inv || ok) continue;
        if (versionNumber(inv.head) > object.head)
          v('d', `${code}@${s}: site holds ${inv.head}, the catalogue's head is v${object.head}, and no open incident`);
        if (!copies.some((c) => c.site === s)) v('d', `${code}@${s}: the site holds the object, the catalogue lists no copy there`);
      }
    }
    // (d) objects on a site that the catalogue does not know; (c) storage roots valid
    const objects = await ctx.catalogue.listObjects({ limit: 100_000 });
    for (const o of objects) for (const s of SITES) known.add(objectDir(ocfl(s), o.id));
    const excusedDirs = new Set([...excused].flatMap((id) => SITES.map((s) => objectDir(ocfl(s), id))));
    for (const s of SITES) {
      for (const dir of layoutDirs(ocfl(s)))
        if (!known.has(dir)) v('d', `${s}: object folder ${relative(ocfl(s), dir)} is not in the catalogue`);
      if (!existsSync(ocfl(s))) {
        if (objects.length > 0) v('c', `${s}: no OCFL storage root at all`);
        continue;
      }
      const report = await validateOcflPath(ocfl(s), { digestContent: false });
      const rootErrors = report.errors.filter(
        (e) => ![...excusedDirs].some((d) => e.path !== undefined && join(ocfl(s), e.path).startsWith(d)),
      );
      if (rootErrors.length > 0)
        v(
          'c',
          `${s}: storage root invalid: ${rootErrors
            .slice(0, 4)
            .map((e) => `${e.code} ${e.path ?? ''} ${e.message}`)
            .join(' | ')}`,
        );
    }
  } finally {
    await ctx.close();
  }
  return out;
}
