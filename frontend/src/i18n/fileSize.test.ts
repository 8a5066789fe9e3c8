import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatFileSize } from './fileSize';

describe('formatFileSize', () => {
  it.each([
    ['en', 1, '1 byte'],
    ['en', 609, '609 bytes'],
    ['en', 182_044, '178 KB'],
    ['en', 4_404_019, '4.2 MB'],
    ['ru', 1, '1 байт'],
    ['ru', 3, '3 байта'],
    ['ru', 609, '609 байт'],
    ['ru', 921, '921 байт'],
    ['ru', 4_404_019, '4,2 МБ'],
    ['ky', 609, '609 байт'],
    ['ky', 5_120, '5 КБ'],
    ['kk', 1, '1 байт'],
    ['kk', 10_485_760, '10 МБ'],
  ])('writes %s %i bytes as “%s”', (language, bytes, text) => {
    expect(formatFileSize(bytes, i18n.getFixedT(language), language)).toBe(text);
  });
});
