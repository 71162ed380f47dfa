/**
 * A safe download name ending in ".png": letters, digits, "-", "_" and "." kept, anything else
 * (spaces, slashes, accents) becomes "_", runs collapsed, at most 120 characters.
 * "ROC curve / prod" → "ROC_curve_prod.png"; "prediction_map_prod.png" stays as it is.
 */
export function pngFileName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.png$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 120)
  return `${base || 'chart'}.png`
}
