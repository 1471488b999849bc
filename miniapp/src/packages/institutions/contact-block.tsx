import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Clock, Link, Location, Phone } from '@nutui/icons-react-taro'
import { contactLines, dialNumber, type ContactKind, type ContactLine } from './directory-model'

const ICONS: Record<ContactKind, typeof Phone> = { phone: Phone, address: Location, hours: Clock, website: Link }

function call(phone: string) {
  const number = dialNumber(phone)
  if (!number) return
  Taro.makePhoneCall({ phoneNumber: number }).catch((error: { errMsg?: string }) => {
    if (error.errMsg?.includes('cancel')) return
    void Taro.showToast({ title: `无法拨号，请手动拨打 ${phone}`, icon: 'none' })
  })
}

function copy(text: string, what: string) {
  Taro.setClipboardData({ data: text })
    .then(() => Taro.showToast({ title: `${what}已复制`, icon: 'none' }))
    .catch(() => Taro.showToast({ title: '复制失败，请长按手动复制', icon: 'none' }))
}

/** Opening hours read best one period a line: 周一至周五 8:30-17:30 / 周六 9:00-16:00. */
function valueLines(line: ContactLine): string[] {
  if (line.kind !== 'hours') return [line.value]
  return line.value.split(/[，；;]/).map((part) => part.trim()).filter(Boolean)
}

interface ContactBlockProps {
  institution: Parameters<typeof contactLines>[0]
  /** Phones dial on a phone; a desktop shows the number only. */
  canCall: boolean
}

function Line({ line, canCall }: { line: ContactLine; canCall: boolean }) {
  const Icon = ICONS[line.kind]
  const dialable = line.kind === 'phone' && canCall && dialNumber(line.value) !== null
  const action = dialable ? () => call(line.value) : line.kind === 'website' ? () => copy(line.value, '网址') : undefined
  return (
    <View className={`contact__line contact__line--${line.kind} ${action ? 'contact__line--action' : ''}`} onClick={action}>
      <Icon size={16} color='#1f5fd6' />
      <Text className='contact__label'>{line.label}</Text>
      <View className='contact__value'>
        {valueLines(line).map((part) => (
          <Text key={part} className='contact__value-line'>
            {part}
          </Text>
        ))}
      </View>
      {dialable ? <Text className='contact__call'>拨打</Text> : null}
      {line.kind === 'website' ? <Text className='contact__call'>复制</Text> : null}
    </View>
  )
}

/** 联系方式: phone (tappable on phones), address, and the hours and website when known. */
export function ContactBlock({ institution, canCall }: ContactBlockProps) {
  return (
    <View className='institution-section contact'>
      <Text className='institution-section__title'>联系方式</Text>
      {contactLines(institution).map((line) => (
        <Line key={line.kind} line={line} canCall={canCall} />
      ))}
    </View>
  )
}
