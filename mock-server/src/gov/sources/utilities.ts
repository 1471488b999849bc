import type { UtilitiesData } from '@rongtong/shared';
import { electricityKwh, revenueFen, waterTonnes } from '../model/activity';
import type { EnterpriseModel } from '../model/latent-risk';
import { formatMonth } from '../model/months';
import { seriesWindow } from './window';

export function utilities(model: EnterpriseModel): UtilitiesData {
  return {
    monthly: seriesWindow(model.asOf).map((month) => {
      const revenue = revenueFen(model, month);
      return {
        month: formatMonth(month),
        electricityKwh: electricityKwh(model, month, revenue),
        waterTonnes: waterTonnes(model, month, revenue),
      };
    }),
  };
}
