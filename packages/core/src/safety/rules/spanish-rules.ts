/**
 * A small floor of Spanish rules: the plainest ways of saying "I want to die", "he is not
 * breathing" or "she took the whole bottle", which must never depend on a model's threshold.
 * Everything less plain is the trained model's (see ../model/), which reads Spanish as a whole.
 * Written on normalised text (accents folded: "morir" also matches "morír").
 */
import type { CrisisRule } from '../crisis-rule.js';

/** "me quiero morir de la vergüenza", "quiero morirme de risa": a figure of speech. */
const FIGURATIVE_AFTER =
  'de (la |el )?(verguenza|risa|pena|ganas|calor|frio|hambre|sueno|cansancio|aburrimiento|envidia|amor|nervios|tristeza|coraje|rabia|aburrida|aburrido)|con (esta|este|la|el) (tarea|trafico|trabajo|calor|app|pagina|aseguranza|seguro)|jaja[a-z]*|jeje[a-z]*|lol';

/** A what-if, not an event: "qué hago si alguien no respira", "si algún día se toma todo el frasco". */
const WHAT_IF = '(que|como) (hago|hacer|debo hacer|se hace) si[a-z ]*|y si[a-z ]*|si (alguien|algun dia|un dia|alguna vez)[a-z ]*';

export const SPANISH_RULES: readonly CrisisRule[] = [
  {
    id: 'es.want-to-die',
    kind: 'suicide-self-harm',
    level: 'crisis',
    subject: 'self',
    pattern:
      '(me )?quiero (morir|morirme|matarme|suicidarme|quitarme la vida)|me quiero (morir|matar|suicidar)|(ya )?no quiero (vivir|seguir viviendo|estar vivo|estar viva|despertar)|me voy a (matar|suicidar|quitar la vida)|voy a (matarme|suicidarme|quitarme la vida)|pienso (en )?(matarme|suicidarme|quitarme la vida)',
    notWhen: { after: FIGURATIVE_AFTER, near: 'jaja[a-z]*|jeje[a-z]*' },
  },
  {
    id: 'es.not-breathing',
    kind: 'medical-emergency',
    level: 'crisis',
    immediate: true,
    victim: 'other',
    pattern: '(no|ya no|casi no) (respira|despierta|reacciona|responde)|(esta|se puso) (morado|morada|azul)|(esta|sigue) convulsionando|le (dio|esta dando) (una )?convulsion',
    notWhen: { before: WHAT_IF },
  },
  {
    id: 'es.took-all',
    kind: 'overdose-poisoning',
    level: 'crisis',
    immediate: true,
    pattern: '(me|se) (tome|tomo|trague|trago) (todas las|toda la|todo el|un|el) (pastillas|pastilla|frasco|bote|caja|botella)|(tiene|esta teniendo|le esta dando) (una )?sobredosis',
    notWhen: { before: WHAT_IF },
  },
];
