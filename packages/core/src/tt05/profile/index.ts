// The public API of the TT05 description layer; helpers not listed here stay internal.
export { TT05_CODE_LISTS, codeLabel, isListedCode, type CodeEntry, type CodeList, type CodeListId } from './code-lists.js';
export {
  DESCRIPTION_KINDS,
  TT05_CATALOGUE,
  fieldSpec,
  fieldsToWrite,
  picMediaShape,
  type DateForm,
  type DescriptionKind,
  type FieldSpec,
  type FieldType,
  type KindSpec,
  type PicMediaShape,
  type Presence,
} from './catalogue.js';
export { parseTt05Date, type DateRange } from './values.js';
export { TT05_FINDING_CODES, fieldsNamed, type Tt05FindingCode } from './finding-codes.js';
export { parseSimpleDc, writeSimpleDc, type ParseSimpleDcOptions, type ParsedSimpleDc } from './simpledc.js';
export { checkDescription, type DescriptionContext } from './check.js';
export { sipToAipFields, type SipDescriptionKind, type SipToAipOptions, type SipToAipResult } from './convert.js';
export { TT05_SCHEMA_SETS, simpleDcSchema, tt05SchemaFiles, type Tt05SchemaFile, type Tt05SchemaFileName } from './schema.js';
export { TT05_EXAMPLE_DESCRIPTIONS, TT05_EXAMPLE_PIC_SHAPE_II } from './examples.js';
