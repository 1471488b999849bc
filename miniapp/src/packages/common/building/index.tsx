import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { StateView } from '@/components/state-view/state-view'
import { FEATURES, isFeatureKey } from '@/utils/features'
import { openTab, ROUTES } from '@/utils/routes'
import './index.scss'

function goBack() {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else openTab(ROUTES.home)
}

/** Where entries for not-yet-released features lead: what is coming, and a way back. */
export default function BuildingPage() {
  const requested = useRouter().params.feature
  const feature = isFeatureKey(requested) ? FEATURES[requested] : undefined
  const title = feature?.title ?? '该功能'
  return (
    <PageShell nav='none' className='building'>
      <View className='building__card'>
        <StateView
          icon='building'
          title='功能建设中'
          description={`「${title}」正在建设中，将在后续版本开放，敬请期待。`}
          action={
            <View className='building__actions'>
              <Button size='small' onClick={goBack}>
                返回
              </Button>
              <Button size='small' type='primary' onClick={() => openTab(ROUTES.market)}>
                先逛逛金融超市
              </Button>
            </View>
          }
        />
        {feature ? (
          <View className='building__preview'>
            <Text className='building__preview-title'>即将提供</Text>
            <Text className='building__preview-text'>{feature.description}</Text>
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
