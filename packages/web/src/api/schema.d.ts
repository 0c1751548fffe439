/*
 * GENERATED from the server's OpenAPI document by `npm run gen:api -w @duphong/web` — do not edit.
 * A test (packages/web/src/api/schema-current.int.test.ts) fails when this file is out of date.
 */
export interface paths {
    "/api/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký truy cập hồ sơ (mới nhất trước) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    /** @description Từ ngày (YYYY-MM-DD, tính cả ngày đó) */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    /** @description Kết quả: allowed (được phép) · denied (bị từ chối) */
                    outcome?: "allowed" | "denied";
                    record?: string;
                    /** @description Đến ngày (YYYY-MM-DD, tính cả ngày đó) */
                    to?: string;
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                action: string;
                                at: string;
                                id: string;
                                ip: string;
                                /** @enum {string} */
                                outcome: "allowed" | "denied";
                                recordCode: string;
                                recordKind: string;
                                unitId: string | null;
                                userId: string | null;
                                username: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-log/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất nhật ký truy cập (XLSX) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    /** @description Từ ngày (YYYY-MM-DD, tính cả ngày đó) */
                    from?: string;
                    /** @description Kết quả: allowed (được phép) · denied (bị từ chối) */
                    outcome?: "allowed" | "denied";
                    record?: string;
                    /** @description Đến ngày (YYYY-MM-DD, tính cả ngày đó) */
                    to?: string;
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các lần kiểm tra toàn vẹn gần nhất
         * @description Mới nhất trước, kèm danh sách phát hiện (mã ổn định, site, đường dẫn).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Số lần kiểm tra (1–200) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runs: {
                                checked: number;
                                damaged: number;
                                findings: {
                                    /** @description Mã phát hiện ổn định (mã OCFL hoặc DP-…) */
                                    code: string;
                                    detail: string;
                                    object: string;
                                    path: string | null;
                                    site: string;
                                }[];
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                finishedAt: string | null;
                                id: string;
                                repaired: number;
                                /** @description Phạm vi: 'due', 'all' hoặc 'site:TÊN' */
                                scope: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                startedAt: string;
                                unrepaired: number;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Bắt đầu một lần kiểm tra toàn vẹn
         * @description Đưa tác vụ `audit` vào hàng đợi; tác vụ nền chạy nó và tự sửa bản sao hư hỏng từ các bản sao khớp nhau. Trả về 202 cùng tác vụ.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Bỏ trống: kiểm tra những bản sao đến hạn */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Kiểm tra mọi bản sao, không chỉ những bản đến hạn */
                        all?: boolean;
                        /** @description Chỉ kiểm tra bản sao trên site này */
                        site?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                attempts: number;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                id: string;
                                /** @description Loại tác vụ: replicate, audit, ingest, digitise, codelist-pull, harvest */
                                kind: string;
                                lastError: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                runAt: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Độ bao phủ của việc kiểm tra toàn vẹn
         * @description Tỷ lệ bản sao được kiểm tra trong chu kỳ, lần kiểm tra cũ nhất, khi nào bản sao tiếp theo đến hạn, và cấu hình kiểm tra nền (giống `duphong audit --status --json`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Độ bao phủ của việc kiểm tra toàn vẹn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Tổng số bản sao */
                            copies: number;
                            /** @description Số byte kiểm tra nền được đọc mỗi ngày */
                            dailyBytes: number;
                            /** @description Số bản sao chưa từng được kiểm tra */
                            neverVerified: number;
                            /** @description Khi nào bản sao tiếp theo đến hạn (bây giờ nếu đã có bản sao đến hạn) */
                            nextDue: string | null;
                            /** @description Lần kiểm tra cũ nhất của một bản sao (giờ Việt Nam) */
                            oldestVerification: string | null;
                            /** @description Số bản sao đến hạn hoặc quá hạn kiểm tra */
                            overdue: number;
                            /** @description Chu kỳ kiểm tra (tháng; TT05: không quá 36) */
                            periodMonths: number;
                            /** @description Máy chủ có tự kiểm tra nền không */
                            scheduled: boolean;
                            /** @description Tỷ lệ bản sao đã kiểm tra trong chu kỳ (0–1) */
                            share: number;
                            /** @description Khung giờ kiểm tra nền, giờ Việt Nam ("HH:MM-HH:MM") */
                            window: string;
                            /** @description Số bản sao đã kiểm tra trong chu kỳ */
                            withinPeriod: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các danh mục tài liệu lưu trữ dự phòng */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "submitted" | "approved" | "returned";
                    unitId?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lists: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Ngày quyết định phê duyệt (DD/MM/YYYY) */
                                decisionDate: string | null;
                                /** @description Số quyết định phê duyệt */
                                decisionNumber: string | null;
                                entryCount: number;
                                /** @description Mã danh mục, ví dụ DM-15-2026-1 */
                                id: string;
                                /**
                                 * @description draft · submitted · approved · returned
                                 * @enum {string}
                                 */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Mã đơn vị */
                                unitId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo danh mục dự thảo của một đơn vị cho một năm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Không dùng khi đã đăng nhập: người thực hiện là người đăng nhập (chỉ cho công cụ chạy trên máy chủ) */
                        by?: string;
                        id?: string;
                        unitId: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo của bước này */
                            findings: {
                                /** @description Mã DP-SELECT-… ổn định */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            list: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Ngày quyết định phê duyệt (DD/MM/YYYY) */
                                decisionDate: string | null;
                                /** @description Số quyết định phê duyệt */
                                decisionNumber: string | null;
                                entries: {
                                    inspectionDate: string | null;
                                    note: string;
                                    /** @description Còn đọc được (mờ chữ)? */
                                    readable: boolean | null;
                                    /**
                                     * @description special-value (giá trị đặc biệt) · at-risk (có nguy cơ hư hỏng) · plan-criterion (theo tiêu chí của kế hoạch)
                                     * @enum {string}
                                     */
                                    reason: "special-value" | "at-risk" | "plan-criterion";
                                    recordCode: string;
                                    /**
                                     * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                     * @enum {string}
                                     */
                                    recordKind: "fonds" | "file" | "document";
                                    /** @description Mã dấu hiệu hư hỏng của lần kiểm tra mới nhất */
                                    signs: string[];
                                }[];
                                history: {
                                    /** @enum {string} */
                                    action: "create" | "edit" | "submit" | "approve" | "return" | "reopen";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string;
                                    decisionDate?: string;
                                    decisionNumber?: string;
                                    note: string;
                                }[];
                                /** @description Mã danh mục, ví dụ DM-15-2026-1 */
                                id: string;
                                /**
                                 * @description draft · submitted · approved · returned
                                 * @enum {string}
                                 */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Mã đơn vị */
                                unitId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                year: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một danh mục: các mục, lịch sử và các dòng như trên biểu mẫu */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            list: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Ngày quyết định phê duyệt (DD/MM/YYYY) */
                                decisionDate: string | null;
                                /** @description Số quyết định phê duyệt */
                                decisionNumber: string | null;
                                entries: {
                                    inspectionDate: string | null;
                                    note: string;
                                    /** @description Còn đọc được (mờ chữ)? */
                                    readable: boolean | null;
                                    /**
                                     * @description special-value (giá trị đặc biệt) · at-risk (có nguy cơ hư hỏng) · plan-criterion (theo tiêu chí của kế hoạch)
                                     * @enum {string}
                                     */
                                    reason: "special-value" | "at-risk" | "plan-criterion";
                                    recordCode: string;
                                    /**
                                     * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                     * @enum {string}
                                     */
                                    recordKind: "fonds" | "file" | "document";
                                    /** @description Mã dấu hiệu hư hỏng của lần kiểm tra mới nhất */
                                    signs: string[];
                                }[];
                                history: {
                                    /** @enum {string} */
                                    action: "create" | "edit" | "submit" | "approve" | "return" | "reopen";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string;
                                    decisionDate?: string;
                                    decisionNumber?: string;
                                    note: string;
                                }[];
                                /** @description Mã danh mục, ví dụ DM-15-2026-1 */
                                id: string;
                                /**
                                 * @description draft · submitted · approved · returned
                                 * @enum {string}
                                 */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Mã đơn vị */
                                unitId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                year: number;
                            };
                            rows: {
                                code: string;
                                note: string;
                                reason: string;
                                /**
                                 * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                 * @enum {string}
                                 */
                                recordKind: "fonds" | "file" | "document";
                                /** @description 01 đã dự phòng · 02 chưa */
                                riskRecoveryStatus: string | null;
                                signs: string;
                                stt: number;
                                time: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup-lists/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phê duyệt danh mục (cần số và ngày quyết định) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Không dùng khi đã đăng nhập: người thực hiện là người đăng nhập (chỉ cho công cụ chạy trên máy chủ) */
                        by?: string;
                        /** @description Ngày quyết định (DD/MM/YYYY) */
                        decisionDate: string;
                        /** @description Số quyết định phê duyệt, ví dụ 45/QĐ-SNV */
                        decisionNumber: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo của bước này */
                            findings: {
                                /** @description Mã DP-SELECT-… ổn định */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            list: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Ngày quyết định phê duyệt (DD/MM/YYYY) */
                                decisionDate: string | null;
                                /** @description Số quyết định phê duyệt */
                                decisionNumber: string | null;
                                entries: {
                                    inspectionDate: string | null;
                                    note: string;
                                    /** @description Còn đọc được (mờ chữ)? */
                                    readable: boolean | null;
                                    /**
                                     * @description special-value (giá trị đặc biệt) · at-risk (có nguy cơ hư hỏng) · plan-criterion (theo tiêu chí của kế hoạch)
                                     * @enum {string}
                                     */
                                    reason: "special-value" | "at-risk" | "plan-criterion";
                                    recordCode: string;
                                    /**
                                     * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                     * @enum {string}
                                     */
                                    recordKind: "fonds" | "file" | "document";
                                    /** @description Mã dấu hiệu hư hỏng của lần kiểm tra mới nhất */
                                    signs: string[];
                                }[];
                                history: {
                                    /** @enum {string} */
                                    action: "create" | "edit" | "submit" | "approve" | "return" | "reopen";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string;
                                    decisionDate?: string;
                                    decisionNumber?: string;
                                    note: string;
                                }[];
                                /** @description Mã danh mục, ví dụ DM-15-2026-1 */
                                id: string;
                                /**
                                 * @description draft · submitted · approved · returned
                                 * @enum {string}
                                 */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Mã đơn vị */
                                unitId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                year: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup-lists/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm hồ sơ/tài liệu đủ điều kiện vào danh mục dự thảo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Không dùng khi đã đăng nhập: người thực hiện là người đăng nhập (chỉ cho công cụ chạy trên máy chủ) */
                        by?: string;
                        entries: {
                            note?: string;
                            recordCode: string;
                            /**
                             * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                             * @default file
                             * @enum {string}
                             */
                            recordKind?: "fonds" | "file" | "document";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo của bước này */
                            findings: {
                                /** @description Mã DP-SELECT-… ổn định */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            list: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Ngày quyết định phê duyệt (DD/MM/YYYY) */
                                decisionDate: string | null;
                                /** @description Số quyết định phê duyệt */
                                decisionNumber: string | null;
                                entries: {
                                    inspectionDate: string | null;
                                    note: string;
                                    /** @description Còn đọc được (mờ chữ)? */
                                    readable: boolean | null;
                                    /**
                                     * @description special-value (giá trị đặc biệt) · at-risk (có nguy cơ hư hỏng) · plan-criterion (theo tiêu chí của kế hoạch)
                                     * @enum {string}
                                     */
                                    reason: "special-value" | "at-risk" | "plan-criterion";
                                    recordCode: string;
                                    /**
                                     * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                     * @enum {string}
                                     */
                                    recordKind: "fonds" | "file" | "document";
                                    /** @description Mã dấu hiệu hư hỏng của lần kiểm tra mới nhất */
                                    signs: string[];
                                }[];
                                history: {
                                    /** @enum {string} */
                                    action: "create" | "edit" | "submit" | "approve" | "return" | "reopen";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string;
                                    decisionDate?: string;
                                    decisionNumber?: string;
                                    note: string;
                                }[];
                                /** @description Mã danh mục, ví dụ DM-15-2026-1 */
                                id: string;
                                /**
                                 * @description draft · submitted · approved · returned
                                 * @enum {string}
                                 */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Mã đơn vị */
                                unitId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                year: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup-lists/{id}/entries/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bỏ các mục khỏi danh mục dự thảo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Không dùng khi đã đăng nhập: người thực hiện là người đăng nhập (chỉ cho công cụ chạy trên máy chủ) */
                        by?: string;
                        entries: {
                            note?: string;
                            recordCode: string;
                            /**
                             * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                             * @default file
                             * @enum {string}
                             */
                            recordKind?: "fonds" | "file" | "document";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo của bước này */
                            findings: {
                                /** @description Mã DP-SELECT-… ổn định */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            list: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Ngày quyết định phê duyệt (DD/MM/YYYY) */
                                decisionDate: string | null;
                                /** @description Số quyết định phê duyệt */
                                decisionNumber: string | null;
                                entries: {
                                    inspectionDate: string | null;
                                    note: string;
                                    /** @description Còn đọc được (mờ chữ)? */
                                    readable: boolean | null;
                                    /**
                                     * @description special-value (giá trị đặc biệt) · at-risk (có nguy cơ hư hỏng) · plan-criterion (theo tiêu chí của kế hoạch)
                                     * @enum {string}
                                     */
                                    reason: "special-value" | "at-risk" | "plan-criterion";
                                    recordCode: string;
                                    /**
                                     * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                     * @enum {string}
                                     */
                                    recordKind: "fonds" | "file" | "document";
                                    /** @description Mã dấu hiệu hư hỏng của lần kiểm tra mới nhất */
                                    signs: string[];
                                }[];
                                history: {
                                    /** @enum {string} */
                                    action: "create" | "edit" | "submit" | "approve" | "return" | "reopen";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string;
                                    decisionDate?: string;
                                    decisionNumber?: string;
                                    note: string;
                                }[];
                                /** @description Mã danh mục, ví dụ DM-15-2026-1 */
                                id: string;
                                /**
                                 * @description draft · submitted · approved · returned
                                 * @enum {string}
                                 */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Mã đơn vị */
                                unitId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                year: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup-lists/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải danh mục theo biểu mẫu (XLSX hoặc DOCX)
         * @description Tiêu đề, đơn vị, quyết định phê duyệt, các cột STT · mã · tiêu đề · thời gian · lý do · dấu hiệu · ghi chú, phần ký.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Cơ quan phê duyệt */
                    approver?: string;
                    format?: "xlsx" | "docx";
                    /** @description Tên đơn vị in trên biểu mẫu (mặc định: mã đơn vị) */
                    unitName?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup-lists/{id}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm mọi hồ sơ đủ điều kiện của đơn vị (hoặc một phông) chưa có trong danh mục */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Không dùng khi đã đăng nhập: người thực hiện là người đăng nhập (chỉ cho công cụ chạy trên máy chủ) */
                        by?: string;
                        fondsCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo của bước này */
                            findings: {
                                /** @description Mã DP-SELECT-… ổn định */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            list: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Ngày quyết định phê duyệt (DD/MM/YYYY) */
                                decisionDate: string | null;
                                /** @description Số quyết định phê duyệt */
                                decisionNumber: string | null;
                                entries: {
                                    inspectionDate: string | null;
                                    note: string;
                                    /** @description Còn đọc được (mờ chữ)? */
                                    readable: boolean | null;
                                    /**
                                     * @description special-value (giá trị đặc biệt) · at-risk (có nguy cơ hư hỏng) · plan-criterion (theo tiêu chí của kế hoạch)
                                     * @enum {string}
                                     */
                                    reason: "special-value" | "at-risk" | "plan-criterion";
                                    recordCode: string;
                                    /**
                                     * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                     * @enum {string}
                                     */
                                    recordKind: "fonds" | "file" | "document";
                                    /** @description Mã dấu hiệu hư hỏng của lần kiểm tra mới nhất */
                                    signs: string[];
                                }[];
                                history: {
                                    /** @enum {string} */
                                    action: "create" | "edit" | "submit" | "approve" | "return" | "reopen";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string;
                                    decisionDate?: string;
                                    decisionNumber?: string;
                                    note: string;
                                }[];
                                /** @description Mã danh mục, ví dụ DM-15-2026-1 */
                                id: string;
                                /**
                                 * @description draft · submitted · approved · returned
                                 * @enum {string}
                                 */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Mã đơn vị */
                                unitId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                year: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup-lists/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở lại danh mục bị trả lại thành dự thảo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Không dùng khi đã đăng nhập: người thực hiện là người đăng nhập (chỉ cho công cụ chạy trên máy chủ) */
                        by?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo của bước này */
                            findings: {
                                /** @description Mã DP-SELECT-… ổn định */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            list: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Ngày quyết định phê duyệt (DD/MM/YYYY) */
                                decisionDate: string | null;
                                /** @description Số quyết định phê duyệt */
                                decisionNumber: string | null;
                                entries: {
                                    inspectionDate: string | null;
                                    note: string;
                                    /** @description Còn đọc được (mờ chữ)? */
                                    readable: boolean | null;
                                    /**
                                     * @description special-value (giá trị đặc biệt) · at-risk (có nguy cơ hư hỏng) · plan-criterion (theo tiêu chí của kế hoạch)
                                     * @enum {string}
                                     */
                                    reason: "special-value" | "at-risk" | "plan-criterion";
                                    recordCode: string;
                                    /**
                                     * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                     * @enum {string}
                                     */
                                    recordKind: "fonds" | "file" | "document";
                                    /** @description Mã dấu hiệu hư hỏng của lần kiểm tra mới nhất */
                                    signs: string[];
                                }[];
                                history: {
                                    /** @enum {string} */
                                    action: "create" | "edit" | "submit" | "approve" | "return" | "reopen";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string;
                                    decisionDate?: string;
                                    decisionNumber?: string;
                                    note: string;
                                }[];
                                /** @description Mã danh mục, ví dụ DM-15-2026-1 */
                                id: string;
                                /**
                                 * @description draft · submitted · approved · returned
                                 * @enum {string}
                                 */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Mã đơn vị */
                                unitId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                year: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup-lists/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại danh mục (cần lý do) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Không dùng khi đã đăng nhập: người thực hiện là người đăng nhập (chỉ cho công cụ chạy trên máy chủ) */
                        by?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo của bước này */
                            findings: {
                                /** @description Mã DP-SELECT-… ổn định */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            list: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Ngày quyết định phê duyệt (DD/MM/YYYY) */
                                decisionDate: string | null;
                                /** @description Số quyết định phê duyệt */
                                decisionNumber: string | null;
                                entries: {
                                    inspectionDate: string | null;
                                    note: string;
                                    /** @description Còn đọc được (mờ chữ)? */
                                    readable: boolean | null;
                                    /**
                                     * @description special-value (giá trị đặc biệt) · at-risk (có nguy cơ hư hỏng) · plan-criterion (theo tiêu chí của kế hoạch)
                                     * @enum {string}
                                     */
                                    reason: "special-value" | "at-risk" | "plan-criterion";
                                    recordCode: string;
                                    /**
                                     * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                     * @enum {string}
                                     */
                                    recordKind: "fonds" | "file" | "document";
                                    /** @description Mã dấu hiệu hư hỏng của lần kiểm tra mới nhất */
                                    signs: string[];
                                }[];
                                history: {
                                    /** @enum {string} */
                                    action: "create" | "edit" | "submit" | "approve" | "return" | "reopen";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string;
                                    decisionDate?: string;
                                    decisionNumber?: string;
                                    note: string;
                                }[];
                                /** @description Mã danh mục, ví dụ DM-15-2026-1 */
                                id: string;
                                /**
                                 * @description draft · submitted · approved · returned
                                 * @enum {string}
                                 */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Mã đơn vị */
                                unitId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                year: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup-lists/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trình duyệt danh mục */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Không dùng khi đã đăng nhập: người thực hiện là người đăng nhập (chỉ cho công cụ chạy trên máy chủ) */
                        by?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo của bước này */
                            findings: {
                                /** @description Mã DP-SELECT-… ổn định */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            list: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Ngày quyết định phê duyệt (DD/MM/YYYY) */
                                decisionDate: string | null;
                                /** @description Số quyết định phê duyệt */
                                decisionNumber: string | null;
                                entries: {
                                    inspectionDate: string | null;
                                    note: string;
                                    /** @description Còn đọc được (mờ chữ)? */
                                    readable: boolean | null;
                                    /**
                                     * @description special-value (giá trị đặc biệt) · at-risk (có nguy cơ hư hỏng) · plan-criterion (theo tiêu chí của kế hoạch)
                                     * @enum {string}
                                     */
                                    reason: "special-value" | "at-risk" | "plan-criterion";
                                    recordCode: string;
                                    /**
                                     * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                     * @enum {string}
                                     */
                                    recordKind: "fonds" | "file" | "document";
                                    /** @description Mã dấu hiệu hư hỏng của lần kiểm tra mới nhất */
                                    signs: string[];
                                }[];
                                history: {
                                    /** @enum {string} */
                                    action: "create" | "edit" | "submit" | "approve" | "return" | "reopen";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string;
                                    decisionDate?: string;
                                    decisionNumber?: string;
                                    note: string;
                                }[];
                                /** @description Mã danh mục, ví dụ DM-15-2026-1 */
                                id: string;
                                /**
                                 * @description draft · submitted · approved · returned
                                 * @enum {string}
                                 */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Mã đơn vị */
                                unitId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                year: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nhập mục lục hồ sơ (.xlsx/.csv) đã tải lên: chạy thử rồi xác nhận
         * @description Tải tệp lên qua /api/uploads/ (tus) rồi gửi mã tệp. dryRun (mặc định true) chỉ kiểm tra và trả các phát hiện theo dòng, cột; dryRun: false nhập thật — có lỗi thì không ghi gì (trừ allowPartial).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowPartial?: boolean;
                        /** @default true */
                        dryRun?: boolean;
                        fondsCode?: string;
                        unitId?: string;
                        /** @description Mã tệp đã tải lên */
                        upload: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Phát hiện gộp theo mã và cột, kèm số dòng */
                            groups: {
                                code: string;
                                column: string;
                                field?: string;
                                message: string;
                                rows: number[];
                                /** @enum {string} */
                                severity: "error" | "warning" | "info";
                                values: string[];
                            }[];
                            result: {
                                counts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                documents: number;
                                dryRun: boolean;
                                errors: number;
                                files: number;
                                findings: {
                                    code: string;
                                    column: string;
                                    field?: string;
                                    message: string;
                                    row: number;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                    sheet?: string;
                                    value: string;
                                }[];
                                findingsOmitted: number;
                                fonds: number;
                                fondsCodes: string[];
                                fondsCounts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                holdingCounts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                rejected: number;
                                rows: number;
                                warnings: number;
                                written: boolean;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/code-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách danh mục dùng chung
         * @description Mỗi danh mục với phiên bản mới nhất: số phiên bản, ngày hiệu lực, mã băm, số mục.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lists: {
                                latest: {
                                    /** @description SHA-256 (hex chữ thường) của dạng chuẩn duphong-codelist/1 */
                                    digest: string;
                                    /** @description Số mục */
                                    items: number;
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    publishedAt: string;
                                    /** @description Ngày YYYY-MM-DD */
                                    validFrom: string;
                                    version: number;
                                } | null;
                                list: {
                                    /** @description Văn bản quy định, ví dụ TT 05/2025/TT-BNV */
                                    authority: string;
                                    id: string;
                                    nameEn: string;
                                    /** @description Tên danh mục */
                                    nameVi: string;
                                    /** @description Nguồn của các mục và mức độ chắc chắn */
                                    source: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/code-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một danh mục và các mục của nó
         * @description Phiên bản mới nhất, hoặc phiên bản số `version`, hoặc phiên bản có hiệu lực vào ngày `at`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Phiên bản có hiệu lực vào ngày này (YYYY-MM-DD hoặc thời điểm ISO 8601) */
                    at?: string;
                    /** @description Số phiên bản; mặc định phiên bản mới nhất */
                    version?: number;
                };
                header?: never;
                path: {
                    /** @description Mã danh mục, ví dụ typeName, language, damageSign */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            list: {
                                /** @description Văn bản quy định, ví dụ TT 05/2025/TT-BNV */
                                authority: string;
                                id: string;
                                nameEn: string;
                                /** @description Tên danh mục */
                                nameVi: string;
                                /** @description Nguồn của các mục và mức độ chắc chắn */
                                source: string;
                            };
                            version: {
                                /** @description SHA-256 (hex chữ thường) của dạng chuẩn duphong-codelist/1 */
                                digest: string;
                                items: {
                                    /** @description Mã, giữ nguyên số 0 đứng đầu */
                                    code: string;
                                    /** @description Không dùng cho mô tả mới, vẫn tra được cho hồ sơ cũ */
                                    deprecated?: boolean;
                                    labelEn?: string;
                                    /** @description Nhãn tiếng Việt */
                                    labelVi: string;
                                    note?: string;
                                }[];
                                listId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                publishedAt: string;
                                /** @description Ngày YYYY-MM-DD */
                                validFrom: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/code-lists/{id}/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mã băm của một phiên bản danh mục
         * @description SHA-256 của dạng chuẩn duphong-codelist/1 (docs/code-lists.md): hai hệ thống có cùng mã băm thì có cùng danh mục. `verified` cho biết nội dung đang lưu còn khớp mã băm.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Phiên bản có hiệu lực vào ngày này (YYYY-MM-DD hoặc thời điểm ISO 8601) */
                    at?: string;
                    /** @description Số phiên bản; mặc định phiên bản mới nhất */
                    version?: number;
                };
                header?: never;
                path: {
                    /** @description Mã danh mục, ví dụ typeName, language, damageSign */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            algorithm: "sha256";
                            /** @description SHA-256 (hex chữ thường) của dạng chuẩn duphong-codelist/1 */
                            digest: string;
                            /** @enum {string} */
                            format: "duphong-codelist/1";
                            listId: string;
                            /** @description Nội dung đang lưu còn khớp mã băm đã ghi */
                            verified: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/code-lists/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch sử phiên bản của một danh mục
         * @description Cũ nhất trước; mỗi phiên bản kèm các mã đã thêm, xóa, đổi nhãn, ngừng dùng so với phiên bản trước.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mã danh mục, ví dụ typeName, language, damageSign */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            list: {
                                /** @description Văn bản quy định, ví dụ TT 05/2025/TT-BNV */
                                authority: string;
                                id: string;
                                nameEn: string;
                                /** @description Tên danh mục */
                                nameVi: string;
                                /** @description Nguồn của các mục và mức độ chắc chắn */
                                source: string;
                            };
                            versions: {
                                /** @description Mã thay đổi so với phiên bản trước (null cho phiên bản đầu) */
                                changes: {
                                    added: string[];
                                    deprecated: string[];
                                    reinstated: string[];
                                    relabelled: string[];
                                    removed: string[];
                                    renoted: string[];
                                } | null;
                                /** @description SHA-256 (hex chữ thường) của dạng chuẩn duphong-codelist/1 */
                                digest: string;
                                /** @description Số mục */
                                items: number;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                publishedAt: string;
                                /** @description Ngày YYYY-MM-DD */
                                validFrom: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Ban hành phiên bản mới của một danh mục
         * @description Phiên bản đã ban hành không bao giờ bị sửa: mọi thay đổi là một phiên bản mới, số tiếp theo. Mã bị xóa được cảnh báo (nên đánh dấu ngừng dùng). Gửi `list` để tạo danh mục mới.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mã danh mục, ví dụ typeName, language, damageSign */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @description Mã, giữ nguyên số 0 đứng đầu */
                            code: string;
                            /** @description Không dùng cho mô tả mới, vẫn tra được cho hồ sơ cũ */
                            deprecated?: boolean;
                            labelEn?: string;
                            /** @description Nhãn tiếng Việt */
                            labelVi: string;
                            note?: string;
                        }[];
                        /** @description Tên, cơ quan ban hành, nguồn: bắt buộc khi tạo danh mục mới */
                        list?: {
                            /** @description Văn bản quy định, ví dụ TT 05/2025/TT-BNV */
                            authority: string;
                            nameEn: string;
                            /** @description Tên danh mục */
                            nameVi: string;
                            /** @description Nguồn của các mục và mức độ chắc chắn */
                            source: string;
                        };
                        /** @description Ngày YYYY-MM-DD */
                        validFrom: string;
                        /** @description Số phiên bản mới; mặc định phiên bản mới nhất + 1 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: {
                                /** @description SHA-256 (hex chữ thường) của dạng chuẩn duphong-codelist/1 */
                                digest: string;
                                items: {
                                    /** @description Mã, giữ nguyên số 0 đứng đầu */
                                    code: string;
                                    /** @description Không dùng cho mô tả mới, vẫn tra được cho hồ sơ cũ */
                                    deprecated?: boolean;
                                    labelEn?: string;
                                    /** @description Nhãn tiếng Việt */
                                    labelVi: string;
                                    note?: string;
                                }[];
                                listId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                publishedAt: string;
                                /** @description Ngày YYYY-MM-DD */
                                validFrom: string;
                                version: number;
                            };
                            warnings: {
                                /** @description Mã phát hiện DP-CODELIST-… */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/code-lists/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gói danh mục dùng chung đã ký
         * @description Mọi danh mục dùng chung (toàn bộ lịch sử phiên bản, mã băm) và số thứ tự gói, ký bằng khoá Ed25519 của hệ thống (mục đích duphong/codelist-bundle/1). Hệ thống cấp dưới kéo gói này theo lịch.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payload: unknown;
                            signature: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/code-lists/drift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hệ thống nào lệch danh mục dùng chung
         * @description Mỗi hệ thống khai báo trong national.peers với báo cáo mới nhất, so lại với danh mục hiện hành ở đây.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            peers: {
                                name: string;
                                peerId: string;
                                report: {
                                    findings: {
                                        code: string;
                                        message: string;
                                        path?: string;
                                        /** @enum {string} */
                                        severity: "error" | "warning";
                                    }[];
                                    inSync: boolean;
                                    lists: {
                                        digest: string;
                                        listId: string;
                                        version: number;
                                    }[];
                                    peerId: string;
                                    receivedAt: string;
                                    sequence: number | null;
                                    signedAt: string;
                                } | null;
                                /** @enum {string} */
                                status: "in-sync" | "differs" | "never-reported";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Hệ thống cấp dưới báo mã băm danh mục của mình
         * @description Báo cáo đã ký (duphong/codelist-drift/1); trung ương so với danh mục của mình và giữ báo cáo mới nhất của mỗi hệ thống.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            inSync: boolean;
                            lists: {
                                digest: string;
                                listId: string;
                                version: number;
                            }[];
                            peerId: string;
                            receivedAt: string;
                            sequence: number | null;
                            signedAt: string;
                            stored: boolean;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/code-lists/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kéo danh mục dùng chung từ hệ thống cấp trên ngay
         * @description Như lịch đồng bộ: kiểm tra chữ ký và mã băm, từ chối gói cũ, áp dụng trong một giao dịch rồi gửi báo cáo lệch lên cấp trên.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: {
                                digest: string;
                                listId: string;
                                version: number;
                            }[];
                            drift: {
                                error?: string;
                                sent: boolean;
                            };
                            /** @enum {string} */
                            outcome: "applied" | "unchanged";
                            sequence: number;
                            upstream: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/code-lists/sync-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kiểm tra danh mục ở đây có khớp với trung ương
         * @description Gửi mã băm phiên bản mới nhất của từng danh mục ở cơ quan trung ương; trả về danh mục nào thiếu, cũ hơn, mới hơn hoặc khác nội dung (đồng bộ một chiều, từ trên xuống), và bản lưu nào không còn khớp mã băm của chính nó.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lists: {
                            /** @description SHA-256 (hex chữ thường) của dạng chuẩn duphong-codelist/1 */
                            digest: string;
                            listId: string;
                            version: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                /** @description Mã phát hiện DP-CODELIST-… */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            inSync: boolean;
                            lists: {
                                central: {
                                    digest: string;
                                    listId: string;
                                    version: number;
                                } | null;
                                listId: string;
                                local: {
                                    digest: string;
                                    listId: string;
                                    version: number;
                                } | null;
                                /** @enum {string} */
                                status: "in-sync" | "missing" | "behind" | "ahead" | "differs" | "local-only";
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/code-lists/sync-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trạng thái đồng bộ với hệ thống cấp trên
         * @description Hệ thống cấp trên, các danh mục dùng chung (bị khoá sửa ở đây), các lần kéo gần nhất.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            everyMinutes: number;
                            instanceId: string;
                            lastSequence: number | null;
                            pulls: {
                                applied: number;
                                at: string;
                                code: string | null;
                                id: string;
                                message: string | null;
                                /** @enum {string} */
                                outcome: "applied" | "unchanged" | "refused" | "failed";
                                sequence: number | null;
                                upstream: string;
                            }[];
                            shared: {
                                listId: string;
                                origin: string;
                                originName: string;
                                sequence: number;
                                updatedAt: string;
                            }[];
                            upstream: {
                                id: string;
                                name: string;
                                url: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bảng điều khiển
         * @description Tình trạng chung (ok / warning / critical) kèm lý do; bản sao theo trạng thái, hồ sơ chưa đạt chính sách nhân bản, độ phủ kiểm tra toàn vẹn với lần chạy gần nhất và lần theo lịch kế tiếp, sự cố theo mức độ, tình trạng và dung lượng các site, tiến độ lựa chọn và tiếp nhận — trong phạm vi đơn vị của người dùng.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audit: {
                                copies: number;
                                lastRun: {
                                    checked: number;
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    finishedAt: string | null;
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    startedAt: string;
                                    unrepaired: number;
                                } | null;
                                neverVerified: number;
                                /** @description Lần kiểm tra theo lịch tiếp theo (null khi không bật lịch hoặc chưa có bản sao) */
                                nextAudit: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                nextDue: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                oldestVerification: string | null;
                                overdue: number;
                                periodMonths: number;
                                scheduled: boolean;
                                share: number;
                                window: string;
                                withinPeriod: number;
                            };
                            copies: {
                                damaged: number;
                                missing: number;
                                ok: number;
                                pending: number;
                            };
                            /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                            generatedAt: string;
                            /**
                             * @description Không bao giờ là ok khi còn sự cố, bản sao hỏng/mất, chính sách chưa đạt hoặc kiểm tra quá hạn
                             * @enum {string}
                             */
                            health: "ok" | "warning" | "critical";
                            incidents: {
                                critical: number;
                                high: number;
                                medium: number;
                                open: number;
                            };
                            intake: {
                                jobsFailed: number;
                                jobsQueued: number;
                                jobsRunning: number;
                                objects: number;
                            };
                            objects: number;
                            policy: {
                                /** @description Số hồ sơ có ít hơn 2 bản sao đã kiểm chứng */
                                belowFloor: number;
                                copies: number;
                                examples: {
                                    fileCode: string;
                                    media: number;
                                    regions: number;
                                    verified: number;
                                }[];
                                minMedia: number;
                                minRegions: number;
                                /** @description Số hồ sơ chưa đạt chính sách nhân bản */
                                unmet: number;
                            };
                            reasons: {
                                en: string;
                                /** @enum {string} */
                                level: "warning" | "critical";
                                vi: string;
                            }[];
                            selection: {
                                listsByStatus: {
                                    [key: string]: number;
                                };
                                recognisedFiles: number;
                            };
                            sites: {
                                bytes: number;
                                copies: {
                                    damaged: number;
                                    missing: number;
                                    ok: number;
                                    pending: number;
                                };
                                freeBytes: number | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                lastVerifiedAt: string | null;
                                medium: string;
                                name: string;
                                objects: number;
                                online: boolean;
                                region: string;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digitisation/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các đợt số hóa của đơn vị mình, với tiến độ */
        get: {
            parameters: {
                query?: {
                    listId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batches: {
                                batch: {
                                    closedAt: string | null;
                                    createdAt: string;
                                    createdBy: string;
                                    /** @description Hạn hoàn thành (YYYY-MM-DD) */
                                    dueDate: string | null;
                                    /** @description Thiết bị quét */
                                    equipment: string;
                                    files: {
                                        expectedPages: number | null;
                                        fileCode: string;
                                        title: string;
                                    }[];
                                    id: string;
                                    /** @description Danh mục dự phòng đã phê duyệt mà đợt được lập theo */
                                    listId: string | null;
                                    name: string;
                                    note: string;
                                    /** @description Người quét */
                                    operator: string;
                                    runStartedAt: string | null;
                                    runStartPages: number;
                                    /** @enum {string} */
                                    state: "planned" | "receiving" | "checking" | "converting" | "packaging" | "stored" | "rejected";
                                    unitId: string;
                                    updatedAt: string;
                                };
                                progress: {
                                    byState: {
                                        [key: string]: number;
                                    };
                                    documents: number;
                                    /** @description Dự kiến xong chuyển đổi (ISO 8601), theo tốc độ của lần chạy này */
                                    eta: string | null;
                                    /** @description Phần tài liệu đã xong (đã lưu hoặc không đạt), 0–1 */
                                    fraction: number;
                                    pages: number;
                                    pagesConverted: number;
                                    pagesRemaining: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Lập đợt số hóa từ danh mục dự phòng đã phê duyệt, hoặc từ các hồ sơ chọn
         * @description Hồ sơ chưa chỉnh lý hoàn chỉnh bị loại khỏi đợt với phát hiện DP-DIGITISE-NOT-ARRANGED.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description DD/MM/YYYY hoặc YYYY-MM-DD */
                        dueDate?: string;
                        equipment?: string;
                        fileCodes?: string[];
                        listId?: string;
                        name?: string;
                        note?: string;
                        operator?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                closedAt: string | null;
                                createdAt: string;
                                createdBy: string;
                                /** @description Hạn hoàn thành (YYYY-MM-DD) */
                                dueDate: string | null;
                                /** @description Thiết bị quét */
                                equipment: string;
                                files: {
                                    expectedPages: number | null;
                                    fileCode: string;
                                    title: string;
                                }[];
                                id: string;
                                /** @description Danh mục dự phòng đã phê duyệt mà đợt được lập theo */
                                listId: string | null;
                                name: string;
                                note: string;
                                /** @description Người quét */
                                operator: string;
                                runStartedAt: string | null;
                                runStartPages: number;
                                /** @enum {string} */
                                state: "planned" | "receiving" | "checking" | "converting" | "packaging" | "stored" | "rejected";
                                unitId: string;
                                updatedAt: string;
                            };
                            findings: {
                                /** @description Mã phát hiện, ví dụ DP-SCAN-LOW-DPI */
                                code: string;
                                en: string;
                                name?: string;
                                page?: number;
                                /**
                                 * @description error: tài liệu không đạt · warning: cần người xem xét
                                 * @enum {string}
                                 */
                                severity: "error" | "warning";
                                vi: string;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digitisation/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một đợt số hóa: tiến độ, tài liệu, phát hiện */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                closedAt: string | null;
                                createdAt: string;
                                createdBy: string;
                                /** @description Hạn hoàn thành (YYYY-MM-DD) */
                                dueDate: string | null;
                                /** @description Thiết bị quét */
                                equipment: string;
                                files: {
                                    expectedPages: number | null;
                                    fileCode: string;
                                    title: string;
                                }[];
                                id: string;
                                /** @description Danh mục dự phòng đã phê duyệt mà đợt được lập theo */
                                listId: string | null;
                                name: string;
                                note: string;
                                /** @description Người quét */
                                operator: string;
                                runStartedAt: string | null;
                                runStartPages: number;
                                /** @enum {string} */
                                state: "planned" | "receiving" | "checking" | "converting" | "packaging" | "stored" | "rejected";
                                unitId: string;
                                updatedAt: string;
                            };
                            documents: {
                                batchId: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                decisionNote: string | null;
                                /** @description Trường mô tả đo từ tệp: thời lượng, chất lượng, cỡ ảnh… */
                                facts: {
                                    [key: string]: string;
                                };
                                fileCode: string;
                                findings: {
                                    /** @description Mã phát hiện, ví dụ DP-SCAN-LOW-DPI */
                                    code: string;
                                    en: string;
                                    name?: string;
                                    page?: number;
                                    /**
                                     * @description error: tài liệu không đạt · warning: cần người xem xét
                                     * @enum {string}
                                     */
                                    severity: "error" | "warning";
                                    vi: string;
                                }[];
                                keptAsIs: boolean;
                                /**
                                 * @description doc tài liệu (PDF/A) · pic ảnh · media ghi âm, ghi hình (giữ nguyên)
                                 * @enum {string}
                                 */
                                kind: "doc" | "pic" | "media";
                                ordinal: number;
                                pageInfo: {
                                    confidence: number | null;
                                    page: number;
                                    source: string;
                                }[];
                                pages: number;
                                pdfSha256: string | null;
                                sources: string[];
                                /** @enum {string} */
                                state: "received" | "review" | "accepted" | "rejected" | "converted" | "stored";
                                updatedAt: string;
                            }[];
                            fileFindings: {
                                /** @description Mã phát hiện, ví dụ DP-SCAN-LOW-DPI */
                                code: string;
                                en: string;
                                name?: string;
                                page?: number;
                                /**
                                 * @description error: tài liệu không đạt · warning: cần người xem xét
                                 * @enum {string}
                                 */
                                severity: "error" | "warning";
                                vi: string;
                            }[];
                            progress: {
                                byState: {
                                    [key: string]: number;
                                };
                                documents: number;
                                /** @description Dự kiến xong chuyển đổi (ISO 8601), theo tốc độ của lần chạy này */
                                eta: string | null;
                                /** @description Phần tài liệu đã xong (đã lưu hoặc không đạt), 0–1 */
                                fraction: number;
                                pages: number;
                                pagesConverted: number;
                                pagesRemaining: number;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digitisation/batches/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đóng đợt không làm tiếp: tài liệu chưa vào bản sao dự phòng thành không đạt (cần lý do); hồ sơ vào được đợt mới */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                closedAt: string | null;
                                createdAt: string;
                                createdBy: string;
                                /** @description Hạn hoàn thành (YYYY-MM-DD) */
                                dueDate: string | null;
                                /** @description Thiết bị quét */
                                equipment: string;
                                files: {
                                    expectedPages: number | null;
                                    fileCode: string;
                                    title: string;
                                }[];
                                id: string;
                                /** @description Danh mục dự phòng đã phê duyệt mà đợt được lập theo */
                                listId: string | null;
                                name: string;
                                note: string;
                                /** @description Người quét */
                                operator: string;
                                runStartedAt: string | null;
                                runStartPages: number;
                                /** @enum {string} */
                                state: "planned" | "receiving" | "checking" | "converting" | "packaging" | "stored" | "rejected";
                                unitId: string;
                                updatedAt: string;
                            };
                            documents: {
                                batchId: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                decisionNote: string | null;
                                /** @description Trường mô tả đo từ tệp: thời lượng, chất lượng, cỡ ảnh… */
                                facts: {
                                    [key: string]: string;
                                };
                                fileCode: string;
                                findings: {
                                    /** @description Mã phát hiện, ví dụ DP-SCAN-LOW-DPI */
                                    code: string;
                                    en: string;
                                    name?: string;
                                    page?: number;
                                    /**
                                     * @description error: tài liệu không đạt · warning: cần người xem xét
                                     * @enum {string}
                                     */
                                    severity: "error" | "warning";
                                    vi: string;
                                }[];
                                keptAsIs: boolean;
                                /**
                                 * @description doc tài liệu (PDF/A) · pic ảnh · media ghi âm, ghi hình (giữ nguyên)
                                 * @enum {string}
                                 */
                                kind: "doc" | "pic" | "media";
                                ordinal: number;
                                pageInfo: {
                                    confidence: number | null;
                                    page: number;
                                    source: string;
                                }[];
                                pages: number;
                                pdfSha256: string | null;
                                sources: string[];
                                /** @enum {string} */
                                state: "received" | "review" | "accepted" | "rejected" | "converted" | "stored";
                                updatedAt: string;
                            }[];
                            progress: {
                                byState: {
                                    [key: string]: number;
                                };
                                documents: number;
                                /** @description Dự kiến xong chuyển đổi (ISO 8601), theo tốc độ của lần chạy này */
                                eta: string | null;
                                /** @description Phần tài liệu đã xong (đã lưu hoặc không đạt), 0–1 */
                                fraction: number;
                                pages: number;
                                pagesConverted: number;
                                pagesRemaining: number;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digitisation/batches/{id}/documents/{fileCode}/{ordinal}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chấp nhận hoặc không chấp nhận một tài liệu chờ xem xét (cần lý do khi không chấp nhận) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileCode: string;
                    id: string;
                    ordinal: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accept: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            /** @description Trường mô tả đo từ tệp: thời lượng, chất lượng, cỡ ảnh… */
                            facts: {
                                [key: string]: string;
                            };
                            fileCode: string;
                            findings: {
                                /** @description Mã phát hiện, ví dụ DP-SCAN-LOW-DPI */
                                code: string;
                                en: string;
                                name?: string;
                                page?: number;
                                /**
                                 * @description error: tài liệu không đạt · warning: cần người xem xét
                                 * @enum {string}
                                 */
                                severity: "error" | "warning";
                                vi: string;
                            }[];
                            keptAsIs: boolean;
                            /**
                             * @description doc tài liệu (PDF/A) · pic ảnh · media ghi âm, ghi hình (giữ nguyên)
                             * @enum {string}
                             */
                            kind: "doc" | "pic" | "media";
                            ordinal: number;
                            pageInfo: {
                                confidence: number | null;
                                page: number;
                                source: string;
                            }[];
                            pages: number;
                            pdfSha256: string | null;
                            sources: string[];
                            /** @enum {string} */
                            state: "received" | "review" | "accepted" | "rejected" | "converted" | "stored";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digitisation/batches/{id}/documents/{fileCode}/{ordinal}/pages/{page}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ảnh một trang quét (PNG, rộng tối đa 1.200 px) để xem xét */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileCode: string;
                    id: string;
                    ordinal: number;
                    page: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digitisation/batches/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chạy đợt (kiểm tra, chuyển PDF/A + nhận dạng chữ, đóng gói) như một tác vụ nền; chạy lại để tiếp tục */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digitisation/batches/{id}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhận các bản quét đã tải lên (tus) vào đợt, rồi kiểm tra chất lượng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        uploads: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                closedAt: string | null;
                                createdAt: string;
                                createdBy: string;
                                /** @description Hạn hoàn thành (YYYY-MM-DD) */
                                dueDate: string | null;
                                /** @description Thiết bị quét */
                                equipment: string;
                                files: {
                                    expectedPages: number | null;
                                    fileCode: string;
                                    title: string;
                                }[];
                                id: string;
                                /** @description Danh mục dự phòng đã phê duyệt mà đợt được lập theo */
                                listId: string | null;
                                name: string;
                                note: string;
                                /** @description Người quét */
                                operator: string;
                                runStartedAt: string | null;
                                runStartPages: number;
                                /** @enum {string} */
                                state: "planned" | "receiving" | "checking" | "converting" | "packaging" | "stored" | "rejected";
                                unitId: string;
                                updatedAt: string;
                            };
                            documents: {
                                batchId: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                decisionNote: string | null;
                                /** @description Trường mô tả đo từ tệp: thời lượng, chất lượng, cỡ ảnh… */
                                facts: {
                                    [key: string]: string;
                                };
                                fileCode: string;
                                findings: {
                                    /** @description Mã phát hiện, ví dụ DP-SCAN-LOW-DPI */
                                    code: string;
                                    en: string;
                                    name?: string;
                                    page?: number;
                                    /**
                                     * @description error: tài liệu không đạt · warning: cần người xem xét
                                     * @enum {string}
                                     */
                                    severity: "error" | "warning";
                                    vi: string;
                                }[];
                                keptAsIs: boolean;
                                /**
                                 * @description doc tài liệu (PDF/A) · pic ảnh · media ghi âm, ghi hình (giữ nguyên)
                                 * @enum {string}
                                 */
                                kind: "doc" | "pic" | "media";
                                ordinal: number;
                                pageInfo: {
                                    confidence: number | null;
                                    page: number;
                                    source: string;
                                }[];
                                pages: number;
                                pdfSha256: string | null;
                                sources: string[];
                                /** @enum {string} */
                                state: "received" | "review" | "accepted" | "rejected" | "converted" | "stored";
                                updatedAt: string;
                            }[];
                            findings: {
                                /** @description Mã phát hiện, ví dụ DP-SCAN-LOW-DPI */
                                code: string;
                                en: string;
                                name?: string;
                                page?: number;
                                /**
                                 * @description error: tài liệu không đạt · warning: cần người xem xét
                                 * @enum {string}
                                 */
                                severity: "error" | "warning";
                                vi: string;
                            }[];
                            received: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digitisation/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu số hóa trong năm (cho báo cáo hằng năm): tài liệu, trang đã lưu bản sao, tài liệu không đạt */
        get: {
            parameters: {
                query: {
                    unitId?: string;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batches: number;
                            documentsRejected: number;
                            documentsStored: number;
                            pagesStored: number;
                            unitId: string | null;
                            year: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digitisation/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tài liệu chờ xem xét (cảnh báo chất lượng hoặc nhận dạng chữ kém) của đơn vị mình */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            review: {
                                batchId: string;
                                batchName: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                decisionNote: string | null;
                                /** @description Trường mô tả đo từ tệp: thời lượng, chất lượng, cỡ ảnh… */
                                facts: {
                                    [key: string]: string;
                                };
                                fileCode: string;
                                findings: {
                                    /** @description Mã phát hiện, ví dụ DP-SCAN-LOW-DPI */
                                    code: string;
                                    en: string;
                                    name?: string;
                                    page?: number;
                                    /**
                                     * @description error: tài liệu không đạt · warning: cần người xem xét
                                     * @enum {string}
                                     */
                                    severity: "error" | "warning";
                                    vi: string;
                                }[];
                                keptAsIs: boolean;
                                /**
                                 * @description doc tài liệu (PDF/A) · pic ảnh · media ghi âm, ghi hình (giữ nguyên)
                                 * @enum {string}
                                 */
                                kind: "doc" | "pic" | "media";
                                ordinal: number;
                                pageInfo: {
                                    confidence: number | null;
                                    page: number;
                                    source: string;
                                }[];
                                pages: number;
                                pdfSha256: string | null;
                                sources: string[];
                                /** @enum {string} */
                                state: "received" | "review" | "accepted" | "rejected" | "converted" | "stored";
                                unitId: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Tạo hoặc cập nhật mô tả tài liệu (EAD_doc / EAD_pic / EAD_media) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Trường TT05 theo tên phần tử (title, maintenance, mode, …)
                         * @default {}
                         */
                        fields?: {
                            [key: string]: string;
                        };
                        fileCode: string;
                        /**
                         * @default doc
                         * @enum {string}
                         */
                        kind?: "doc" | "pic" | "media";
                        /** @default null */
                        ordinal?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            saved: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Trường TT05 theo tên phần tử (title, maintenance, mode, …) */
                                fields: {
                                    [key: string]: string;
                                };
                                fileCode: string;
                                /** @description Mã tài liệu (docCode) */
                                id: string;
                                /** @enum {string} */
                                kind: "doc" | "pic" | "media";
                                legacy: {
                                    [key: string]: string;
                                };
                                ordinal: number | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nội dung tài liệu (xem trực tiếp)
         * @description Tệp của tài liệu đọc từ một bản sao đã kiểm chứng, kiểm tra mã băm trong khi truyền; Content-Disposition inline. Tài liệu mức 02 cần yêu cầu khai thác được duyệt (với độc giả), mức 03 chỉ cán bộ.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nội dung tệp (PDF, ảnh …) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dòng sự kiện (thay đổi danh mục dùng chung …)
         * @description Các sự kiện sau con trỏ `after` (0 = từ đầu), cũ trước; gọi lại với `after=next`.
         */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                kind: string;
                                subject: string;
                            }[];
                            next: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hồ sơ (theo phông)
         * @description Chỉ các hồ sơ trong mức được xem (mặc định 01–02, như tìm kiếm), kể cả trong tổng.
         */
        get: {
            parameters: {
                query?: {
                    fonds?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            files: {
                                /** @description Mã hồ sơ */
                                code: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Trường TT05 theo tên phần tử (title, maintenance, mode, …) */
                                fields: {
                                    [key: string]: string;
                                };
                                fondsCode: string | null;
                                legacy: {
                                    [key: string]: string;
                                };
                                title: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một hồ sơ, kèm tài liệu và các lần kiểm tra tình trạng
         * @description Hồ sơ ngoài mức được xem (mặc định 01–02; chế độ sử dụng không rõ tính là 03) trả 404 như hồ sơ không tồn tại; tài liệu ngoài mức được ẩn.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documents: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Trường TT05 theo tên phần tử (title, maintenance, mode, …) */
                                fields: {
                                    [key: string]: string;
                                };
                                fileCode: string;
                                /** @description Mã tài liệu (docCode) */
                                id: string;
                                /** @enum {string} */
                                kind: "doc" | "pic" | "media";
                                legacy: {
                                    [key: string]: string;
                                };
                                ordinal: number | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            }[];
                            file: {
                                /** @description Mã hồ sơ */
                                code: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Trường TT05 theo tên phần tử (title, maintenance, mode, …) */
                                fields: {
                                    [key: string]: string;
                                };
                                fondsCode: string | null;
                                legacy: {
                                    [key: string]: string;
                                };
                                title: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            };
                            inspections: {
                                /** @description Ngày kiểm tra (YYYY-MM-DD) */
                                date: string;
                                id: string;
                                inspector: string;
                                notes: string;
                                readable: boolean | null;
                                recordCode: string;
                                /** @enum {string} */
                                recordKind: "fonds" | "file" | "document" | "holding";
                                /** @description Mã dấu hiệu hư hỏng (danh mục damageSign / electronicRisk) */
                                signs: string[];
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Tạo hoặc cập nhật mô tả hồ sơ (trường TT05 của AIP_hoso) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description updatedAt của bản ghi khi người sửa mở nó (null: chưa có); đã bị sửa khác đi thì từ chối 409 DP-…-STALE */
                        expectedUpdatedAt?: string | null;
                        /**
                         * @description Trường TT05 theo tên phần tử (title, maintenance, mode, …)
                         * @default {}
                         */
                        fields?: {
                            [key: string]: string;
                        };
                        /** @default null */
                        fondsCode?: string | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            saved: {
                                /** @description Mã hồ sơ */
                                code: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Trường TT05 theo tên phần tử (title, maintenance, mode, …) */
                                fields: {
                                    [key: string]: string;
                                };
                                fondsCode: string | null;
                                legacy: {
                                    [key: string]: string;
                                };
                                title: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{code}/arranged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ghi hồ sơ đã chỉnh lý hoàn chỉnh (điều kiện để số hóa) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description DD/MM/YYYY */
                        date: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrangedBy: string;
                            arrangedDate: string;
                            file: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fonds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách phông / công trình / sưu tập */
        get: {
            parameters: {
                query?: {
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                            createdAt: string;
                            /** @description Trường TT05 theo tên phần tử (title, maintenance, mode, …) */
                            fields: {
                                [key: string]: string;
                            };
                            /**
                             * @description phông · công trình · sưu tập
                             * @enum {string}
                             */
                            kind: "fonds" | "work" | "collection";
                            legacy: {
                                [key: string]: string;
                            };
                            name: string;
                            /**
                             * @description mở · đóng
                             * @enum {string}
                             */
                            status: "open" | "closed";
                            unitId: string | null;
                            /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                            updatedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fonds/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phông, kèm kho bảo quản và số hồ sơ */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            files: number;
                            fonds: {
                                code: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Trường TT05 theo tên phần tử (title, maintenance, mode, …) */
                                fields: {
                                    [key: string]: string;
                                };
                                /**
                                 * @description phông · công trình · sưu tập
                                 * @enum {string}
                                 */
                                kind: "fonds" | "work" | "collection";
                                legacy: {
                                    [key: string]: string;
                                };
                                name: string;
                                /**
                                 * @description mở · đóng
                                 * @enum {string}
                                 */
                                status: "open" | "closed";
                                unitId: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            };
                            holdings: {
                                box: string | null;
                                /** @description 01 tốt · 02 bình thường · 03 hỏng */
                                condition: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                fileCode: string | null;
                                fondsCode: string;
                                id: string;
                                /** @description paper · film · photo · tape-disc · woodblock · digital */
                                medium: string;
                                shelf: string | null;
                                shelfMetres: number | null;
                                store: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Tạo hoặc cập nhật phông */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description updatedAt của bản ghi khi người sửa mở nó (null: chưa có); đã bị sửa khác đi thì từ chối 409 DP-…-STALE */
                        expectedUpdatedAt?: string | null;
                        /**
                         * @description Trường TT05 theo tên phần tử (title, maintenance, mode, …)
                         * @default {}
                         */
                        fields?: {
                            [key: string]: string;
                        };
                        /** @enum {string} */
                        kind: "fonds" | "work" | "collection";
                        name: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        /** @default null */
                        unitId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            saved: {
                                code: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Trường TT05 theo tên phần tử (title, maintenance, mode, …) */
                                fields: {
                                    [key: string]: string;
                                };
                                /**
                                 * @description phông · công trình · sưu tập
                                 * @enum {string}
                                 */
                                kind: "fonds" | "work" | "collection";
                                legacy: {
                                    [key: string]: string;
                                };
                                name: string;
                                /**
                                 * @description mở · đóng
                                 * @enum {string}
                                 */
                                status: "open" | "closed";
                                unitId: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần bàn giao (gửi đi và nhận về) */
        get: {
            parameters: {
                query?: {
                    direction?: "out" | "in";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handovers: {
                                counts: {
                                    accepted: number;
                                    objects: number;
                                    pending: number;
                                    refused: number;
                                    sent: number;
                                };
                                createdAt: string;
                                /** @enum {string} */
                                direction: "out" | "in";
                                id: string;
                                peer: string;
                                receipt: {
                                    at: string;
                                    keyId: string;
                                    signedBy: string;
                                } | null;
                                scope: {
                                    code: string;
                                    kind: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "complete" | "incomplete";
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handovers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một lần bàn giao: danh mục thống kê, trạng thái từng mục, biên nhận */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                accepted: number;
                                objects: number;
                                pending: number;
                                refused: number;
                                sent: number;
                            };
                            createdAt: string;
                            /** @enum {string} */
                            direction: "out" | "in";
                            id: string;
                            items: {
                                fileCode: string;
                                findingCode: string | null;
                                n: number;
                                objectId: string;
                                remoteObject: string | null;
                                sha256: string;
                                size: number;
                                state: string;
                                version: number;
                            }[];
                            peer: string;
                            receipt: {
                                at: string;
                                keyId: string;
                                signedBy: string;
                            } | null;
                            scope: {
                                code: string;
                                kind: string;
                                name: string;
                            };
                            statistics: {
                                copiesVerified: number;
                                digitisedPages: number;
                                documents: number;
                                files: number;
                                pages: number;
                            };
                            /** @enum {string} */
                            status: "open" | "complete" | "incomplete";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handovers/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nhận bản kê bàn giao đã ký
         * @description Bản kê (mục đích duphong/handover-manifest/1) do hệ thống gửi ký; trả lời những mục đã có (không gửi lại) và những mục còn thiếu. Cùng mã với nội dung khác: 409 DP-HANDOVER-REPLAY.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payload: unknown;
                        signature: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handover: string;
                            held: {
                                n: number;
                                object: string | null;
                            }[];
                            missing: number[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handovers/incoming/{id}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Biên nhận bàn giao đã ký
         * @description Biên nhận (duphong/handover-receipt/1): mục đã nhận (mã đối tượng tại đây), mục từ chối (mã lỗi), mục còn thiếu.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payload: unknown;
                            signature: {
                                /** @enum {string} */
                                alg: "Ed25519";
                                chain?: unknown[];
                                keyId: string;
                                purpose: string;
                                signedAt: string;
                                signer: string;
                                value: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handovers/incoming/{id}/objects/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Nhận một túi BagIt (tar) của bàn giao
         * @description Thân yêu cầu: các byte của túi (application/octet-stream), đúng kích thước và SHA-256 trong bản kê đã ký; được kiểm tra, mở, xác minh BagIt và tiếp nhận thành bản sao dự phòng.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    n: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code?: string;
                            message?: string;
                            n: number;
                            object?: string;
                            /** @enum {string} */
                            state: "accepted" | "refused";
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tình trạng máy chủ
         * @description Phiên bản, loại danh mục, số site đang trực tuyến và số thao tác ghi còn dở dang.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            catalogue: "sqlite" | "postgres";
                            /** @description Số thao tác ghi dở dang chờ hoàn tất hoặc hoàn tác */
                            journalPending: number;
                            sites: {
                                online: number;
                                total: number;
                            };
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holdings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Tạo hoặc cập nhật nơi bảo quản (kho, giá, hộp, mét giá, tình trạng) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        box: string | null;
                        /** @description 01 tốt · 02 bình thường · 03 hỏng */
                        condition: string | null;
                        fileCode: string | null;
                        fondsCode: string;
                        /** @description paper · film · photo · tape-disc · woodblock · digital */
                        medium: string;
                        shelf: string | null;
                        shelfMetres: number | null;
                        store: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            box: string | null;
                            /** @description 01 tốt · 02 bình thường · 03 hỏng */
                            condition: string | null;
                            /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                            createdAt: string;
                            fileCode: string | null;
                            fondsCode: string;
                            id: string;
                            /** @description paper · film · photo · tape-disc · woodblock · digital */
                            medium: string;
                            shelf: string | null;
                            shelfMetres: number | null;
                            store: string | null;
                            /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sự cố toàn vẹn
         * @description Những hư hỏng không tự sửa được, chờ người quyết định, nặng nhất trước; mỗi vấn đề một sự cố dù nhiều lần kiểm tra cùng thấy. `state`: open (chưa ai tiếp nhận) | acknowledged (đã tiếp nhận) | resolved (đã xử lý); `open=true|false`: chưa xử lý / đã xử lý.
         */
        get: {
            parameters: {
                query?: {
                    /** @description true | false */
                    open?: "true" | "false";
                    state?: "open" | "acknowledged" | "resolved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            incidents: {
                                acknowledged: {
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string;
                                    note: string;
                                } | null;
                                /** @description Mã phát hiện (DP-AUDIT-…) */
                                code: string;
                                copies: {
                                    site: string;
                                    /** @enum {string} */
                                    status: "ok" | "damaged" | "missing" | "pending";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    verifiedAt: string | null;
                                }[];
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Khi không chọn được bản chuẩn: site nào khớp, site nào khác */
                                decision: {
                                    agree: string[];
                                    disagree: string[];
                                    witnesses: string | null;
                                } | null;
                                detail: string;
                                /** @description Mã hồ sơ */
                                fileCode: string;
                                fileTitle: string | null;
                                id: string;
                                /** @description Lần kiểm tra gần nhất còn thấy lỗi */
                                lastSeenAt: string;
                                objectId: string;
                                /** @description Số lần kiểm tra thấy lỗi này */
                                occurrences: number;
                                path: string | null;
                                resolved: {
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    at: string;
                                    by: string | null;
                                    note: string | null;
                                } | null;
                                /**
                                 * @description critical: không còn bản nguyên vẹn / nhân chứng không thống nhất; high: bản sao hỏng chưa sửa; medium: còn lại
                                 * @enum {string}
                                 */
                                severity: "critical" | "high" | "medium";
                                site: string | null;
                                /** @enum {string} */
                                state: "open" | "acknowledged" | "resolved";
                                /** @description Cần làm gì */
                                todo: {
                                    en: string;
                                    vi: string;
                                };
                                /** @description Chuyện gì đã xảy ra */
                                what: {
                                    en: string;
                                    vi: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp nhận sự cố
         * @description Ghi nhận người đang xử lý sự cố (ai, khi nào, ghi chú).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledged: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                at: string;
                                by: string;
                                note: string;
                            } | null;
                            /** @description Mã phát hiện (DP-AUDIT-…) */
                            code: string;
                            copies: {
                                site: string;
                                /** @enum {string} */
                                status: "ok" | "damaged" | "missing" | "pending";
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                verifiedAt: string | null;
                            }[];
                            /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                            createdAt: string;
                            /** @description Khi không chọn được bản chuẩn: site nào khớp, site nào khác */
                            decision: {
                                agree: string[];
                                disagree: string[];
                                witnesses: string | null;
                            } | null;
                            detail: string;
                            /** @description Mã hồ sơ */
                            fileCode: string;
                            fileTitle: string | null;
                            id: string;
                            /** @description Lần kiểm tra gần nhất còn thấy lỗi */
                            lastSeenAt: string;
                            objectId: string;
                            /** @description Số lần kiểm tra thấy lỗi này */
                            occurrences: number;
                            path: string | null;
                            resolved: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                at: string;
                                by: string | null;
                                note: string | null;
                            } | null;
                            /**
                             * @description critical: không còn bản nguyên vẹn / nhân chứng không thống nhất; high: bản sao hỏng chưa sửa; medium: còn lại
                             * @enum {string}
                             */
                            severity: "critical" | "high" | "medium";
                            site: string | null;
                            /** @enum {string} */
                            state: "open" | "acknowledged" | "resolved";
                            /** @description Cần làm gì */
                            todo: {
                                en: string;
                                vi: string;
                            };
                            /** @description Chuyện gì đã xảy ra */
                            what: {
                                en: string;
                                vi: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đóng sự cố
         * @description Đánh dấu sự cố đã xử lý, kèm ghi chú bắt buộc về cách xử lý.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledged: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                at: string;
                                by: string;
                                note: string;
                            } | null;
                            /** @description Mã phát hiện (DP-AUDIT-…) */
                            code: string;
                            copies: {
                                site: string;
                                /** @enum {string} */
                                status: "ok" | "damaged" | "missing" | "pending";
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                verifiedAt: string | null;
                            }[];
                            /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                            createdAt: string;
                            /** @description Khi không chọn được bản chuẩn: site nào khớp, site nào khác */
                            decision: {
                                agree: string[];
                                disagree: string[];
                                witnesses: string | null;
                            } | null;
                            detail: string;
                            /** @description Mã hồ sơ */
                            fileCode: string;
                            fileTitle: string | null;
                            id: string;
                            /** @description Lần kiểm tra gần nhất còn thấy lỗi */
                            lastSeenAt: string;
                            objectId: string;
                            /** @description Số lần kiểm tra thấy lỗi này */
                            occurrences: number;
                            path: string | null;
                            resolved: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                at: string;
                                by: string | null;
                                note: string | null;
                            } | null;
                            /**
                             * @description critical: không còn bản nguyên vẹn / nhân chứng không thống nhất; high: bản sao hỏng chưa sửa; medium: còn lại
                             * @enum {string}
                             */
                            severity: "critical" | "high" | "medium";
                            site: string | null;
                            /** @enum {string} */
                            state: "open" | "acknowledged" | "resolved";
                            /** @description Cần làm gì */
                            todo: {
                                en: string;
                                vi: string;
                            };
                            /** @description Chuyện gì đã xảy ra */
                            what: {
                                en: string;
                                vi: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các lần kiểm tra tình trạng của một bản ghi (mới nhất trước)
         * @description Bản ghi ngoài mức được xem trả 404 (như tìm kiếm; nơi bảo quản theo hồ sơ của nó).
         */
        get: {
            parameters: {
                query: {
                    code: string;
                    kind: "fonds" | "file" | "document" | "holding";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Ngày kiểm tra (YYYY-MM-DD) */
                            date: string;
                            id: string;
                            inspector: string;
                            notes: string;
                            readable: boolean | null;
                            recordCode: string;
                            /** @enum {string} */
                            recordKind: "fonds" | "file" | "document" | "holding";
                            /** @description Mã dấu hiệu hư hỏng (danh mục damageSign / electronicRisk) */
                            signs: string[];
                        }[];
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi một lần kiểm tra tình trạng (dấu hiệu hư hỏng, còn đọc được không) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ngày kiểm tra (YYYY-MM-DD) */
                        date: string;
                        inspector: string;
                        notes: string;
                        readable: boolean | null;
                        recordCode: string;
                        /** @enum {string} */
                        recordKind: "fonds" | "file" | "document" | "holding";
                        /** @description Mã dấu hiệu hư hỏng (danh mục damageSign / electronicRisk) */
                        signs: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Ngày kiểm tra (YYYY-MM-DD) */
                            date: string;
                            id: string;
                            inspector: string;
                            notes: string;
                            readable: boolean | null;
                            recordCode: string;
                            /** @enum {string} */
                            recordKind: "fonds" | "file" | "document" | "holding";
                            /** @description Mã dấu hiệu hư hỏng (danh mục damageSign / electronicRisk) */
                            signs: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Định danh hệ thống và khoá công khai
         * @description Mã hệ thống, đơn vị, khoá ký Ed25519 hiện hành và lịch sử đổi khoá.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                createdAt: string;
                                keyId: string;
                                /** @description Khoá công khai Ed25519, 32 byte base64 */
                                publicKey: string;
                                retiredAt?: string;
                            };
                            instanceId: string;
                            keys: {
                                createdAt: string;
                                keyId: string;
                                /** @description Khoá công khai Ed25519, 32 byte base64 */
                                publicKey: string;
                                retiredAt?: string;
                            }[];
                            name: string;
                            /** @description Các lần đổi khoá, mỗi lần ký bằng khoá cũ */
                            rotations: unknown[];
                            unit?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp nhận các tệp đã tải lên thành bản sao dự phòng (tác vụ nền)
         * @description Gói SIP hoặc thư mục bản quét → kiểm tra → tác vụ nền "ingest". Phiên bản mới bỏ tài liệu của phiên bản hiện có bị từ chối (409 DP-INGEST-DROPS-DOCUMENTS) trừ khi confirmReplace: true.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Đồng ý phiên bản mới bỏ tài liệu của phiên bản hiện có */
                        confirmReplace?: boolean;
                        /** @description Mã hồ sơ (bắt buộc với scans) */
                        fileCode?: string;
                        /**
                         * @description sip: một gói SIP .zip; scans: một thư mục bản quét
                         * @enum {string}
                         */
                        kind: "sip" | "scans";
                        /** @description Tiêu đề, để tạo hồ sơ mới chưa có trong danh mục */
                        title?: string;
                        /** @description Mã các tệp đã tải lên (tus) */
                        uploads: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Những gì lượt tiếp nhận thay đổi so với phiên bản hiện có */
                            changes?: {
                                added: {
                                    path: string;
                                    previousSize?: number;
                                    size: number;
                                }[];
                                changed: {
                                    path: string;
                                    previousSize?: number;
                                    size: number;
                                }[];
                                /** @description Tài liệu phiên bản mới sẽ bỏ: cần confirmReplace */
                                dropped: {
                                    path: string;
                                    previousSize?: number;
                                    size: number;
                                }[];
                                fileCode: string;
                                /** @description Phiên bản hiện có (0: chưa có bản sao) */
                                headVersion: number;
                                /** @description Gói bổ sung (SUPPLEMENT): không bỏ tài liệu nào */
                                supplement: boolean;
                                unchanged: number;
                            };
                            createdAt: string;
                            error?: {
                                code: string;
                                message: string;
                            };
                            fileCode?: string;
                            id: string;
                            /** @description Mã tác vụ nền (GET /api/jobs) */
                            job?: string;
                            /** @enum {string} */
                            kind: "sip" | "scans";
                            progress: {
                                bytes: number;
                                done: number;
                                total: number;
                            };
                            result?: {
                                bytes: number;
                                fileCode: string;
                                files: number;
                                object: string;
                                version: number;
                            };
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiến độ và kết quả một lượt tiếp nhận */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Những gì lượt tiếp nhận thay đổi so với phiên bản hiện có */
                            changes?: {
                                added: {
                                    path: string;
                                    previousSize?: number;
                                    size: number;
                                }[];
                                changed: {
                                    path: string;
                                    previousSize?: number;
                                    size: number;
                                }[];
                                /** @description Tài liệu phiên bản mới sẽ bỏ: cần confirmReplace */
                                dropped: {
                                    path: string;
                                    previousSize?: number;
                                    size: number;
                                }[];
                                fileCode: string;
                                /** @description Phiên bản hiện có (0: chưa có bản sao) */
                                headVersion: number;
                                /** @description Gói bổ sung (SUPPLEMENT): không bỏ tài liệu nào */
                                supplement: boolean;
                                unchanged: number;
                            };
                            createdAt: string;
                            error?: {
                                code: string;
                                message: string;
                            };
                            fileCode?: string;
                            id: string;
                            /** @description Mã tác vụ nền (GET /api/jobs) */
                            job?: string;
                            /** @enum {string} */
                            kind: "sip" | "scans";
                            progress: {
                                bytes: number;
                                done: number;
                                total: number;
                            };
                            result?: {
                                bytes: number;
                                fileCode: string;
                                files: number;
                                object: string;
                                version: number;
                            };
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xem trước thay đổi của một lượt tiếp nhận (không ghi gì) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Đồng ý phiên bản mới bỏ tài liệu của phiên bản hiện có */
                        confirmReplace?: boolean;
                        /** @description Mã hồ sơ (bắt buộc với scans) */
                        fileCode?: string;
                        /**
                         * @description sip: một gói SIP .zip; scans: một thư mục bản quét
                         * @enum {string}
                         */
                        kind: "sip" | "scans";
                        /** @description Tiêu đề, để tạo hồ sơ mới chưa có trong danh mục */
                        title?: string;
                        /** @description Mã các tệp đã tải lên (tus) */
                        uploads: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Những gì lượt tiếp nhận thay đổi so với phiên bản hiện có */
                            changes: {
                                added: {
                                    path: string;
                                    previousSize?: number;
                                    size: number;
                                }[];
                                changed: {
                                    path: string;
                                    previousSize?: number;
                                    size: number;
                                }[];
                                /** @description Tài liệu phiên bản mới sẽ bỏ: cần confirmReplace */
                                dropped: {
                                    path: string;
                                    previousSize?: number;
                                    size: number;
                                }[];
                                fileCode: string;
                                /** @description Phiên bản hiện có (0: chưa có bản sao) */
                                headVersion: number;
                                /** @description Gói bổ sung (SUPPLEMENT): không bỏ tài liệu nào */
                                supplement: boolean;
                                unchanged: number;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tác vụ nền
         * @description Tác vụ trong hàng đợi bền vững (sao chép, kiểm tra …), mới nhất trước; lọc theo trạng thái.
         */
        get: {
            parameters: {
                query?: {
                    /** @description replicate | audit | ingest | digitise | codelist-pull | harvest */
                    kind?: "replicate" | "audit" | "ingest" | "digitise" | "codelist-pull" | "harvest";
                    /** @description Số tác vụ tối đa (1–1000) */
                    limit?: number;
                    /** @description queued | running | done | failed */
                    status?: "queued" | "running" | "done" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobs: {
                                attempts: number;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                id: string;
                                /** @description Loại tác vụ: replicate, audit, ingest, digitise, codelist-pull, harvest */
                                kind: string;
                                lastError: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                runAt: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/microfilm/duplicates/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi một lần kiểm tra tình trạng bản phim (tình trạng tìm thấy thành tình trạng của bản phim) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                         * @enum {string}
                         */
                        condition: "01" | "02" | "03";
                        /** @description Ngày DD/MM/YYYY (hoặc YYYY-MM-DD) */
                        date: string;
                        inspector?: string;
                        notes?: string;
                        readable: boolean;
                        signs: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicate: {
                                /** @description Số hiệu bản phim */
                                code: string;
                                /**
                                 * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                                 * @enum {string}
                                 */
                                condition: "01" | "02" | "03";
                                createdAt: string;
                                /** @description Ngày YYYY-MM-DD */
                                createdDate: string | null;
                                /**
                                 * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                                 * @enum {string}
                                 */
                                generation: "master" | "duplicate-negative" | "positive";
                                id: string;
                                /** @description Nơi bảo quản (kho, site) */
                                location: string;
                                /** @description Đế phim / vật mang tin, ví dụ polyester */
                                medium: string;
                                notes: string;
                                reelId: string;
                                updatedAt: string;
                            };
                            findings: {
                                /** @description Mã phát hiện DP-FILM-… */
                                code: string;
                                en: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                vi: string;
                            }[];
                            inspection: {
                                /**
                                 * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                                 * @enum {string}
                                 */
                                condition: "01" | "02" | "03";
                                createdAt: string;
                                /** @description Ngày YYYY-MM-DD */
                                date: string;
                                duplicateId: string;
                                id: string;
                                inspector: string;
                                notes: string;
                                readable: boolean;
                                /** @description Mã dấu hiệu: hoi-chung-giam, tray-xuoc, phai-mau, nam-moc, dinh-phim, cong-venh, dom-bac, rach-dut */
                                signs: string[];
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/microfilm/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu vi phim trong năm theo đơn vị: số cuộn, khung hình, hồ sơ, bản phim theo tình trạng */
        get: {
            parameters: {
                query: {
                    unit?: string;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: {
                                duplicates: number;
                                duplicatesByCondition: {
                                    "01": number;
                                    "02": number;
                                    "03": number;
                                };
                                filesCovered: number;
                                frames: number;
                                reels: number;
                            };
                            units: {
                                duplicates: number;
                                duplicatesByCondition: {
                                    "01": number;
                                    "02": number;
                                    "03": number;
                                };
                                filesCovered: number;
                                frames: number;
                                reels: number;
                                unitId: string | null;
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/microfilm/files/{fileCode}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bản sao dạng vi phim của một hồ sơ: cuộn, bản phim, nơi bảo quản, tình trạng, lần kiểm tra gần nhất */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            copies: {
                                /**
                                 * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                                 * @enum {string}
                                 */
                                condition: "01" | "02" | "03";
                                /** @description Được tính là bản sao dự phòng: không hỏng (03) và còn đọc được ở lần kiểm tra gần nhất */
                                counts: boolean;
                                duplicateCode: string;
                                duplicateId: string;
                                /** @description Ngày YYYY-MM-DD */
                                filmedDate: string;
                                /**
                                 * @description Khổ phim: 35mm hoặc 16mm
                                 * @enum {string}
                                 */
                                filmType: "35mm" | "16mm";
                                frames: {
                                    documentId: string | null;
                                    frameFrom: number;
                                    frameTo: number;
                                }[];
                                /**
                                 * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                                 * @enum {string}
                                 */
                                generation: "master" | "duplicate-negative" | "positive";
                                lastInspection: {
                                    /** @description Ngày YYYY-MM-DD */
                                    date: string;
                                    inspector: string;
                                    readable: boolean;
                                    signs: string[];
                                } | null;
                                location: string;
                                medium: string;
                                reelCode: string;
                                reelId: string;
                            }[];
                            fileCode: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/microfilm/reels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các cuộn vi phim của đơn vị mình, kèm khung hình, bản phim và các lần kiểm tra */
        get: {
            parameters: {
                query?: {
                    /** @description Chỉ các cuộn chứa hồ sơ này */
                    fileCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reels: {
                                /** @description Số cuộn phim */
                                code: string;
                                createdAt: string;
                                duplicates: {
                                    /** @description Số hiệu bản phim */
                                    code: string;
                                    /**
                                     * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                                     * @enum {string}
                                     */
                                    condition: "01" | "02" | "03";
                                    createdAt: string;
                                    /** @description Ngày YYYY-MM-DD */
                                    createdDate: string | null;
                                    /**
                                     * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                                     * @enum {string}
                                     */
                                    generation: "master" | "duplicate-negative" | "positive";
                                    id: string;
                                    inspections: {
                                        /**
                                         * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                                         * @enum {string}
                                         */
                                        condition: "01" | "02" | "03";
                                        createdAt: string;
                                        /** @description Ngày YYYY-MM-DD */
                                        date: string;
                                        duplicateId: string;
                                        id: string;
                                        inspector: string;
                                        notes: string;
                                        readable: boolean;
                                        /** @description Mã dấu hiệu: hoi-chung-giam, tray-xuoc, phai-mau, nam-moc, dinh-phim, cong-venh, dom-bac, rach-dut */
                                        signs: string[];
                                    }[];
                                    /** @description Nơi bảo quản (kho, site) */
                                    location: string;
                                    /** @description Đế phim / vật mang tin, ví dụ polyester */
                                    medium: string;
                                    notes: string;
                                    reelId: string;
                                    updatedAt: string;
                                }[];
                                /** @description Ngày chụp (YYYY-MM-DD): năm cuộn phim được tính trong số liệu */
                                filmedDate: string;
                                /**
                                 * @description Khổ phim: 35mm hoặc 16mm
                                 * @enum {string}
                                 */
                                filmType: "35mm" | "16mm";
                                frameCount: number;
                                frames: {
                                    documentId: string | null;
                                    fileCode: string;
                                    frameFrom: number;
                                    frameTo: number;
                                    reelId: string;
                                }[];
                                /**
                                 * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                                 * @enum {string}
                                 */
                                generation: "master" | "duplicate-negative" | "positive";
                                id: string;
                                notes: string;
                                /** @description Tỷ lệ thu nhỏ, ví dụ 1:14 */
                                reductionRatio: string;
                                /** @description Tiêu chuẩn, ví dụ ISO 6199 */
                                standard: string;
                                unitId: string | null;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Đăng ký một cuộn vi phim (bản sao dự phòng dạng phim) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @description Ngày DD/MM/YYYY (hoặc YYYY-MM-DD) */
                        filmedDate: string;
                        /**
                         * @description Khổ phim: 35mm hoặc 16mm
                         * @enum {string}
                         */
                        filmType: "35mm" | "16mm";
                        frameCount: number;
                        /**
                         * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                         * @enum {string}
                         */
                        generation?: "master" | "duplicate-negative" | "positive";
                        notes?: string;
                        reductionRatio?: string;
                        standard?: string;
                        unitId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                /** @description Mã phát hiện DP-FILM-… */
                                code: string;
                                en: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                vi: string;
                            }[];
                            reel: {
                                /** @description Số cuộn phim */
                                code: string;
                                createdAt: string;
                                /** @description Ngày chụp (YYYY-MM-DD): năm cuộn phim được tính trong số liệu */
                                filmedDate: string;
                                /**
                                 * @description Khổ phim: 35mm hoặc 16mm
                                 * @enum {string}
                                 */
                                filmType: "35mm" | "16mm";
                                frameCount: number;
                                /**
                                 * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                                 * @enum {string}
                                 */
                                generation: "master" | "duplicate-negative" | "positive";
                                id: string;
                                notes: string;
                                /** @description Tỷ lệ thu nhỏ, ví dụ 1:14 */
                                reductionRatio: string;
                                /** @description Tiêu chuẩn, ví dụ ISO 6199 */
                                standard: string;
                                unitId: string | null;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/microfilm/reels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một cuộn vi phim (theo mã hoặc số cuộn) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Số cuộn phim */
                            code: string;
                            createdAt: string;
                            duplicates: {
                                /** @description Số hiệu bản phim */
                                code: string;
                                /**
                                 * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                                 * @enum {string}
                                 */
                                condition: "01" | "02" | "03";
                                createdAt: string;
                                /** @description Ngày YYYY-MM-DD */
                                createdDate: string | null;
                                /**
                                 * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                                 * @enum {string}
                                 */
                                generation: "master" | "duplicate-negative" | "positive";
                                id: string;
                                inspections: {
                                    /**
                                     * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                                     * @enum {string}
                                     */
                                    condition: "01" | "02" | "03";
                                    createdAt: string;
                                    /** @description Ngày YYYY-MM-DD */
                                    date: string;
                                    duplicateId: string;
                                    id: string;
                                    inspector: string;
                                    notes: string;
                                    readable: boolean;
                                    /** @description Mã dấu hiệu: hoi-chung-giam, tray-xuoc, phai-mau, nam-moc, dinh-phim, cong-venh, dom-bac, rach-dut */
                                    signs: string[];
                                }[];
                                /** @description Nơi bảo quản (kho, site) */
                                location: string;
                                /** @description Đế phim / vật mang tin, ví dụ polyester */
                                medium: string;
                                notes: string;
                                reelId: string;
                                updatedAt: string;
                            }[];
                            /** @description Ngày chụp (YYYY-MM-DD): năm cuộn phim được tính trong số liệu */
                            filmedDate: string;
                            /**
                             * @description Khổ phim: 35mm hoặc 16mm
                             * @enum {string}
                             */
                            filmType: "35mm" | "16mm";
                            frameCount: number;
                            frames: {
                                documentId: string | null;
                                fileCode: string;
                                frameFrom: number;
                                frameTo: number;
                                reelId: string;
                            }[];
                            /**
                             * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                             * @enum {string}
                             */
                            generation: "master" | "duplicate-negative" | "positive";
                            id: string;
                            notes: string;
                            /** @description Tỷ lệ thu nhỏ, ví dụ 1:14 */
                            reductionRatio: string;
                            /** @description Tiêu chuẩn, ví dụ ISO 6199 */
                            standard: string;
                            unitId: string | null;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Sửa thông tin một cuộn vi phim */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @description Ngày DD/MM/YYYY (hoặc YYYY-MM-DD) */
                        filmedDate: string;
                        /**
                         * @description Khổ phim: 35mm hoặc 16mm
                         * @enum {string}
                         */
                        filmType: "35mm" | "16mm";
                        frameCount: number;
                        /**
                         * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                         * @enum {string}
                         */
                        generation?: "master" | "duplicate-negative" | "positive";
                        notes?: string;
                        reductionRatio?: string;
                        standard?: string;
                        unitId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                /** @description Mã phát hiện DP-FILM-… */
                                code: string;
                                en: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                vi: string;
                            }[];
                            reel: {
                                /** @description Số cuộn phim */
                                code: string;
                                createdAt: string;
                                /** @description Ngày chụp (YYYY-MM-DD): năm cuộn phim được tính trong số liệu */
                                filmedDate: string;
                                /**
                                 * @description Khổ phim: 35mm hoặc 16mm
                                 * @enum {string}
                                 */
                                filmType: "35mm" | "16mm";
                                frameCount: number;
                                /**
                                 * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                                 * @enum {string}
                                 */
                                generation: "master" | "duplicate-negative" | "positive";
                                id: string;
                                notes: string;
                                /** @description Tỷ lệ thu nhỏ, ví dụ 1:14 */
                                reductionRatio: string;
                                /** @description Tiêu chuẩn, ví dụ ISO 6199 */
                                standard: string;
                                unitId: string | null;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/microfilm/reels/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng ký một bản phim của cuộn (âm bản gốc, âm bản sao, dương bản) và nơi bảo quản */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /**
                         * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                         * @enum {string}
                         */
                        condition?: "01" | "02" | "03";
                        /** @description Ngày DD/MM/YYYY (hoặc YYYY-MM-DD) */
                        createdDate?: string | null;
                        /**
                         * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                         * @enum {string}
                         */
                        generation?: "master" | "duplicate-negative" | "positive";
                        location: string;
                        medium?: string;
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Số hiệu bản phim */
                            code: string;
                            /**
                             * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                             * @enum {string}
                             */
                            condition: "01" | "02" | "03";
                            createdAt: string;
                            /** @description Ngày YYYY-MM-DD */
                            createdDate: string | null;
                            /**
                             * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                             * @enum {string}
                             */
                            generation: "master" | "duplicate-negative" | "positive";
                            id: string;
                            /** @description Nơi bảo quản (kho, site) */
                            location: string;
                            /** @description Đế phim / vật mang tin, ví dụ polyester */
                            medium: string;
                            notes: string;
                            reelId: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/microfilm/reels/{id}/frames": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Ghi các khoảng khung hình của cuộn: hồ sơ, tài liệu nào ở khung nào
         * @description Khoảng khung không được chồng nhau, không vượt quá số khung của cuộn; hồ sơ và tài liệu phải có trong danh mục.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description true: thêm vào các khoảng khung đã có; false: thay toàn bộ
                         * @default false
                         */
                        append?: boolean;
                        frames: {
                            documentId?: string | null;
                            fileCode: string;
                            frameFrom: number;
                            frameTo: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                /** @description Mã phát hiện DP-FILM-… */
                                code: string;
                                en: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                vi: string;
                            }[];
                            frames: {
                                documentId: string | null;
                                fileCode: string;
                                frameFrom: number;
                                frameTo: number;
                                reelId: string;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hồ sơ có bản sao dự phòng
         * @description Mỗi hồ sơ kèm phiên bản mới nhất và số bản sao theo trạng thái (ok, chờ, hư hỏng, thiếu).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Số hồ sơ mỗi trang (1–500) */
                    limit?: number;
                    /** @description Bỏ qua bao nhiêu hồ sơ đầu */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            limit: number;
                            objects: {
                                /** @description Số bản sao theo trạng thái */
                                copies: {
                                    damaged: number;
                                    missing: number;
                                    ok: number;
                                    pending: number;
                                };
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Mã hồ sơ */
                                fileCode: string;
                                /** @description Phiên bản mới nhất */
                                head: number;
                                /** @description Mã đối tượng OCFL (urn:uuid:…) */
                                id: string;
                                /** @description Tiêu đề hồ sơ trong danh mục */
                                title: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            }[];
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/objects/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chi tiết một hồ sơ
         * @description Đối tượng, các phiên bản, tài liệu của phiên bản mới nhất và 100 sự kiện PREMIS gần nhất (mới nhất trước). Mỗi lần truy cập được ghi nhật ký.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mã hồ sơ hoặc mã đối tượng (urn:uuid:…) */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                agent: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                dateTime: string;
                                detail: string;
                                id: string;
                                /** @enum {string} */
                                outcome: "success" | "failure" | "warning";
                                site: string | null;
                                /** @description Loại sự kiện PREMIS */
                                type: string;
                            }[];
                            /** @description Tài liệu của phiên bản mới nhất */
                            files: {
                                /** @description Đường dẫn tài liệu như người dùng thấy */
                                logicalPath: string;
                                sha256: string;
                                size: number;
                            }[];
                            object: {
                                /** @description Số bản sao theo trạng thái */
                                copies: {
                                    damaged: number;
                                    missing: number;
                                    ok: number;
                                    pending: number;
                                };
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                /** @description Mã hồ sơ */
                                fileCode: string;
                                /** @description Phiên bản mới nhất */
                                head: number;
                                /** @description Mã đối tượng OCFL (urn:uuid:…) */
                                id: string;
                                /** @description Tiêu đề hồ sơ trong danh mục */
                                title: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            };
                            versions: {
                                bytes: number;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                created: string;
                                files: number;
                                message: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/objects/{code}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trạng thái các bản sao của hồ sơ
         * @description Giống `duphong copies CODE --json`: mỗi site, phiên bản đang giữ, trạng thái và lần kiểm tra gần nhất.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mã hồ sơ hoặc mã đối tượng (urn:uuid:…) */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Bản sao vi phim của hồ sơ (docs/microfilm.md), bên cạnh bản sao số */
                            analogue: {
                                /**
                                 * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                                 * @enum {string}
                                 */
                                condition: "01" | "02" | "03";
                                /** @description Được tính là bản sao dự phòng: không hỏng (03) và còn đọc được ở lần kiểm tra gần nhất */
                                counts: boolean;
                                duplicateCode: string;
                                duplicateId: string;
                                /** @description Ngày YYYY-MM-DD */
                                filmedDate: string;
                                /**
                                 * @description Khổ phim: 35mm hoặc 16mm
                                 * @enum {string}
                                 */
                                filmType: "35mm" | "16mm";
                                frames: {
                                    documentId: string | null;
                                    frameFrom: number;
                                    frameTo: number;
                                }[];
                                /**
                                 * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                                 * @enum {string}
                                 */
                                generation: "master" | "duplicate-negative" | "positive";
                                lastInspection: {
                                    /** @description Ngày YYYY-MM-DD */
                                    date: string;
                                    inspector: string;
                                    readable: boolean;
                                    signs: string[];
                                } | null;
                                location: string;
                                medium: string;
                                reelCode: string;
                                reelId: string;
                            }[];
                            copies: {
                                detail?: string;
                                site: string;
                                /**
                                 * @description ok | damaged | missing | pending
                                 * @enum {string}
                                 */
                                status: "ok" | "damaged" | "missing" | "pending";
                                /** @description Lần đọc lại và đối chiếu mã băm gần nhất */
                                verifiedAt: string | null;
                                version: number;
                            }[];
                            fileCode: string;
                            head: number;
                            object: string;
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nhà cung cấp định danh trả trình duyệt về đây; đăng nhập thành công thì chuyển về trang chủ (302)
         * @description Chỉ người dùng đã có trong DuPhong (trùng tên đăng nhập) mới vào được; vai trò và đơn vị do DuPhong cấp. Lỗi: 401 DP-OIDC-FAILED (lượt đăng nhập không hợp lệ, đã dùng, state giả, mã dùng lại), 403 DP-OIDC-UNKNOWN-USER, 403 DP-OIDC-NO-USERNAME; trình duyệt (Accept: text/html) nhận một trang báo lỗi.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bắt đầu đăng nhập qua nhà cung cấp định danh: chuyển hướng (302) trình duyệt sang trang đăng nhập của cơ quan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oidc/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Có đăng nhập qua nhà cung cấp định danh của cơ quan (OpenID Connect) không, và chữ trên nút */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            label: string | null;
                            labelEn: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tài liệu OpenAPI của API này */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            info: {
                                title: string;
                            } & {
                                [key: string]: unknown;
                            };
                            openapi: string;
                            paths: {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập bảng kế hoạch, báo cáo nhận từ các bộ, tỉnh (.xlsx/.csv đã tải lên): chạy thử rồi xác nhận */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        dryRun?: boolean;
                        /** @description Nhập các dòng không lỗi, bỏ các dòng lỗi */
                        partial?: boolean;
                        /** @description Mã tệp đã tải lên qua /api/uploads/ */
                        upload: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            file: string;
                            findings: {
                                code: string;
                                column: number | null;
                                message: string;
                                messageEn: string;
                                row: number;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                value: string;
                            }[];
                            noRecords: number;
                            plans: number;
                            reports: number;
                            units: number;
                            written: boolean;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các kế hoạch của đơn vị mình (hoặc một đơn vị), với tiến độ nhiệm vụ */
        get: {
            parameters: {
                query?: {
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plans: {
                                createdAt: string;
                                criteria: {
                                    fields: string[];
                                    fondsCodes: string[];
                                    id: string;
                                    label: string;
                                    permanentOnly: boolean;
                                    recordKinds: ("fonds" | "file" | "document")[];
                                    words: string[];
                                }[];
                                date: string;
                                id: string;
                                implements: string[];
                                /** @enum {string} */
                                kind: "ke-hoach" | "bao-cao" | "cong-van" | "quyet-dinh" | "thong-bao" | "chi-thi" | "huong-dan" | "other";
                                numberSymbol: string;
                                phases: {
                                    fromYear: number;
                                    milestone: string;
                                    name: string;
                                    toYear: number;
                                }[];
                                progress: {
                                    cancelled: number;
                                    done: number;
                                    "in-progress": number;
                                    "not-started": number;
                                    overdue: number;
                                };
                                tasks: {
                                    content: string;
                                    coordinating: string[];
                                    fromYear: number;
                                    lead: string;
                                    /** @enum {string} */
                                    status: "not-started" | "in-progress" | "done" | "cancelled";
                                    toYear: number;
                                }[];
                                title: string;
                                unitId: string;
                                updatedAt: string;
                                updatedBy: string;
                                years: {
                                    from: number;
                                    to: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi một kế hoạch (văn bản, giai đoạn, nhiệm vụ, tiêu chí lựa chọn thêm); cùng số và ngày thì thay thế */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        criteria?: {
                            /** @default [] */
                            fields?: string[];
                            /** @default [] */
                            fondsCodes?: string[];
                            id: string;
                            label: string;
                            /** @default true */
                            permanentOnly?: boolean;
                            /** @default [] */
                            recordKinds?: ("fonds" | "file" | "document")[];
                            /** @default [] */
                            words?: string[];
                        }[];
                        /** @description DD/MM/YYYY hoặc YYYY-MM-DD */
                        date: string;
                        /** @default [] */
                        implements?: string[];
                        /**
                         * @default ke-hoach
                         * @enum {string}
                         */
                        kind?: "ke-hoach" | "bao-cao" | "cong-van" | "quyet-dinh" | "thong-bao" | "chi-thi" | "huong-dan" | "other";
                        numberSymbol: string;
                        /** @default [] */
                        phases?: {
                            fromYear: number;
                            /** @default  */
                            milestone?: string;
                            name: string;
                            toYear: number;
                        }[];
                        /** @default [] */
                        tasks?: {
                            content: string;
                            /** @default [] */
                            coordinating?: string[];
                            fromYear: number;
                            /** @default  */
                            lead?: string;
                            /**
                             * @default not-started
                             * @enum {string}
                             */
                            status?: "not-started" | "in-progress" | "done" | "cancelled";
                            toYear: number;
                        }[];
                        title: string;
                        unitId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            criteria: {
                                fields: string[];
                                fondsCodes: string[];
                                id: string;
                                label: string;
                                permanentOnly: boolean;
                                recordKinds: ("fonds" | "file" | "document")[];
                                words: string[];
                            }[];
                            date: string;
                            id: string;
                            implements: string[];
                            /** @enum {string} */
                            kind: "ke-hoach" | "bao-cao" | "cong-van" | "quyet-dinh" | "thong-bao" | "chi-thi" | "huong-dan" | "other";
                            numberSymbol: string;
                            phases: {
                                fromYear: number;
                                milestone: string;
                                name: string;
                                toYear: number;
                            }[];
                            progress: {
                                cancelled: number;
                                done: number;
                                "in-progress": number;
                                "not-started": number;
                                overdue: number;
                            };
                            tasks: {
                                content: string;
                                coordinating: string[];
                                fromYear: number;
                                lead: string;
                                /** @enum {string} */
                                status: "not-started" | "in-progress" | "done" | "cancelled";
                                toYear: number;
                            }[];
                            title: string;
                            unitId: string;
                            updatedAt: string;
                            updatedBy: string;
                            years: {
                                from: number;
                                to: number;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một kế hoạch */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            criteria: {
                                fields: string[];
                                fondsCodes: string[];
                                id: string;
                                label: string;
                                permanentOnly: boolean;
                                recordKinds: ("fonds" | "file" | "document")[];
                                words: string[];
                            }[];
                            date: string;
                            id: string;
                            implements: string[];
                            /** @enum {string} */
                            kind: "ke-hoach" | "bao-cao" | "cong-van" | "quyet-dinh" | "thong-bao" | "chi-thi" | "huong-dan" | "other";
                            numberSymbol: string;
                            phases: {
                                fromYear: number;
                                milestone: string;
                                name: string;
                                toYear: number;
                            }[];
                            progress: {
                                cancelled: number;
                                done: number;
                                "in-progress": number;
                                "not-started": number;
                                overdue: number;
                            };
                            tasks: {
                                content: string;
                                coordinating: string[];
                                fromYear: number;
                                lead: string;
                                /** @enum {string} */
                                status: "not-started" | "in-progress" | "done" | "cancelled";
                                toYear: number;
                            }[];
                            title: string;
                            unitId: string;
                            updatedAt: string;
                            updatedBy: string;
                            years: {
                                from: number;
                                to: number;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/tasks/{task}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cập nhật trạng thái một nhiệm vụ của kế hoạch (đánh số từ 1) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    task: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "not-started" | "in-progress" | "done" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            criteria: {
                                fields: string[];
                                fondsCodes: string[];
                                id: string;
                                label: string;
                                permanentOnly: boolean;
                                recordKinds: ("fonds" | "file" | "document")[];
                                words: string[];
                            }[];
                            date: string;
                            id: string;
                            implements: string[];
                            /** @enum {string} */
                            kind: "ke-hoach" | "bao-cao" | "cong-van" | "quyet-dinh" | "thong-bao" | "chi-thi" | "huong-dan" | "other";
                            numberSymbol: string;
                            phases: {
                                fromYear: number;
                                milestone: string;
                                name: string;
                                toYear: number;
                            }[];
                            progress: {
                                cancelled: number;
                                done: number;
                                "in-progress": number;
                                "not-started": number;
                                overdue: number;
                            };
                            tasks: {
                                content: string;
                                coordinating: string[];
                                fromYear: number;
                                lead: string;
                                /** @enum {string} */
                                status: "not-started" | "in-progress" | "done" | "cancelled";
                                toYear: number;
                            }[];
                            title: string;
                            unitId: string;
                            updatedAt: string;
                            updatedBy: string;
                            years: {
                                from: number;
                                to: number;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chính sách nhân bản và việc đáp ứng nó
         * @description Số bản sao, số vùng và số loại phương tiện tối thiểu (cấu hình), các site có đáp ứng được không và bao nhiêu đối tượng chưa đủ.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Số bản sao của mỗi đối tượng */
                            copies: number;
                            /** @description Chính sách được đáp ứng: đủ site và mọi đối tượng đủ bản sao tốt */
                            met: boolean;
                            /** @description Số loại phương tiện tối thiểu */
                            minMedia: number;
                            /** @description Số vùng tối thiểu */
                            minRegions: number;
                            objects: {
                                below: number;
                                meeting: number;
                                total: number;
                            };
                            shortfalls: {
                                code: string;
                                message: string;
                            }[];
                            sites: {
                                media: ("disk" | "object" | "tape" | "optical")[];
                                online: number;
                                regions: ("bac" | "trung" | "nam")[];
                                total: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/harvests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tình trạng thu thập OAI-PMH từ các hệ thống
         * @description Giống `duphong harvest --status --json`: mỗi hệ thống được thu thập, số hồ sơ, mốc thu thập tăng dần, lần chạy gần nhất.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            peers: {
                                lastFrom: string | null;
                                lastRun: {
                                    deleted: number;
                                    endedAt: string | null;
                                    error: string | null;
                                    id: string;
                                    pages: number;
                                    peerId: string;
                                    records: number;
                                    refused: number;
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "running" | "ok" | "failed";
                                } | null;
                                name: string | null;
                                peer: string;
                                records: number;
                                /** @description Đang dở một danh sách, lần sau tiếp tục bằng resumptionToken */
                                resuming: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tra cứu hồ sơ của mọi hệ thống đã thu thập
         * @description Không cần đăng nhập: chỉ thấy hồ sơ mức 01 (công khai); người đã đăng nhập thấy thêm các mức được phép trong đơn vị của mình. Tổng chính xác tới 1000, quá thì "totalCapped" và thống kê tính trên 1000 kết quả đầu. Mỗi kết quả dẫn về trang hồ sơ ở hệ thống đang giữ.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Lọc theo mã phông */
                    fonds?: string;
                    page?: number;
                    /** @description Lọc theo tỉnh, bộ, ngành */
                    province?: string;
                    /** @description Từ khóa; không dấu cũng được ("ha noi" tìm "Hà Nội") */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            facets: {
                                fonds: {
                                    count: number;
                                    value: string;
                                }[];
                                province: {
                                    count: number;
                                    value: string;
                                }[];
                            };
                            hits: {
                                access: {
                                    /** @enum {string} */
                                    code: "01" | "02" | "03";
                                    label: string;
                                };
                                /** @description YYYY-MM-DD hoặc YYYY-MM-DD/YYYY-MM-DD */
                                dates: string | null;
                                /** @description Mã hồ sơ tại hệ thống đang giữ */
                                fileCode: string;
                                fonds: {
                                    code: string | null;
                                    name: string | null;
                                };
                                /** @description Mã hệ thống đang giữ hồ sơ */
                                instance: string;
                                /** @description Tỉnh, bộ, ngành đang giữ hồ sơ */
                                province: string;
                                title: string;
                                /** @description Trang hồ sơ tại hệ thống đang giữ (quy định khai thác ở đó) */
                                url: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            /** @description Có từ 1000 kết quả trở lên */
                            totalCapped: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reading-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Yêu cầu khai thác: của tôi, hoặc của các đơn vị tôi duyệt
         * @description Độc giả thấy yêu cầu của mình; lưu trữ viên (requests.decide) thấy yêu cầu thuộc đơn vị mình, `mine=true` chỉ yêu cầu của mình.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    mine?: "true" | "false";
                    offset?: number;
                    state?: "pending" | "approved" | "refused" | "expired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requests: {
                                createdAt: string;
                                decidedAt: string | null;
                                deciderId: string | null;
                                deciderName: string | null;
                                /** @description Hạn khai thác khi đã duyệt */
                                expiresAt: string | null;
                                /** @description Hồ sơ chứa bản ghi */
                                fileCode: string;
                                id: string;
                                purpose: string;
                                reason: string | null;
                                /** @description Mã hồ sơ, hoặc mã tài liệu */
                                recordCode: string;
                                /** @enum {string} */
                                recordKind: "file" | "document";
                                requesterId: string;
                                requesterName: string;
                                /**
                                 * @description pending chờ duyệt · approved đã duyệt · refused bị từ chối · expired hết hạn
                                 * @enum {string}
                                 */
                                state: "pending" | "approved" | "refused" | "expired";
                                title: string;
                                /** @description Đơn vị của phông (lưu trữ viên của đơn vị này duyệt) */
                                unitId: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Xin khai thác một hồ sơ/tài liệu mức 02 (sử dụng có điều kiện) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Mục đích khai thác, 10–1000 ký tự */
                        purpose: string;
                        recordCode: string;
                        /**
                         * @default file
                         * @enum {string}
                         */
                        recordKind?: "file" | "document";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            decidedAt: string | null;
                            deciderId: string | null;
                            deciderName: string | null;
                            /** @description Hạn khai thác khi đã duyệt */
                            expiresAt: string | null;
                            /** @description Hồ sơ chứa bản ghi */
                            fileCode: string;
                            id: string;
                            purpose: string;
                            reason: string | null;
                            /** @description Mã hồ sơ, hoặc mã tài liệu */
                            recordCode: string;
                            /** @enum {string} */
                            recordKind: "file" | "document";
                            requesterId: string;
                            requesterName: string;
                            /**
                             * @description pending chờ duyệt · approved đã duyệt · refused bị từ chối · expired hết hạn
                             * @enum {string}
                             */
                            state: "pending" | "approved" | "refused" | "expired";
                            title: string;
                            /** @description Đơn vị của phông (lưu trữ viên của đơn vị này duyệt) */
                            unitId: string | null;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reading-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duyệt hoặc từ chối một yêu cầu khai thác (lý do bắt buộc khi từ chối) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            decidedAt: string | null;
                            deciderId: string | null;
                            deciderName: string | null;
                            /** @description Hạn khai thác khi đã duyệt */
                            expiresAt: string | null;
                            /** @description Hồ sơ chứa bản ghi */
                            fileCode: string;
                            id: string;
                            purpose: string;
                            reason: string | null;
                            /** @description Mã hồ sơ, hoặc mã tài liệu */
                            recordCode: string;
                            /** @enum {string} */
                            recordKind: "file" | "document";
                            requesterId: string;
                            requesterName: string;
                            /**
                             * @description pending chờ duyệt · approved đã duyệt · refused bị từ chối · expired hết hạn
                             * @enum {string}
                             */
                            state: "pending" | "approved" | "refused" | "expired";
                            title: string;
                            /** @description Đơn vị của phông (lưu trữ viên của đơn vị này duyệt) */
                            unitId: string | null;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reading-requests/{id}/dip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải gói DIP của yêu cầu đã duyệt (chỉ người gửi yêu cầu, trong hạn) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các quyết định công nhận tài liệu có giá trị đặc biệt */
        get: {
            parameters: {
                query?: {
                    recordKind?: "fonds" | "file" | "document";
                    /** @description Chỉ của một đơn vị (kể cả các đơn vị đã hợp nhất vào nó) */
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recognitions: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                decisionDate: string;
                                decisionNumber: string;
                                issuer: string;
                                note: string;
                                recordCode: string;
                                /**
                                 * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                                 * @enum {string}
                                 */
                                recordKind: "fonds" | "file" | "document";
                                /** @description Đơn vị của hồ sơ (null: hồ sơ chưa được mô tả) */
                                unitId: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recognitions/{recordKind}/{recordCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ghi (hoặc sửa) quyết định công nhận giá trị đặc biệt của một phông, hồ sơ hay tài liệu */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    recordCode: string;
                    recordKind: "fonds" | "file" | "document";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionDate: string;
                        decisionNumber: string;
                        issuer: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                            createdAt: string;
                            decisionDate: string;
                            decisionNumber: string;
                            issuer: string;
                            note: string;
                            recordCode: string;
                            /**
                             * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                             * @enum {string}
                             */
                            recordKind: "fonds" | "file" | "document";
                            /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/record-pages/{fileCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trang hồ sơ
         * @description Mọi hồ sơ trong danh mục, có hay chưa có bản sao dự phòng: mô tả TT05 (kèm nhãn), tài liệu, nơi bảo quản, kiểm tra tình trạng, bản sao theo site với lần kiểm chứng gần nhất, lịch sử PREMIS và các thao tác được phép (ví dụ make-backup khi chưa có bản sao).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("make-backup" | "add-version" | "view-copies" | "run-audit" | "read-content")[];
                            /** @description Bản sao dự phòng dạng vi phim chứa hồ sơ (cuộn, bản phim, nơi bảo quản, tình trạng) */
                            analogueCopies: {
                                /**
                                 * @description Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng
                                 * @enum {string}
                                 */
                                condition: "01" | "02" | "03";
                                /** @description Được tính là bản sao dự phòng: không hỏng (03) và còn đọc được ở lần kiểm tra gần nhất */
                                counts: boolean;
                                duplicateCode: string;
                                duplicateId: string;
                                /** @description Ngày YYYY-MM-DD */
                                filmedDate: string;
                                /**
                                 * @description Khổ phim: 35mm hoặc 16mm
                                 * @enum {string}
                                 */
                                filmType: "35mm" | "16mm";
                                frames: {
                                    documentId: string | null;
                                    frameFrom: number;
                                    frameTo: number;
                                }[];
                                /**
                                 * @description master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản
                                 * @enum {string}
                                 */
                                generation: "master" | "duplicate-negative" | "positive";
                                lastInspection: {
                                    /** @description Ngày YYYY-MM-DD */
                                    date: string;
                                    inspector: string;
                                    readable: boolean;
                                    signs: string[];
                                } | null;
                                location: string;
                                medium: string;
                                reelCode: string;
                                reelId: string;
                            }[];
                            /** @description null: hồ sơ chưa có bản sao dự phòng */
                            backup: {
                                copies: {
                                    medium: string | null;
                                    region: string | null;
                                    site: string;
                                    /** @enum {string} */
                                    status: "ok" | "damaged" | "missing" | "pending";
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    verifiedAt: string | null;
                                    version: number;
                                }[];
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                head: number;
                                objectId: string;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                                versions: {
                                    bytes: number;
                                    /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                    created: string;
                                    files: number;
                                    message: string;
                                    version: number;
                                }[];
                            } | null;
                            documents: {
                                /** @description Người dùng được xem nội dung và có bản sao chứa nó */
                                canView: boolean;
                                fields: {
                                    display: string;
                                    label: {
                                        en: string;
                                        vi: string;
                                    };
                                    name: string;
                                    value: string;
                                }[];
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                mode: "01" | "02" | "03";
                                ordinal: number | null;
                                title: string;
                            }[];
                            events: {
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                dateTime: string;
                                detail: string;
                                id: string;
                                outcome: string;
                                site: string | null;
                                type: string;
                                typeLabel: {
                                    en: string;
                                    vi: string;
                                };
                            }[];
                            file: {
                                code: string;
                                fields: {
                                    display: string;
                                    label: {
                                        en: string;
                                        vi: string;
                                    };
                                    name: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                mode: "01" | "02" | "03";
                                title: string;
                            };
                            fonds: {
                                code: string;
                                name: string;
                                unitId: string | null;
                            } | null;
                            holdings: {
                                box: string | null;
                                condition: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                createdAt: string;
                                fileCode: string | null;
                                fondsCode: string;
                                id: string;
                                medium: string;
                                shelf: string | null;
                                shelfMetres: number | null;
                                store: string | null;
                                /** @description Thời điểm ISO 8601, múi giờ Việt Nam (+07:00) */
                                updatedAt: string;
                            }[];
                            inspections: {
                                date: string;
                                id: string;
                                inspector: string;
                                notes: string;
                                readable: boolean | null;
                                recordCode: string;
                                /** @enum {string} */
                                recordKind: "fonds" | "file" | "document" | "holding";
                                signs: string[];
                            }[];
                            openIncidents: number;
                            unit: {
                                id: string;
                                name: string | null;
                            } | null;
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng hợp kế hoạch, báo cáo theo năm (phụ lục 610/BC-BNV); format xlsx|docx|pdf trả tệp */
        get: {
            parameters: {
                query: {
                    /** @description Gộp theo đơn vị tồn tại ngày này (mặc định hôm nay) */
                    asOf?: string;
                    format?: "json" | "xlsx" | "docx" | "pdf";
                    from: number;
                    /** @description Tổng hợp các đơn vị thuộc đơn vị này */
                    over?: string;
                    regroup?: "true" | "false";
                    to: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                noRecords: {
                                    [key: string]: number;
                                };
                                plans: {
                                    [key: string]: number;
                                };
                                reports: {
                                    [key: string]: number;
                                };
                            };
                            /** @description Số liệu mỗi năm: hệ thống tính từ cơ sở dữ liệu, và tổng số liệu các đơn vị kê khai */
                            figures: {
                                [key: string]: {
                                    computed: {
                                        [key: string]: number;
                                    };
                                    declared: {
                                        [key: string]: number;
                                    };
                                };
                            };
                            findings: {
                                code: string;
                                message: string;
                                unit: string;
                            }[];
                            late: {
                                /** @description Ngày YYYY-MM-DD */
                                date: string;
                                /** @description Ngày YYYY-MM-DD */
                                deadline: string;
                                name: string;
                                year: number;
                            }[];
                            neverReported: string[];
                            units: {
                                group: string | null;
                                name: string;
                                noRecords: {
                                    [key: string]: true;
                                };
                                plans: {
                                    [key: string]: {
                                        /** @description Ngày YYYY-MM-DD */
                                        date: string | null;
                                        from?: string;
                                        kind: string;
                                        number: string | null;
                                    }[];
                                };
                                reports: {
                                    [key: string]: {
                                        /** @description Ngày YYYY-MM-DD */
                                        date: string | null;
                                        from?: string;
                                        kind: string;
                                        late: boolean;
                                        number: string | null;
                                    }[];
                                };
                                unit: string;
                            }[];
                            withoutPlan: string[];
                            years: number[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thống kê theo phông: hồ sơ, tài liệu, trang, trang số hóa, bản sao và kiểm tra, tại một ngày */
        get: {
            parameters: {
                query?: {
                    at?: string;
                    format?: "json" | "xlsx";
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Ngày YYYY-MM-DD */
                            at: string;
                            rows: {
                                copies: number;
                                copiesFailed: number;
                                copiesVerified: number;
                                digitisedDocuments: number;
                                digitisedPages: number;
                                documents: number;
                                files: number;
                                filesBackedUp: number;
                                filesPolicyMet: number;
                                fondsCode: string;
                                fondsName: string;
                                /** @enum {string} */
                                kind: "fonds" | "work" | "collection";
                                pages: number;
                                unitId: string;
                                unitName: string;
                            }[];
                            totals: {
                                copies: number;
                                copiesFailed: number;
                                copiesVerified: number;
                                digitisedDocuments: number;
                                digitisedPages: number;
                                documents: number;
                                files: number;
                                filesBackedUp: number;
                                filesPolicyMet: number;
                                fonds: number;
                                pages: number;
                            };
                            unitId: string | null;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình hình báo cáo một năm: đúng hạn, muộn, không có tài liệu, quá hạn; danh sách cần nhắc */
        get: {
            parameters: {
                query: {
                    over?: string;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            reminders: {
                                /** @description Ngày YYYY-MM-DD */
                                date: string | null;
                                daysLeft: number | null;
                                /** @description Ngày YYYY-MM-DD */
                                deadline: string;
                                name: string;
                                /** @enum {string} */
                                status: "submitted" | "late" | "no-records" | "missing" | "not-yet-due";
                                unitId: string;
                            }[];
                            rows: {
                                /** @description Ngày YYYY-MM-DD */
                                date: string | null;
                                daysLeft: number | null;
                                /** @description Ngày YYYY-MM-DD */
                                deadline: string;
                                name: string;
                                /** @enum {string} */
                                status: "submitted" | "late" | "no-records" | "missing" | "not-yet-due";
                                unitId: string;
                            }[];
                            /** @description Ngày YYYY-MM-DD */
                            today: string;
                            year: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/units/{unitId}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo năm của một đơn vị: số liệu hệ thống tính và số liệu kê khai, các đơn vị trực thuộc */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contributors: {
                                /** @description Ngày YYYY-MM-DD */
                                date: string | null;
                                figures: {
                                    [key: string]: number;
                                };
                                name: string;
                                /** @enum {string} */
                                status: "submitted" | "late" | "no-records" | "missing" | "not-yet-due";
                                unitId: string;
                            }[];
                            /** @description Ngày YYYY-MM-DD */
                            deadline: string;
                            figures: {
                                computed: number | null;
                                declared: number | null;
                                differs: boolean;
                                /** @enum {string} */
                                figure: "fondsSelected" | "shelfMetresSelected" | "filesListed" | "pagesListed" | "pagesDigitised" | "documentsDigitised" | "filmsMade" | "filmFrames" | "objectsBackedUp" | "copiesMade" | "copiesVerified" | "objectsPolicyMet" | "auditsDone" | "incidents" | "staffTrained" | "fundsSpentMillionVnd";
                            }[];
                            /** @enum {string} */
                            level: "agency" | "province" | "ministry";
                            name: string;
                            plans: {
                                /** @description Ngày YYYY-MM-DD */
                                date: string | null;
                                kind: string | null;
                                numberSymbol: string | null;
                            }[];
                            reports: {
                                /** @description Ngày YYYY-MM-DD */
                                date: string | null;
                                id: string;
                                kind: string | null;
                                narrative?: string;
                                noRecords: boolean;
                                numberSymbol: string | null;
                                recordedBy: string;
                                source: string;
                            }[];
                            /** @enum {string} */
                            status: "submitted" | "late" | "no-records" | "missing" | "not-yet-due";
                            unitId: string;
                            year: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi báo cáo kết quả (hoặc văn bản báo không có tài liệu) của đơn vị cho một năm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ngày YYYY-MM-DD */
                        date: string;
                        declared?: {
                            [key: string]: number | string | (null);
                        };
                        /** @enum {string} */
                        kind?: "ke-hoach" | "bao-cao" | "cong-van" | "quyet-dinh" | "thong-bao" | "chi-thi" | "huong-dan" | "other";
                        narrative?: string;
                        noRecords?: boolean;
                        numberSymbol: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contributors: {
                                /** @description Ngày YYYY-MM-DD */
                                date: string | null;
                                figures: {
                                    [key: string]: number;
                                };
                                name: string;
                                /** @enum {string} */
                                status: "submitted" | "late" | "no-records" | "missing" | "not-yet-due";
                                unitId: string;
                            }[];
                            /** @description Ngày YYYY-MM-DD */
                            deadline: string;
                            figures: {
                                computed: number | null;
                                declared: number | null;
                                differs: boolean;
                                /** @enum {string} */
                                figure: "fondsSelected" | "shelfMetresSelected" | "filesListed" | "pagesListed" | "pagesDigitised" | "documentsDigitised" | "filmsMade" | "filmFrames" | "objectsBackedUp" | "copiesMade" | "copiesVerified" | "objectsPolicyMet" | "auditsDone" | "incidents" | "staffTrained" | "fundsSpentMillionVnd";
                            }[];
                            /** @enum {string} */
                            level: "agency" | "province" | "ministry";
                            name: string;
                            plans: {
                                /** @description Ngày YYYY-MM-DD */
                                date: string | null;
                                kind: string | null;
                                numberSymbol: string | null;
                            }[];
                            reports: {
                                /** @description Ngày YYYY-MM-DD */
                                date: string | null;
                                id: string;
                                kind: string | null;
                                narrative?: string;
                                noRecords: boolean;
                                numberSymbol: string | null;
                                recordedBy: string;
                                source: string;
                            }[];
                            /** @enum {string} */
                            status: "submitted" | "late" | "no-records" | "missing" | "not-yet-due";
                            unitId: string;
                            year: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tìm hồ sơ và tài liệu trong mục lục
         * @description Giống `duphong search --json`. Khớp không phân biệt dấu (đ→d), khớp đúng dấu xếp trước, rồi khớp không dấu, rồi khớp tiền tố; cùng hạng theo mã. Mặc định chỉ thấy mức 01–02; hồ sơ, tài liệu ngoài mức được phép không xuất hiện, kể cả trong tổng và thống kê.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Trạng thái dự phòng: none, pending, ok, damaged */
                    backup?: string;
                    /** @description Mã phông */
                    fonds?: string;
                    kind?: "file" | "document";
                    limit?: number;
                    /** @description Vật mang tin (paper, film, digital, …) */
                    medium?: string;
                    /** @description Lọc theo chế độ sử dụng (01,02), trong phạm vi được phép */
                    mode?: string;
                    offset?: number;
                    /** @description Từ khóa; "cụm từ" trong ngoặc kép; không dấu cũng được */
                    q?: string;
                    /** @description Mã loại văn bản typeName, cách nhau bởi dấu phẩy (02,22) */
                    type?: string;
                    /** @description Mã đơn vị của phông */
                    unit?: string;
                    /** @description Năm (2001) hoặc khoảng năm (1995-2005) */
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            facets: {
                                backup: {
                                    count: number;
                                    value: string;
                                }[];
                                fonds: {
                                    count: number;
                                    value: string;
                                }[];
                                mode: {
                                    count: number;
                                    value: string;
                                }[];
                                type: {
                                    count: number;
                                    value: string;
                                }[];
                                year: {
                                    count: number;
                                    value: string;
                                }[];
                            };
                            hits: {
                                /** @description Mã hồ sơ, hoặc mã tài liệu (docCode) */
                                code: string;
                                /** @description Hồ sơ chứa tài liệu */
                                fileCode?: string;
                                fondsCode: string | null;
                                /** @description Vị trí [đầu, cuối) các từ khớp trong tiêu đề */
                                highlight?: (number)[][];
                                /**
                                 * @description hồ sơ (file) hoặc tài liệu (document)
                                 * @enum {string}
                                 */
                                kind: "file" | "document";
                                /**
                                 * @description Chế độ sử dụng thực tế: 01 công khai, 02 có điều kiện, 03 mật
                                 * @enum {string}
                                 */
                                mode: "01" | "02" | "03";
                                /** @description 3 khớp đúng dấu · 2 khớp không dấu · 1 khớp tiền tố · 0 không có từ khóa */
                                score: number;
                                title: string;
                                year: number | null;
                            }[];
                            /** @description Các mức đã áp dụng */
                            levels: ("01" | "02" | "03")[];
                            total: number;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần kiểm tra (dấu hiệu hư hỏng) của phông và hồ sơ một đơn vị */
        get: {
            parameters: {
                query: {
                    unitId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inspections: {
                                /** @description Ngày kiểm tra (YYYY-MM-DD) */
                                date: string;
                                id: string;
                                inspector: string;
                                notes: string;
                                readable: boolean | null;
                                recordCode: string;
                                /** @enum {string} */
                                recordKind: "fonds" | "file" | "document" | "holding";
                                /** @description Mã dấu hiệu hư hỏng (mun, gion, mo-chu …) */
                                signs: string[];
                                /** @description Tên phông hoặc tiêu đề hồ sơ */
                                title: string;
                                unitId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi một lần kiểm tra với các dấu hiệu hư hỏng thấy được */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ngày kiểm tra DD/MM/YYYY */
                        date: string;
                        /** @description Người kiểm tra; mặc định là người đăng nhập */
                        inspector?: string;
                        notes?: string;
                        /** @description Còn đọc được? null khi không đánh giá */
                        readable: boolean | null;
                        recordCode: string;
                        /**
                         * @description fonds (phông) · file (hồ sơ) · document (tài liệu)
                         * @default file
                         * @enum {string}
                         */
                        recordKind?: "fonds" | "file" | "document";
                        /** @description Mã hoặc tên dấu hiệu hư hỏng */
                        signs: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Ngày kiểm tra (YYYY-MM-DD) */
                            date: string;
                            id: string;
                            inspector: string;
                            notes: string;
                            readable: boolean | null;
                            recordCode: string;
                            /** @enum {string} */
                            recordKind: "fonds" | "file" | "document" | "holding";
                            /** @description Mã dấu hiệu hư hỏng (mun, gion, mo-chu …) */
                            signs: string[];
                            /** @description Tên phông hoặc tiêu đề hồ sơ */
                            title: string;
                            unitId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                findings?: {
                                    /** @description Mã DP-SELECT-… ổn định */
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning";
                                }[];
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selection/signs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các dấu hiệu hư hỏng có thể ghi (giấy và điện tử) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            signs: {
                                /** @enum {string} */
                                carrier: "physical" | "electronic";
                                code: string;
                                en: string;
                                vi: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phiên đăng nhập hiện tại (và có cần tạo quản trị viên đầu tiên không)
         * @description Với `Authorization: Bearer`: chủ của mã truy cập, và `token` (tên, quyền, ngày hết hạn; không bao giờ là mã).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Gửi lại trong tiêu đề X-CSRF-Token của mọi yêu cầu ghi */
                            csrfToken: string | null;
                            /** @description Chưa có người dùng nào: người đầu tiên tạo tài khoản quản trị */
                            setupRequired: boolean;
                            /** @description Mã truy cập API của yêu cầu này (chỉ khi gọi bằng Authorization: Bearer) */
                            token?: {
                                actions: ("public" | "session" | "catalogue.read" | "catalogue.write" | "content.read" | "objects.read" | "objects.ingest" | "sites.read" | "sites.manage" | "audits.read" | "audits.run" | "incidents.read" | "incidents.manage" | "jobs.read" | "selection.read" | "selection.write" | "selection.approve" | "codelists.read" | "codelists.manage" | "units.read" | "units.manage" | "users.manage" | "accesslog.read" | "requests.create" | "requests.decide" | "digitise" | "reports.read" | "reports.write" | "codelists.report" | "portal.read" | "harvests.read" | "handovers.read" | "handovers.receive")[];
                                expiresAt: string;
                                id: string;
                                name: string;
                            };
                            user: {
                                displayName: string;
                                id: string;
                                roles: ("system-admin" | "archive-admin" | "archivist" | "digitiser" | "inspector" | "reader")[];
                                /** @description 'all' hoặc danh sách mã đơn vị được giao */
                                units: "all" | string[];
                                username: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Đăng nhập
         * @description Sai 5 lần liên tiếp: tạm khóa 15 phút (429).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Gửi lại trong tiêu đề X-CSRF-Token của mọi yêu cầu ghi */
                            csrfToken: string | null;
                            /** @description Chưa có người dùng nào: người đầu tiên tạo tài khoản quản trị */
                            setupRequired: boolean;
                            user: {
                                displayName: string;
                                id: string;
                                roles: ("system-admin" | "archive-admin" | "archivist" | "digitiser" | "inspector" | "reader")[];
                                /** @description 'all' hoặc danh sách mã đơn vị được giao */
                                units: "all" | string[];
                                username: string;
                            } | null;
                        };
                    };
                };
                /** @description Lỗi */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Đăng xuất */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi mật khẩu của chính mình (mọi phiên khác kết thúc) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current: string;
                        next: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Gửi lại trong tiêu đề X-CSRF-Token của mọi yêu cầu ghi */
                            csrfToken: string | null;
                            /** @description Chưa có người dùng nào: người đầu tiên tạo tài khoản quản trị */
                            setupRequired: boolean;
                            user: {
                                displayName: string;
                                id: string;
                                roles: ("system-admin" | "archive-admin" | "archivist" | "digitiser" | "inspector" | "reader")[];
                                /** @description 'all' hoặc danh sách mã đơn vị được giao */
                                units: "all" | string[];
                                username: string;
                            } | null;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lần chạy đầu: tạo tài khoản quản trị hệ thống và đăng nhập
         * @description Chỉ khi chưa có người dùng nào; sau đó trả 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        displayName?: string;
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Gửi lại trong tiêu đề X-CSRF-Token của mọi yêu cầu ghi */
                            csrfToken: string | null;
                            /** @description Chưa có người dùng nào: người đầu tiên tạo tài khoản quản trị */
                            setupRequired: boolean;
                            user: {
                                displayName: string;
                                id: string;
                                roles: ("system-admin" | "archive-admin" | "archivist" | "digitiser" | "inspector" | "reader")[];
                                /** @description 'all' hoặc danh sách mã đơn vị được giao */
                                units: "all" | string[];
                                username: string;
                            } | null;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách site lưu trữ
         * @description Giống `duphong site list --json`: mỗi site kèm trạng thái trực tuyến, số đối tượng, dung lượng, bản sao theo trạng thái và lần kiểm tra gần nhất.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Tổng dung lượng (byte) */
                            bytes: number;
                            /** @description Số bản sao theo trạng thái */
                            copies: {
                                damaged: number;
                                missing: number;
                                ok: number;
                                pending: number;
                            };
                            /** @description Mô tả do người quản trị ghi (nơi đặt, đơn vị giữ) */
                            description: string;
                            /** @enum {string} */
                            kind: "fs" | "s3";
                            /** @description Lần kiểm tra gần nhất của một bản sao trên site (giờ Việt Nam) */
                            lastVerifiedAt: string | null;
                            /** @description Thư mục (fs) hoặc endpoint/bucket/prefix (S3); không bao giờ có khóa truy cập */
                            location: string;
                            /**
                             * @description Phương tiện lưu trữ
                             * @enum {string}
                             */
                            medium: "disk" | "object" | "tape" | "optical";
                            name: string;
                            /** @description Số đối tượng có bản sao trên site */
                            objects: number;
                            /** @description Site có truy cập và ghi được lúc này không */
                            online: boolean;
                            /**
                             * @description Vùng: bac (Bắc), trung (Trung), nam (Nam)
                             * @enum {string}
                             */
                            region: "bac" | "trung" | "nam";
                            /** @description Thư mục/bucket hoặc gốc lưu trữ OCFL của site không còn: mọi bản sao trên đó được ghi là mất (missing) */
                            vanished: boolean;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * Thêm site lưu trữ (fs hoặc S3)
         * @description Giống `duphong site add`: kiểm tra site ghi được, tạo gốc lưu trữ OCFL rồi ghi vào cấu hình.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Khóa truy cập S3 lấy từ biến môi trường của máy chủ, không gửi qua API */
            requestBody: {
                content: {
                    "application/json": {
                        bucket?: string;
                        description?: string;
                        /** @description Địa chỉ S3 */
                        endpoint?: string;
                        /** @description fs (thư mục) hoặc s3 */
                        kind: string;
                        /** @description Phương tiện: disk, object, tape, optical (mặc định disk cho fs, object cho s3) */
                        medium?: string;
                        /** @description Tên site: a-z, 0-9, - và _ */
                        name: string;
                        /** @description Thư mục tuyệt đối của site fs */
                        path?: string;
                        prefix?: string;
                        /** @description Vùng: bac, trung, nam */
                        region: string;
                        s3Region?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            kind: string;
                            /** @enum {string} */
                            medium: "disk" | "object" | "tape" | "optical";
                            name: string;
                            /** @enum {string} */
                            region: "bac" | "trung" | "nam";
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa vùng, phương tiện hoặc mô tả của một site */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Chuỗi rỗng để xóa mô tả */
                        description?: string;
                        medium?: string;
                        region?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            kind: string;
                            /** @enum {string} */
                            medium: "disk" | "object" | "tape" | "optical";
                            name: string;
                            /** @enum {string} */
                            region: "bac" | "trung" | "nam";
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mã truy cập API của tôi */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("public" | "session" | "catalogue.read" | "catalogue.write" | "content.read" | "objects.read" | "objects.ingest" | "sites.read" | "sites.manage" | "audits.read" | "audits.run" | "incidents.read" | "incidents.manage" | "jobs.read" | "selection.read" | "selection.write" | "selection.approve" | "codelists.read" | "codelists.manage" | "units.read" | "units.manage" | "users.manage" | "accesslog.read" | "requests.create" | "requests.decide" | "digitise" | "reports.read" | "reports.write" | "codelists.report" | "portal.read" | "harvests.read" | "handovers.read" | "handovers.receive")[];
                            createdAt: string;
                            expiresAt: string;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Tạo mã truy cập API (chỉ hiện một lần) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actions: ("public" | "session" | "catalogue.read" | "catalogue.write" | "content.read" | "objects.read" | "objects.ingest" | "sites.read" | "sites.manage" | "audits.read" | "audits.run" | "incidents.read" | "incidents.manage" | "jobs.read" | "selection.read" | "selection.write" | "selection.approve" | "codelists.read" | "codelists.manage" | "units.read" | "units.manage" | "users.manage" | "accesslog.read" | "requests.create" | "requests.decide" | "digitise" | "reports.read" | "reports.write" | "codelists.report" | "portal.read" | "harvests.read" | "handovers.read" | "handovers.receive")[];
                        expiresAt: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            token: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Thu hồi mã truy cập */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Đơn vị có hiệu lực tại một ngày
         * @description Bộ, tỉnh/thành phố, cơ quan lưu trữ … với tên, loại và mã có hiệu lực ngày `at` (mặc định hôm nay), theo mã hành chính.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601) */
                    at?: string;
                    /** @description Loại đơn vị: ministry, province, commune, peoples-committee, home-affairs-department, … */
                    kind?: "ministry" | "province" | "commune" | "peoples-committee" | "home-affairs-department" | "historical-archive" | "national-archive-centre" | "national-insurance-centre" | "transferring-agency" | "other";
                    /** @description Chỉ các đơn vị trực thuộc đơn vị này */
                    parent?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            units: {
                                /** @description Mã đơn vị hành chính (QĐ 124/2004, QĐ 19/2025), giữ số 0 đầu */
                                adminCode: string | null;
                                /** @description Mã định danh điện tử (QĐ 20/2020), vd. G09 */
                                agencyCode: string | null;
                                id: string;
                                /**
                                 * @description Loại đơn vị: ministry, province, commune, peoples-committee, home-affairs-department, …
                                 * @enum {string}
                                 */
                                kind: "ministry" | "province" | "commune" | "peoples-committee" | "home-affairs-department" | "historical-archive" | "national-archive-centre" | "national-insurance-centre" | "transferring-agency" | "other";
                                /** @description Tên, không kèm loại (vd. "Lào Cai") */
                                name: string;
                                note: string | null;
                                /** @description Đơn vị cấp trên */
                                parentId: string | null;
                                shortName: string | null;
                                /** @description Nguồn (văn bản, mục DOMAIN.md) */
                                source: string | null;
                                /** @description Loại hành chính: "tỉnh", "thành phố trực thuộc trung ương", "bộ" … */
                                type: string;
                                /** @description Ngày bắt đầu hiệu lực (tính cả ngày này) */
                                validFrom: string;
                                /** @description Ngày cuối cùng còn hiệu lực; null: đang hiệu lực */
                                validTo: string | null;
                                /** @description false: có thông tin chưa được đối chiếu văn bản (xem note) */
                                verified: boolean;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một đơn vị: lịch sử và các sự kiện kế thừa
         * @description Mọi phiên bản (cũ nhất trước), phiên bản có hiệu lực ngày `at`, các sự kiện kế thừa liên quan và đơn vị kế thừa ngày `at`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601) */
                    at?: string;
                };
                header?: never;
                path: {
                    /** @description Mã định danh đơn vị (chữ thường không dấu, số, "-"), vd. province-lao-cai */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            /** @description Phiên bản có hiệu lực ngày `at` */
                            current: {
                                /** @description Mã đơn vị hành chính (QĐ 124/2004, QĐ 19/2025), giữ số 0 đầu */
                                adminCode: string | null;
                                /** @description Mã định danh điện tử (QĐ 20/2020), vd. G09 */
                                agencyCode: string | null;
                                /** @description Tên, không kèm loại (vd. "Lào Cai") */
                                name: string;
                                note: string | null;
                                /** @description Đơn vị cấp trên */
                                parentId: string | null;
                                shortName: string | null;
                                /** @description Nguồn (văn bản, mục DOMAIN.md) */
                                source: string | null;
                                /** @description Loại hành chính: "tỉnh", "thành phố trực thuộc trung ương", "bộ" … */
                                type: string;
                                /** @description Ngày bắt đầu hiệu lực (tính cả ngày này) */
                                validFrom: string;
                                /** @description Ngày cuối cùng còn hiệu lực; null: đang hiệu lực */
                                validTo: string | null;
                                /** @description false: có thông tin chưa được đối chiếu văn bản (xem note) */
                                verified: boolean;
                            } | null;
                            history: {
                                /** @description Mã đơn vị hành chính (QĐ 124/2004, QĐ 19/2025), giữ số 0 đầu */
                                adminCode: string | null;
                                /** @description Mã định danh điện tử (QĐ 20/2020), vd. G09 */
                                agencyCode: string | null;
                                /** @description Tên, không kèm loại (vd. "Lào Cai") */
                                name: string;
                                note: string | null;
                                /** @description Đơn vị cấp trên */
                                parentId: string | null;
                                shortName: string | null;
                                /** @description Nguồn (văn bản, mục DOMAIN.md) */
                                source: string | null;
                                /** @description Loại hành chính: "tỉnh", "thành phố trực thuộc trung ương", "bộ" … */
                                type: string;
                                /** @description Ngày bắt đầu hiệu lực (tính cả ngày này) */
                                validFrom: string;
                                /** @description Ngày cuối cùng còn hiệu lực; null: đang hiệu lực */
                                validTo: string | null;
                                /** @description false: có thông tin chưa được đối chiếu văn bản (xem note) */
                                verified: boolean;
                            }[];
                            id: string;
                            /**
                             * @description Loại đơn vị: ministry, province, commune, peoples-committee, home-affairs-department, …
                             * @enum {string}
                             */
                            kind: "ministry" | "province" | "commune" | "peoples-committee" | "home-affairs-department" | "historical-archive" | "national-archive-centre" | "national-insurance-centre" | "transferring-agency" | "other";
                            successions: {
                                /** @description Ngày đầu tiên của trạng thái mới */
                                date: string;
                                /** @description Đơn vị trước; đơn vị có mặt cả ở "to" thì tiếp tục tồn tại */
                                from: string[];
                                /** @description Mã sự kiện kế thừa, vd. merger-2025-lao-cai */
                                id: string;
                                /**
                                 * @description merger (hợp nhất) · split (chia tách) · rename (đổi tên) · upgrade (nâng cấp)
                                 * @enum {string}
                                 */
                                kind: "merger" | "split" | "rename" | "upgrade";
                                note: string;
                                source: string | null;
                                /** @description Đơn vị kế thừa */
                                to: string[];
                                verified: boolean;
                            }[];
                            /** @description Đơn vị mang các mục của đơn vị này ngày `at` */
                            successorsAt: string[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Tạo đơn vị hoặc đổi loại của đơn vị */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mã định danh đơn vị (chữ thường không dấu, số, "-"), vd. province-lao-cai */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Loại đơn vị: ministry, province, commune, peoples-committee, home-affairs-department, …
                         * @enum {string}
                         */
                        kind: "ministry" | "province" | "commune" | "peoples-committee" | "home-affairs-department" | "historical-archive" | "national-archive-centre" | "national-insurance-centre" | "transferring-agency" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo mới do thay đổi này */
                            findings: {
                                /** @description Mã phát hiện ổn định (DP-UNIT-…) */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            saved: {
                                id: string;
                                /**
                                 * @description Loại đơn vị: ministry, province, commune, peoples-committee, home-affairs-department, …
                                 * @enum {string}
                                 */
                                kind: "ministry" | "province" | "commune" | "peoples-committee" | "home-affairs-department" | "historical-archive" | "national-archive-centre" | "national-insurance-centre" | "transferring-agency" | "other";
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}/versions/{validFrom}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Ghi một phiên bản (tên, loại, mã, cấp trên) của đơn vị, theo ngày bắt đầu
         * @description Tạo mới hoặc thay thế phiên bản bắt đầu ngày `validFrom`. Bị từ chối (409) nếu chồng lấn phiên bản khác, trùng mã …
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mã định danh đơn vị (chữ thường không dấu, số, "-"), vd. province-lao-cai */
                    id: string;
                    /** @description Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601) */
                    validFrom: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        adminCode?: string | null;
                        /** @default null */
                        agencyCode?: string | null;
                        /** @description Tên, không kèm loại (vd. "Lào Cai") */
                        name: string;
                        /** @default null */
                        note?: string | null;
                        /**
                         * @description Mã định danh đơn vị (chữ thường không dấu, số, "-"), vd. province-lao-cai
                         * @default null
                         */
                        parentId?: string | null;
                        /** @default null */
                        shortName?: string | null;
                        /** @default null */
                        source?: string | null;
                        /** @description Loại hành chính: "tỉnh", "thành phố trực thuộc trung ương", "bộ" … */
                        type: string;
                        /**
                         * @description Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601)
                         * @default null
                         */
                        validTo?: string | null;
                        /** @default true */
                        verified?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo mới do thay đổi này */
                            findings: {
                                /** @description Mã phát hiện ổn định (DP-UNIT-…) */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            saved: {
                                /** @description Mã đơn vị hành chính (QĐ 124/2004, QĐ 19/2025), giữ số 0 đầu */
                                adminCode: string | null;
                                /** @description Mã định danh điện tử (QĐ 20/2020), vd. G09 */
                                agencyCode: string | null;
                                /** @description Tên, không kèm loại (vd. "Lào Cai") */
                                name: string;
                                note: string | null;
                                /** @description Đơn vị cấp trên */
                                parentId: string | null;
                                shortName: string | null;
                                /** @description Nguồn (văn bản, mục DOMAIN.md) */
                                source: string | null;
                                /** @description Loại hành chính: "tỉnh", "thành phố trực thuộc trung ương", "bộ" … */
                                type: string;
                                /** @description Ngày bắt đầu hiệu lực (tính cả ngày này) */
                                validFrom: string;
                                /** @description Ngày cuối cùng còn hiệu lực; null: đang hiệu lực */
                                validTo: string | null;
                                /** @description false: có thông tin chưa được đối chiếu văn bản (xem note) */
                                verified: boolean;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Xóa một phiên bản của đơn vị */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Mã định danh đơn vị (chữ thường không dấu, số, "-"), vd. province-lao-cai */
                    id: string;
                    /** @description Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601) */
                    validFrom: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: boolean;
                            findings: {
                                /** @description Mã phát hiện ổn định (DP-UNIT-…) */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kiểm tra toàn bộ dữ liệu đơn vị
         * @description Phiên bản chồng lấn, gián đoạn, mã trùng, vòng lặp kế thừa … (mã DP-UNIT-…).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                /** @description Mã phát hiện ổn định (DP-UNIT-…) */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Đơn vị ngày `from` được tổng hợp vào đơn vị nào ngày `at`
         * @description Theo các sự kiện hợp nhất, chia tách …: vd. from=30/06/2025 cho 63 tỉnh cũ gộp vào 34 tỉnh, thành phố. Đơn vị bị chia tách không được cộng vào đâu (unresolved).
         */
        get: {
            parameters: {
                query: {
                    /** @description Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601) */
                    at?: string;
                    /** @description Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601) */
                    from: string;
                    /** @description Loại đơn vị: ministry, province, commune, peoples-committee, home-affairs-department, … */
                    kind?: "ministry" | "province" | "commune" | "peoples-committee" | "home-affairs-department" | "historical-archive" | "national-archive-centre" | "national-insurance-centre" | "transferring-agency" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Ngày YYYY-MM-DD */
                            at: string;
                            findings: {
                                /** @description Mã phát hiện ổn định (DP-UNIT-…) */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            from: string;
                            totals: {
                                adminCode: string | null;
                                count: number;
                                from: {
                                    adminCode: string | null;
                                    count: number;
                                    id: string;
                                    name: string | null;
                                }[];
                                id: string;
                                name: string | null;
                            }[];
                            unresolved: {
                                adminCode: string | null;
                                candidates: string[];
                                count: number;
                                id: string;
                                name: string | null;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Tổng hợp các mục (kế hoạch, báo cáo, phông …) theo đơn vị có hiệu lực ngày `at`
         * @description Mỗi mục gắn với một đơn vị, có thể kèm ngày. Mục gắn với đơn vị vào ngày đơn vị đó không tồn tại được báo trong `findings` (DP-UNIT-NOT-IN-FORCE …).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601) */
                        at?: string;
                        items: {
                            /** @description Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601) */
                            date?: string;
                            /** @description Tên mục, dùng trong phát hiện */
                            ref?: string;
                            unitId: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Ngày YYYY-MM-DD */
                            at: string;
                            findings: {
                                /** @description Mã phát hiện ổn định (DP-UNIT-…) */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            totals: {
                                adminCode: string | null;
                                count: number;
                                from: {
                                    adminCode: string | null;
                                    count: number;
                                    id: string;
                                    name: string | null;
                                }[];
                                id: string;
                                name: string | null;
                            }[];
                            unresolved: {
                                adminCode: string | null;
                                candidates: string[];
                                count: number;
                                id: string;
                                name: string | null;
                            }[];
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/successions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi một sự kiện kế thừa (hợp nhất, chia tách, đổi tên, nâng cấp)
         * @description Tạo mới hoặc thay thế theo `id`. Bị từ chối nếu nhắc đến đơn vị không tồn tại, tạo vòng lặp hoặc làm một đơn vị chấm dứt hai lần.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601) */
                        date: string;
                        /** @description Đơn vị trước; đơn vị có mặt cả ở "to" thì tiếp tục tồn tại */
                        from: string[];
                        /** @description Mã sự kiện kế thừa, vd. merger-2025-lao-cai */
                        id: string;
                        /**
                         * @description merger (hợp nhất) · split (chia tách) · rename (đổi tên) · upgrade (nâng cấp)
                         * @enum {string}
                         */
                        kind: "merger" | "split" | "rename" | "upgrade";
                        /** @default  */
                        note?: string;
                        /** @default null */
                        source?: string | null;
                        /** @description Đơn vị kế thừa */
                        to: string[];
                        /** @default true */
                        verified?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Cảnh báo mới do thay đổi này */
                            findings: {
                                /** @description Mã phát hiện ổn định (DP-UNIT-…) */
                                code: string;
                                message: string;
                                path?: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            saved: {
                                /** @description Ngày đầu tiên của trạng thái mới */
                                date: string;
                                /** @description Đơn vị trước; đơn vị có mặt cả ở "to" thì tiếp tục tồn tại */
                                from: string[];
                                /** @description Mã sự kiện kế thừa, vd. merger-2025-lao-cai */
                                id: string;
                                /**
                                 * @description merger (hợp nhất) · split (chia tách) · rename (đổi tên) · upgrade (nâng cấp)
                                 * @enum {string}
                                 */
                                kind: "merger" | "split" | "rename" | "upgrade";
                                note: string;
                                source: string | null;
                                /** @description Đơn vị kế thừa */
                                to: string[];
                                verified: boolean;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bắt đầu một lần tải lên (tus creation)
         * @description Giao thức tus 1.0: Upload-Length (byte) và Upload-Metadata (filename, relativePath khi tải cả thư mục, base64). Trả 201 với Location; 413 khi vượt giới hạn.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description 1.0.0 */
                    "tus-resumable"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            complete: boolean;
                            createdAt: string;
                            filename: string;
                            id: string;
                            /** @description Số byte đã khai báo */
                            length: number;
                            /** @description Số byte đã nhận */
                            offset: number;
                            relativePath?: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trạng thái một lần tải lên */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            complete: boolean;
                            createdAt: string;
                            filename: string;
                            id: string;
                            /** @description Số byte đã khai báo */
                            length: number;
                            /** @description Số byte đã nhận */
                            offset: number;
                            relativePath?: string;
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Hủy một lần tải lên (tus termination) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description 1.0.0 */
                    "tus-resumable"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Gửi tiếp dữ liệu (tus PATCH)
         * @description Content-Type: application/offset+octet-stream, Upload-Offset = số byte máy chủ đã nhận (HEAD). Trả 204 với Upload-Offset mới.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description 1.0.0 */
                    "tus-resumable"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách người dùng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            id: string;
                            roles: ("system-admin" | "archive-admin" | "archivist" | "digitiser" | "inspector" | "reader")[];
                            /** @description 'all' hoặc danh sách mã đơn vị được giao */
                            units: "all" | string[];
                            username: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Tạo người dùng với vai trò và đơn vị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        displayName?: string;
                        password: string;
                        roles: ("system-admin" | "archive-admin" | "archivist" | "digitiser" | "inspector" | "reader")[];
                        /** @description 'all' hoặc danh sách mã đơn vị được giao */
                        units: "all" | string[];
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            id: string;
                            roles: ("system-admin" | "archive-admin" | "archivist" | "digitiser" | "inspector" | "reader")[];
                            /** @description 'all' hoặc danh sách mã đơn vị được giao */
                            units: "all" | string[];
                            username: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa người dùng: tên hiển thị, vai trò, đơn vị, khóa tài khoản */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        displayName?: string;
                        roles?: ("system-admin" | "archive-admin" | "archivist" | "digitiser" | "inspector" | "reader")[];
                        /** @description 'all' hoặc danh sách mã đơn vị được giao */
                        units?: "all" | string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            id: string;
                            roles: ("system-admin" | "archive-admin" | "archivist" | "digitiser" | "inspector" | "reader")[];
                            /** @description 'all' hoặc danh sách mã đơn vị được giao */
                            units: "all" | string[];
                            username: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quản trị viên đặt lại mật khẩu (các phiên của người dùng kết thúc) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            id: string;
                            roles: ("system-admin" | "archive-admin" | "archivist" | "digitiser" | "inspector" | "reader")[];
                            /** @description 'all' hoặc danh sách mã đơn vị được giao */
                            units: "all" | string[];
                            username: string;
                        };
                    };
                };
                /** @description Lỗi */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mã truy cập API của một người dùng (quản trị viên xem) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("public" | "session" | "catalogue.read" | "catalogue.write" | "content.read" | "objects.read" | "objects.ingest" | "sites.read" | "sites.manage" | "audits.read" | "audits.run" | "incidents.read" | "incidents.manage" | "jobs.read" | "selection.read" | "selection.write" | "selection.approve" | "codelists.read" | "codelists.manage" | "units.read" | "units.manage" | "users.manage" | "accesslog.read" | "requests.create" | "requests.decide" | "digitise" | "reports.read" | "reports.write" | "codelists.report" | "portal.read" | "harvests.read" | "handovers.read" | "handovers.receive")[];
                            createdAt: string;
                            expiresAt: string;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Quản trị viên thu hồi mã truy cập của một người dùng */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tokenId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Lỗi */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định (DP-…) */
                                code: string;
                                /** @description Các phát hiện dẫn đến việc từ chối (nếu có) */
                                findings?: {
                                    code: string;
                                    message: string;
                                    path?: string;
                                    /** @enum {string} */
                                    severity: "error" | "warning" | "info";
                                }[];
                                /** @description Thông báo cho người dùng, tiếng Việt mặc định */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oai": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OAI-PMH 2.0
         * @description Kho OAI-PMH 2.0: verb, metadataPrefix (oai_dc, ead), identifier, from, until, set (unit:<mã đơn vị>, fonds:<mã phông>), resumptionToken. Không đăng nhập: chỉ hồ sơ công khai (01); với mã truy cập API: theo quyền của tài khoản. Trả về XML.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * OAI-PMH 2.0
         * @description Kho OAI-PMH 2.0: verb, metadataPrefix (oai_dc, ead), identifier, from, until, set (unit:<mã đơn vị>, fonds:<mã phông>), resumptionToken. Không đăng nhập: chỉ hồ sơ công khai (01); với mã truy cập API: theo quyền của tài khoản. Trả về XML.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oai/tt05-ead.xsd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lược đồ XSD của định dạng ead (OAI-PMH) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
