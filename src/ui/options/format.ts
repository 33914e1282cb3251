// Small number formats shared by the options components.
export const formatMultiplier = (m: number): string => `×${m.toFixed(2)}`;
export const formatPercent = (x: number): string => `${Math.round(x * 100)}%`;
export const formatLean = (lean: number): string =>
  lean === 0 ? '0' : `${lean > 0 ? '+' : '−'}${Math.abs(lean).toFixed(2)}`;
