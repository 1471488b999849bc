import { registerEnumType } from '@nestjs/graphql';

export enum ProductSort {
  NEWEST = 'NEWEST',
  RATE_ASC = 'RATE_ASC',
  AMOUNT_DESC = 'AMOUNT_DESC',
  POPULARITY = 'POPULARITY',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(ProductSort, {
  name: 'ProductSort',
  valuesMap: {
    NEWEST: { description: '最新发布' },
    RATE_ASC: { description: '利率从低到高' },
    AMOUNT_DESC: { description: '额度从高到低' },
    POPULARITY: { description: '申请人数最多' },
    RELEVANCE: { description: '与关键词最相关（产品名称命中的词越多越靠前）' },
  },
});
