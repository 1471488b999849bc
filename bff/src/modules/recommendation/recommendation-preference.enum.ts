import { registerEnumType } from '@nestjs/graphql';
import { RECOMMENDATION_PREFERENCE_LABELS, RecommendationPreference } from './ranking-types';

registerEnumType(RecommendationPreference, {
  name: 'RecommendationPreference',
  description: '产品推荐的偏好',
  valuesMap: Object.fromEntries(
    Object.values(RecommendationPreference).map((value) => [value, { description: RECOMMENDATION_PREFERENCE_LABELS[value] }]),
  ),
});

export { RecommendationPreference };
