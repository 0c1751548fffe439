import { describe, expect, it } from 'vitest';
import { characterDrift } from './text-layer.js';

describe('characterDrift', () => {
  it('is zero for the same characters', () => {
    expect(characterDrift('CỘNGHÒAXÃHỘI', 'CỘNGHÒAXÃHỘI')).toBe(0);
  });

  it('stays small when pdftotext drops a glyph drawn over another (seen on a noisy scan)', () => {
    const ocr = "TrungtâmLưutrữquốcgiaIII,số34phốPhanKế'l-Bính;HàNội.Thờihạnbảoquản";
    const pdf = "TrungtâmLưutrữquốcgiaIII,số34phốPhanKế'-Bính;HàNội.Thờihạnbảoquản";
    expect(characterDrift(ocr, pdf)).toBeLessThan(0.05);
  });

  it('is large when the text layer lost its Unicode map (Ghostscript re-converting a PDF/A)', () => {
    const ocr = 'CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAMĐộclập-Tựdo-HạnhphúcKẾHOẠCHBiênbảngiaonhậntàiliệu';
    const pdf = 'CÞNGHÒAXÃHÞICHþNGH)AVIÞTNAM\u0011ßcl¿p-Tÿdo-H¿nhphúcK¾HO¾CHBiênb¿ngiaonh¿ntàilißu';
    expect(characterDrift(ocr, pdf)).toBeGreaterThan(0.3);
  });
});
