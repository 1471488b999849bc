import { Text, View } from '@tarojs/components'
import { INSTITUTION_TYPE_LABELS } from '@rongtong/shared'
import type { InstitutionDirectoryQuery } from '@/gql/graphql'
import { openInstitution } from '@/utils/routes'
import { regionLabel } from './directory-model'

export type DirectoryInstitution = InstitutionDirectoryQuery['institutions']['edges'][number]['node']

/** The first character of the short name stands in for a logo. */
export function InstitutionMark({ shortName }: { shortName: string }) {
  return <View className='institution-mark'>{shortName.slice(0, 1)}</View>
}

/** One institution of the directory: who it is, where, and how many products it offers. */
export function InstitutionCard({ institution }: { institution: DirectoryInstitution }) {
  return (
    <View className='institution-card' onClick={() => openInstitution(institution.id)}>
      <View className='institution-card__header'>
        <InstitutionMark shortName={institution.shortName} />
        <View className='institution-card__title'>
          <Text className='institution-card__name'>{institution.name}</Text>
          <View className='institution-card__meta'>
            <Text className='institution-tag'>{INSTITUTION_TYPE_LABELS[institution.type]}</Text>
            <Text className='institution-card__region'>{regionLabel(institution.regionCode)}</Text>
          </View>
        </View>
      </View>
      <Text className='institution-card__intro'>{institution.description}</Text>
      <View className='institution-card__footer'>
        <Text className='institution-card__products'>
          在售产品 <Text className='institution-card__products-count'>{institution.productCount}</Text> 款
        </Text>
        <Text className='institution-card__more'>查看机构 ›</Text>
      </View>
    </View>
  )
}
