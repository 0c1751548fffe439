export { identifyFormat, type IdentifyInput, type FormatIdentification } from './identify.js';
export { mimeForName, extensionOf, OCTET_STREAM } from './mime.js';
export { ALLOWED_FORMATS, FORMATS, formatByPuid, type FormatEntry } from './registry.js';
export { pdfaLevel } from './detect-pdf.js';
export type { Basis } from './probe.js';
export { localiseFormatMessage } from './probe.js';
