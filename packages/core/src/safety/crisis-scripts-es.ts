/**
 * The reviewed crisis scripts in Spanish: the same structure and the same safe-messaging rules as
 * the English ones (acknowledge, help is available now, ONE primary action, one direct and neutral
 * question), written in plain US Spanish with "tú", not translated word for word.
 */
import type { CrisisKind } from './crisis-kinds.js';
import type { CrisisReply, FollowUpReply, SafetyAnswer, Variants } from './crisis-replies.js';
import { deepFreeze } from './deep-freeze.js';

const HELP_NOW = 'Hay ayuda disponible ahora mismo, de día o de noche.';
const STAY_WITH_YOU = 'Si hay alguien cerca, pídele que se quede contigo hasta que llegue la ayuda.';
const SAFE_SELF: SafetyAnswer = { id: 'safe', label: 'Estoy a salvo ahora' };
const NOT_SAFE_SELF: SafetyAnswer = { id: 'not-safe', label: 'No estoy a salvo' };
const SELF_ANSWERS: CrisisReply['safetyAnswers'] = [SAFE_SELF, NOT_SAFE_SELF];
const THEY_ARE_SAFE: CrisisReply['safetyAnswers'] = [
  { id: 'safe', label: 'Está a salvo ahora' },
  { id: 'not-safe', label: 'No está a salvo' },
  { id: 'unsure', label: 'No estoy seguro' },
];
const BREATHING_ANSWERS: CrisisReply['safetyAnswers'] = [
  { id: 'safe', label: 'Sí, respira y está despierto' },
  { id: 'not-safe', label: 'No' },
  { id: 'unsure', label: 'No estoy seguro' },
];
const CALLED_ANSWERS: CrisisReply['safetyAnswers'] = [
  { id: 'safe', label: 'Sí, la ayuda viene en camino' },
  { id: 'not-safe', label: 'Todavía no' },
];
const NO_ONE_IN_DANGER: CrisisReply['safetyAnswers'] = [
  { id: 'safe', label: 'Nadie está en peligro ahora' },
  { id: 'not-safe', label: 'Alguien podría estar en peligro' },
];
const UNCONSCIOUS_LINE = 'Si está inconsciente o no respira, llama al {emergency} ahora y quédate a su lado.';
const SAFE_NOW = '¿Estás a salvo ahora mismo?';

export const CRISIS_REPLY_SCRIPTS_ES: Readonly<Record<CrisisKind, Variants>> = deepFreeze({
  'suicide-self-harm': {
    self: {
      heading: 'No tienes que pasar por esto a solas',
      body: ['Parece que estás pasando por algo muy doloroso. Gracias por contármelo.', HELP_NOW, '{primary}'],
      safetyQuestion: SAFE_NOW,
      safetyAnswers: SELF_ANSWERS,
    },
    selfImmediate: {
      heading: 'Por favor, pide ayuda ahora',
      body: [
        'Parece que sientes mucho dolor y que podrías estar en peligro ahora mismo.',
        HELP_NOW,
        '{primary}',
        'Si puedes, aléjate de cualquier cosa con la que podrías hacerte daño.',
      ],
      safetyQuestion: SAFE_NOW,
      safetyAnswers: SELF_ANSWERS,
    },
    other: {
      heading: 'Hiciste bien en buscar ayuda',
      body: [
        'Parece que alguien que te importa podría estar en peligro. Es mucho para cargar.',
        HELP_NOW,
        '{primary}',
        'Si puedes hacerlo sin riesgo, quédate con esa persona hasta que llegue la ayuda.',
      ],
      safetyQuestion: '¿Esa persona está a salvo ahora mismo?',
      safetyAnswers: THEY_ARE_SAFE,
    },
  },
  'overdose-poisoning': {
    self: {
      heading: 'Pide consejo experto ahora',
      body: [
        'Gracias por decírmelo. Tomar de más puede ser peligroso aunque te sientas bien.',
        HELP_NOW,
        '{primary}',
        'Si te da mucho sueño, te confundes o te cuesta respirar, llama al {emergency} ahora.',
      ],
      safetyQuestion: SAFE_NOW,
      safetyAnswers: SELF_ANSWERS,
    },
    selfImmediate: {
      heading: 'Llama al {emergency} ahora',
      body: [
        'Esto podría ser una emergencia médica. Gracias por decírmelo.',
        HELP_NOW,
        '{primary}',
        STAY_WITH_YOU,
      ],
      safetyQuestion: '¿Pudiste llamar al {emergency}?',
      safetyAnswers: CALLED_ANSWERS,
    },
    other: {
      heading: 'Llama al {emergency} ahora',
      body: ['Esto podría ser una emergencia médica. Estás haciendo lo correcto.', HELP_NOW, '{primary}', UNCONSCIOUS_LINE],
      safetyQuestion: '¿La persona respira y está despierta?',
      safetyAnswers: BREATHING_ANSWERS,
    },
  },
  'medical-emergency': {
    self: {
      heading: 'Llama al {emergency} ahora',
      body: [
        'Lo que describes puede ser una emergencia médica, y mereces atención de inmediato.',
        HELP_NOW,
        '{primary}',
        STAY_WITH_YOU,
      ],
      safetyQuestion: '¿Pudiste llamar al {emergency}?',
      safetyAnswers: CALLED_ANSWERS,
    },
    other: {
      heading: 'Llama al {emergency} ahora',
      body: [
        'Lo que describes puede ser una emergencia médica. Haces bien en actuar rápido.',
        HELP_NOW,
        '{primary}',
        UNCONSCIOUS_LINE,
      ],
      safetyQuestion: '¿La persona respira y está despierta?',
      safetyAnswers: BREATHING_ANSWERS,
    },
  },
  'violence-abuse': {
    self: {
      heading: 'Mereces estar a salvo',
      body: [
        'Siento mucho que te esté pasando esto. No es tu culpa.',
        'Hay ayuda disponible ahora mismo, y es confidencial.',
        '{primary}',
        'Si estás en peligro ahora mismo, llama al {emergency}.',
      ],
      safetyQuestion: SAFE_NOW,
      safetyAnswers: SELF_ANSWERS,
    },
    selfImmediate: {
      heading: 'Llama al {emergency} ahora',
      body: [
        'Siento mucho que te esté pasando esto. No es tu culpa.',
        HELP_NOW,
        '{primary}',
        'Si puedes, ve a un lugar más seguro mientras llamas.',
      ],
      safetyQuestion: SAFE_NOW,
      safetyAnswers: SELF_ANSWERS,
    },
    other: {
      heading: 'Llama al {emergency} ahora',
      body: [
        'Parece que alguien está siendo lastimado. Gracias por hablar.',
        HELP_NOW,
        '{primary}',
        'Cuídate tú también mientras buscas ayuda.',
      ],
      safetyQuestion: SAFE_NOW,
      safetyAnswers: SELF_ANSWERS,
    },
  },
  'harm-to-others': {
    self: {
      heading: 'Busquemos apoyo ahora mismo',
      body: [
        'Parece que estás sintiendo emociones muy intensas. Gracias por ser honesto.',
        'Hay ayuda disponible ahora mismo, y hablar con alguien puede ayudarte a mantener el control.',
        '{primary}',
        'Si alguien podría salir lastimado pronto, llama al {emergency} ahora.',
      ],
      safetyQuestion: '¿Hay alguien en peligro ahora mismo?',
      safetyAnswers: NO_ONE_IN_DANGER,
    },
    selfImmediate: {
      heading: 'Llama al {emergency} ahora',
      body: [
        'Parece que estás sintiendo emociones muy intensas y que alguien podría estar en peligro.',
        HELP_NOW,
        '{primary}',
        'Si puedes, aléjate de cualquier arma y de la otra persona.',
      ],
      safetyQuestion: '¿Hay alguien en peligro ahora mismo?',
      safetyAnswers: NO_ONE_IN_DANGER,
    },
    other: {
      heading: 'Llama al {emergency} ahora',
      body: [
        'Parece que alguien podría estar a punto de lastimar a otra persona. Gracias por avisar.',
        HELP_NOW,
        '{primary}',
        'Cuídate tú también mientras buscas ayuda.',
      ],
      safetyQuestion: SAFE_NOW,
      safetyAnswers: SELF_ANSWERS,
    },
  },
});

export const GENTLE_CHECK_SCRIPT_ES: CrisisReply = deepFreeze({
  heading: 'Solo quería preguntarte',
  body: [
    'Gracias por contarme. Algo de esto puede ser mucho para cargar.',
    'Si en algún momento no te sientes a salvo, hay ayuda disponible ahora mismo, de día o de noche.',
    '{primary}',
  ],
  safetyQuestion: '¿Cómo estás ahora mismo?',
  safetyAnswers: [
    { id: 'safe', label: 'Estoy bien ahora' },
    { id: 'not-safe', label: 'No estoy bien' },
    { id: 'someone-else', label: 'Pregunto por otra persona' },
  ],
});

export const GENTLE_CHECK_QUESTIONS_ES: Readonly<Record<CrisisKind, string>> = deepFreeze({
  'suicide-self-harm': 'Te lo pregunto directamente: ¿estás pensando en quitarte la vida o en hacerte daño?',
  'overdose-poisoning': '¿Alguien tomó más de lo que quería, o hay alguien a quien cuesta despertar o que respira raro?',
  'medical-emergency': '¿Alguien tiene problemas para respirar, una convulsión, dolor de pecho o confusión ahora mismo?',
  'violence-abuse': '¿Estás a salvo donde estás ahora mismo?',
  'harm-to-others': '¿Te preocupa que puedas lastimar a alguien?',
});

export const FOLLOW_UPS_ES: Readonly<Record<'safe' | 'safeOther' | 'notSafe' | 'notSafeOther', FollowUpReply>> = deepFreeze({
  safe: {
    body: [
      'Gracias por decírmelo. Me alegra que estés a salvo ahora.',
      'Los números de arriba se quedan aquí por si algo cambia, a cualquier hora del día o de la noche.',
      'Cuando quieras, puedo responder preguntas sobre el programa o ayudarte a contactar a nuestro equipo.',
    ],
  },
  safeOther: {
    body: [
      'Gracias por decírmelo. Me alegra que esa persona esté bien ahora.',
      'Los números de arriba se quedan aquí por si algo cambia, para esa persona o para ti, a cualquier hora.',
      'Cuando quieras, puedo responder preguntas sobre el programa o ayudarte a contactar a nuestro equipo.',
    ],
  },
  notSafe: {
    body: [
      'Gracias por decírmelo. Por favor, llama al {emergency} ahora.',
      'Si puedes, quédate donde alguien pueda encontrarte. Los otros números de arriba también están abiertos ahora.',
    ],
  },
  notSafeOther: {
    body: [
      'Por favor, llama al {emergency} ahora.',
      UNCONSCIOUS_LINE,
      'Cuídate tú también. Los otros números de arriba también están abiertos ahora.',
    ],
  },
});
