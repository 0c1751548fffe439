import { describe, expect, it } from 'vitest';
import { hocrMeanConfidence } from './hocr-confidence.js';

const page = (words: string) => `<?xml version="1.0" encoding="UTF-8"?>
<html><body><div class='ocr_page' id='page_1' title='image "x.png"; bbox 0 0 1654 2339; ppageno 0'>
<span class='ocr_line' id='line_1_1' title="bbox 420 153 1233 186; baseline 0 -7; x_size 33; x_descenders 7; x_ascenders 9">${words}</span>
</div></body></html>`;

describe('hocrMeanConfidence', () => {
  it('averages x_wconf over the words, one decimal', () => {
    const hocr = page(
      "<span class='ocrx_word' id='word_1_1' title='bbox 420 153 552 186; x_wconf 96'>CỘNG</span> " +
        "<span class='ocrx_word' id='word_1_2' title='bbox 570 153 680 186; x_wconf 93'>HÒA</span> " +
        "<span class='ocrx_word' id='word_1_3' title='bbox 700 153 780 186; x_wconf 40'>XÃ</span>",
    );
    expect(hocrMeanConfidence(hocr)).toBe(76.3);
  });

  it('has no confidence for a page without words', () => {
    expect(hocrMeanConfidence(page(''))).toBeNull();
  });

  it('ignores the confidence of lines and pages, only words count', () => {
    const hocr = page(
      "<span class='ocr_line' title='bbox 1 1 2 2; x_wconf 10'></span><span class='ocrx_word' title='bbox 1 1 2 2; x_wconf 90'>A</span>",
    );
    expect(hocrMeanConfidence(hocr)).toBe(90);
  });
});
