import {
  CodeListVersionConflict,
  checkNextVersion,
  checkStoredDigests,
  checkSync,
  errorsOf,
  isoVietnam,
  publishVersion,
  warningsOf,
} from '@duphong/core';
import type { Catalogue, Clock, CodeListItem, CodeListVersion, Finding, Hasher, SharedCodeList } from '@duphong/core';
import { conflictError, notFoundError, requestError } from '../errors.js';

/*
 * Shared code lists as use cases, for HTTP and CLI alike: publishing a version (published versions
 * are never edited: every change is the next number, checked against the previous one) and the
 * one-way sync check against the central lists.
 */

export interface PublishRequest {
  /** Default: the newest version + 1. */
  version?: number | undefined;
  validFrom: string;
  items: CodeListItem[];
  /** Names, authority, source: required to create a list that does not exist yet. */
  list?: Omit<SharedCodeList, 'id'> | undefined;
}

/** Publish the next version of list `id`; refused with the findings when it breaks the previous one. */
export async function publishCodeListVersion(
  ports: { catalogue: Catalogue; hasher: Hasher; clock: Clock },
  id: string,
  request: PublishRequest,
): Promise<{ version: CodeListVersion; warnings: Finding[] }> {
  try {
    return await ports.catalogue.transaction(async (tx) => {
      const existing = await tx.codeLists.getCodeList(id);
      if (!existing && !request.list)
        throw notFoundError(
          'DP-CODELIST-UNKNOWN',
          `Danh mục "${id}" không tồn tại; gửi kèm "list" (tên, cơ quan ban hành, nguồn) để tạo mới.`,
          `Code list "${id}" does not exist; send "list" (names, authority, source) to create it.`,
        );
      // A list that came from the upstream is the centre's to change (decision 0029); local lists stay editable.
      const origin = await tx.codeListSync.originOf(id);
      if (origin)
        throw conflictError(
          'DP-CODELIST-SHARED',
          `Danh mục "${id}" là danh mục dùng chung do ${origin.originName} (${origin.origin}) ban hành: không sửa ở đây, chờ phiên bản mới từ trung ương.`,
          `Code list "${id}" is shared, published by ${origin.originName} (${origin.origin}): it is not edited here; wait for a new version from the centre.`,
        );
      if (request.list) await tx.codeLists.putCodeList({ id, ...request.list });
      const previous = await tx.codeLists.getVersion(id);
      if (previous && request.version !== undefined && request.version <= previous.version)
        throw conflictError(
          'DP-CODELIST-VERSION-EXISTS',
          `Danh mục "${id}" đã có phiên bản ${request.version}; phiên bản đã ban hành không sửa được, hãy tạo phiên bản ${previous.version + 1}.`,
          `Code list "${id}" already has version ${request.version}; published versions are never edited: make version ${previous.version + 1}.`,
        );
      const version = publishVersion(ports.hasher, {
        listId: id,
        version: request.version ?? (previous?.version ?? 0) + 1,
        validFrom: request.validFrom,
        publishedAt: isoVietnam(ports.clock.now()),
        items: request.items,
      });
      const findings = checkNextVersion(previous, version);
      const errors = errorsOf(findings);
      if (errors.length > 0) {
        const text = errors.map((f) => f.message).join(' ');
        throw requestError(errors[0]!.code, text, text, { findings: errors });
      }
      await tx.codeLists.putVersion(version);
      await tx.codeListSync.appendEvent({
        at: version.publishedAt,
        kind: 'codelist.version',
        subject: id,
        detail: { listId: id, version: version.version, validFrom: version.validFrom, digest: version.digest, origin: null },
      });
      return { version, warnings: warningsOf(findings) };
    });
  } catch (error) {
    // Another publisher took the number between our read and our write.
    if (error instanceof CodeListVersionConflict) throw conflictError(error.code, error.message, error.message);
    throw error;
  }
}

/**
 * Compare the newest local version of every list with the central ones (`checkSync`), and say
 * which stored versions no longer hash to their own digest: the digests are evidence only then.
 */
export async function checkCodeListSync(
  ports: { catalogue: Catalogue; hasher: Hasher },
  central: Parameters<typeof checkSync>[1],
): Promise<ReturnType<typeof checkSync>> {
  const lists = ports.catalogue.codeLists;
  const local = (await lists.listCodeLists()).flatMap((s) =>
    s.latest ? [{ listId: s.list.id, version: s.latest.version, digest: s.latest.digest }] : [],
  );
  const report = checkSync(local, central);
  const latest = await Promise.all(local.map((l) => lists.getVersion(l.listId, { version: l.version })));
  const tampered = checkStoredDigests(
    ports.hasher,
    latest.filter((v): v is CodeListVersion => v !== undefined),
  );
  return { ...report, inSync: report.inSync && tampered.length === 0, findings: [...report.findings, ...tampered] };
}
