/**
 * Rules for harm to others: the visitor says they will or want to hurt someone, have hurt
 * someone at home, or have thoughts of it. Jokes about food ("I could murder a burger") do not
 * match because the target must be a person; exasperation ("I could kill him for eating my
 * fries lol") softens to a gentle check.
 */
import type { CrisisRule } from '../crisis-rule.js';

const KIND = 'harm-to-others';

const ING = 'killing|hurting|harming|stabbing|shooting|murdering|strangling|choking|beating|attacking|poisoning|drowning|smothering|running over|running down';

export const HARM_RULES: readonly CrisisRule[] = [
  {
    id: 'harm.intent',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    onlyForSelf: true,
    pattern:
      '(going to|gonna|will|want to|wanna|about to|could|might|plan to|planning to|planning on|thinking about|thinking of|feel like|tempted to|urge to|urges to|fantasize about|fantasizing about|(scared|afraid|worried|terrified) (that )?i (will|might|could|am going to)|ready to) (just |really |actually |seriously |literally |go |totally )?({harmOther}|' + ING + '|beat the (crap|shit|hell|life) out of|kick the (crap|shit|hell) out of) ({target})',
    notWhen: {
      after:
        's? ?feelings|feeling|with (kindness|words|love|my (drinking|using|addiction|behavior|behaviour|lies|words))|by (saying|telling|leaving|quitting|going|not)|if i (tell|told|say|leave|quit|go)|emotionally|chances|career|reputation|business|pride|ego|at|in (a|the|chess|cards|basketball|game|games|race|match)|to it|this time|off|out',
    },
    softenWhen: {
      after:
        'lol|haha|lmao|jk|for (this|that|it|not|[a-z]+ing)|sometimes|when (he|she|they) (does|do|leaves|forgets|says)',
      near: 'lol|haha|hahaha|lmao|lmfao|jk|just kidding|joking',
    },
  },
  {
    id: 'harm.did',
    kind: KIND,
    level: 'crisis',
    subject: 'self',
    victim: 'speaker',
    pattern:
      'i ~1 (hit|hurt|beat|choked|strangled|pushed|shoved|slapped|punched|kicked|hits|hurts|beats|chokes|slaps|punches|kicks|hurting|hitting|beating) (my|our) (wife|husband|partner|girlfriend|boyfriend|kids|kid|children|child|son|daughter|baby|toddler|mom|mother|dad|father)',
    notWhen: {
      after: 's? ?feelings|by accident|accidentally|emotionally|with my (drinking|addiction|using|words|lies|behavior|behaviour)|by (drinking|using|lying)|at|in (chess|cards|a game)|up',
    },
  },
  {
    id: 'harm.thoughts',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    onlyForSelf: true,
    pattern:
      '(thoughts|thinking|thought|urges?|fantasies|fantasizing|dreams|dreaming|intrusive thoughts) (about|of) (' + ING + ') ({target}|others|other people)',
    notWhen: { after: 's? ?feelings' },
  },
  {
    id: 'harm.afraid-of-self',
    kind: KIND,
    level: 'crisis',
    victim: 'speaker',
    onlyForSelf: true,
    pattern:
      '(scared|afraid|terrified|frightened|worried) (of|about) what i (might|will|could|would|am going to|am gonna|may|can) do to ({target}|my (ex|boss|coworker|neighbor|neighbour|roommate|stepdad|stepmom|baby|kids|son|daughter))',
  },
  {
    id: 'harm.armed-going',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    victim: 'speaker',
    onlyForSelf: true,
    pattern:
      '(get|grab|bring|take|load|loading|getting|grabbing|bringing|taking) (my|the|a|his|her) ({weapon}) and (go|drive|head|going|driving|heading|show up|find|wait) ~2 (to|over|for|at|him|her|them)|(get|grab|bring|take|load|loading|getting|grabbing|bringing|taking) (my|the|a|his|her) ({weapon}) ~4 (and|to) ({harmOther}) ({target})',
  },
  {
    id: 'harm.attack-place',
    kind: KIND,
    level: 'crisis',
    immediate: true,
    pattern:
      '(shoot|shooting|bomb|bombing|blow) up (the|my|a|this|that|his|her|their) (school|work|office|workplace|place|church|mall|party|store|building|class|campus|clinic)',
  },
];
