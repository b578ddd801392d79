// Colours. Particles and outcome marks use the Okabe–Ito palette, distinguishable with the
// common colour-vision deficiencies (Okabe & Ito 2008, "Color Universal Design").
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#999999',
} as const;

export const PARTICLE = {
  request: OKABE_ITO.skyBlue,
  ok: OKABE_ITO.blue,
  failed: OKABE_ITO.vermillion,
  probe: '#8a8f98',
  /** Retries (attempt 2+): a colour of their own, plus the attempt number beside the dot. */
  retry: OKABE_ITO.reddishPurple,
} as const;

/** Node states: the badge carries a word too, so colour is never the only signal. */
export const STATE_STYLE = {
  up: { stroke: '#334155', fill: '#ffffff', badge: null, badgeFill: '' },
  down: { stroke: '#b91c1c', fill: '#e5e7eb', badge: 'DOWN', badgeFill: '#b91c1c' },
  hung: { stroke: '#7e22ce', fill: '#f5f3ff', badge: 'HUNG', badgeFill: '#7e22ce' },
  slow: { stroke: '#b45309', fill: '#fffbeb', badge: 'SLOW', badgeFill: '#b45309' },
  erroring: { stroke: OKABE_ITO.vermillion, fill: '#fff7ed', badge: 'ERRORS', badgeFill: '#c2410c' },
} as const;

export const GOAL_COLOUR = { pending: '#64748b', met: '#047857', failed: '#b91c1c' } as const;
