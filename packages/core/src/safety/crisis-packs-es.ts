/**
 * The Spanish routes of the US crisis pack: the same resources, named and described in Spanish,
 * with the Spanish way in first (988 then 2; AYUDA by text). A Spanish crisis card is built from
 * this overlay; the numbers themselves are those of the US pack.
 *
 * Checked against ../shared/crisis-resources.md ("Spanish routes", verified December 2026 against
 * 988's and Crisis Text Line's own pages): 988 Lifeline en español, call 988 and press 2, or text
 * AYUDA to 988; Crisis Text Line en español, text AYUDA to 741741; SAMHSA's helpline in Spanish
 * (not a crisis line); 911 with an interpreter on request. Verify again before each release.
 */
import type { CrisisAction, CrisisPack, CrisisResource } from './crisis-packs.js';
import { deepFreeze } from './deep-freeze.js';

/** When the Spanish routes were last checked: "YYYY-MM". */
export const SPANISH_ROUTES_VERIFIED = '2026-12';

interface SpanishResource {
  readonly name: string;
  readonly description: string;
  readonly actions: readonly CrisisAction[];
}

const US_SPANISH: Readonly<Record<string, SpanishResource>> = deepFreeze({
  emergency: {
    name: '911',
    description:
      'Para un peligro ahora mismo: una sobredosis, una convulsión, o alguien que no responde o no respira. Puedes pedir un intérprete en español.',
    actions: [{ type: 'call', label: 'Llama al 911', href: 'tel:911' }],
  },
  '988-lifeline': {
    name: '988 Lifeline en español',
    description:
      'Apoyo gratuito y confidencial, a cualquier hora, si piensas en el suicidio o vives una crisis emocional o por el consumo de alcohol o drogas.',
    actions: [
      { type: 'call', label: 'Llama al 988 y marca 2', href: 'tel:988' },
      { type: 'text', label: 'Envía AYUDA al 988', href: 'sms:988?body=AYUDA' },
    ],
  },
  'crisis-text-line': {
    name: 'Crisis Text Line en español',
    description: 'Si prefieres escribir: una persona capacitada te responde por mensaje de texto, de día o de noche.',
    actions: [{ type: 'text', label: 'Envía AYUDA al 741741', href: 'sms:741741?body=AYUDA' }],
  },
  'poison-help': {
    name: 'Poison Help (control de envenenamientos)',
    description:
      'Consejo experto si alguien tomó de más o tragó algo dañino. Si está inconsciente o le cuesta respirar, llama al 911.',
    actions: [{ type: 'call', label: 'Llama al 1-800-222-1222', href: 'tel:18002221222' }],
  },
  'dv-hotline': {
    name: 'Línea Nacional contra la Violencia Doméstica',
    description: 'Ayuda confidencial, a cualquier hora, si tu pareja te lastima, te amenaza o te controla.',
    actions: [
      { type: 'call', label: 'Llama al 1-800-799-7233', href: 'tel:18007997233' },
      { type: 'text', label: 'Envía START al 88788', href: 'sms:88788?body=START' },
    ],
  },
  'veterans-crisis-line': {
    name: 'Veterans Crisis Line',
    description: 'Para veteranos, militares y sus familias: marca 988 y luego 1.',
    actions: [
      { type: 'call', label: 'Llama al 988 y marca 1', href: 'tel:988' },
      { type: 'text', label: 'Envía un texto al 838255', href: 'sms:838255' },
    ],
  },
  'samhsa-helpline': {
    name: 'Línea Nacional de Ayuda de SAMHSA',
    description: 'Información y referencias para tratamiento, 24/7, en español. No es una línea de crisis.',
    actions: [{ type: 'call', label: 'Llama al 1-800-662-4357', href: 'tel:18006624357' }],
  },
});

/**
 * The pack as a Spanish-speaking visitor should see it: the US pack's resources in Spanish with the
 * Spanish routes, when the pack is the US one (a resource the overlay does not know stays as it
 * is). Other countries' packs have no Spanish routes here and are returned unchanged.
 */
export function spanishPack(pack: CrisisPack): CrisisPack {
  if (!hasSpanishRoutes(pack)) return pack;
  const resources = pack.resources.map((resource): CrisisResource => {
    const spanish = US_SPANISH[resource.id];
    const sameNumber = spanish?.actions.every((a) => resource.actions.some((b) => b.href.split('?')[0] === a.href.split('?')[0]));
    return spanish !== undefined && sameNumber === true ? { ...resource, ...spanish } : resource;
  });
  return deepFreeze({ ...pack, resources });
}

/** Whether the pack has Spanish routes (a Spanish crisis card can be shown in Spanish). */
export function hasSpanishRoutes(pack: CrisisPack): boolean {
  return pack.country === 'US';
}
