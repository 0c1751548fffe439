/**
 * Mean word confidence of one page from Tesseract's hOCR: every `ocrx_word` carries
 * `x_wconf N` (0..100) in its title. A page with no words (blank) has no confidence: null.
 */
export function hocrMeanConfidence(hocr: string): number | null {
  let sum = 0;
  let words = 0;
  // <span class='ocrx_word' id='word_1_1' title='bbox 313 197 406 233; x_wconf 96'>
  const word = /class=['"]ocrx_word['"][^>]*?title=['"][^'"]*?x_wconf\s+(\d+(?:\.\d+)?)/g;
  for (const match of hocr.matchAll(word)) {
    sum += Number(match[1]);
    words += 1;
  }
  return words === 0 ? null : Math.round((sum / words) * 10) / 10;
}
