/**
 * Which language a visitor wrote in, English or Spanish, from the message alone: function words
 * that belong to one language only ("quiero", "que", "mi", "esta" against "the", "my", "want",
 * "is"), and marks only Spanish uses (ñ, ¿, ¡, accented vowels). Enough to answer a crisis in the
 * visitor's language; a mixed message goes to whichever has more.
 */
const SPANISH: ReadonlySet<string> = new Set([
  'que', 'el', 'la', 'los', 'las', 'de', 'del', 'un', 'una', 'y', 'es', 'esta', 'estoy', 'estan',
  'mi', 'mis', 'tu', 'su', 'sus', 'me', 'te', 'se', 'lo', 'le', 'les', 'nos', 'por', 'para', 'con',
  'sin', 'pero', 'porque', 'como', 'cuando', 'donde', 'quiero', 'quiere', 'puedo', 'puede', 'tengo',
  'tiene', 'hay', 'muy', 'ya', 'no', 'si', 'yo', 'ella', 'el', 'ellos', 'hijo', 'hija', 'esposo',
  'esposa', 'mama', 'papa', 'ayuda', 'ayudenme', 'favor', 'hola', 'gracias', 'necesito', 'cuanto',
  'cuesta', 'seguro', 'todo', 'todas', 'nada', 'nadie', 'algo', 'mas', 'tambien', 'ahora', 'hoy',
  'noche', 'vida', 'morir', 'vivir', 'pastillas', 'casa', 'ustedes', 'usted', 'soy', 'eres', 'fue',
  'pues', 'pa', 'q', 'xq', 'pq', 'ando', 'estaba', 'voy', 'va', 'van', 'mismo', 'otra', 'otro',
  'tienen', 'aceptan', 'atienden', 'pueden', 'ofrecen', 'buenas', 'miedo', 'solo', 'ahi', 'nunca',
  'grupos', 'empezar', 'horarios', 'terapia', 'queria', 'o', 'u',
]);
const ENGLISH: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'is', 'are', 'was', 'were', 'i', 'im', 'my', 'me', 'you', 'your', 'he',
  'she', 'his', 'her', 'they', 'we', 'to', 'of', 'in', 'on', 'for', 'with', 'what', 'how', 'do',
  'does', 'did', 'not', 'dont', 'want', 'can', 'cant', 'will', 'just', 'have', 'has', 'it', 'this',
  'that', 'but', 'so', 'if', 'at', 'be', 'been', 'from', 'about', 'help', 'please', 'anymore', 'all',
  'took', 'myself', 'kill', 'die', 'going', 'gonna', 'would', 'there', 'who', 'when', 'why',
]);

export type Language = 'en' | 'es';

export function guessLanguage(text: unknown): Language {
  if (typeof text !== 'string' || text.length === 0) return 'en';
  const sample = text.slice(0, 2000);
  let spanish = (sample.match(/[ñ¿¡áéíóú]/giu) ?? []).length * 0.5;
  let english = 0;
  const words = sample
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[a-z]+/g) ?? [];
  for (const word of words) {
    if (SPANISH.has(word)) spanish++;
    if (ENGLISH.has(word)) english++;
  }
  return spanish > english ? 'es' : 'en';
}
