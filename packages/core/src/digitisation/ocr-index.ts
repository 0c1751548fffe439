// OCR quality measures (helper/ocr): the lead merges this into ./index.ts.
export * from './cer.js';
