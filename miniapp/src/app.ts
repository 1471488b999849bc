import type { PropsWithChildren } from 'react'
import '@nutui/icons-react-taro/dist/style_icon.css'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/searchbar/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/swiper/style/css'
import { session } from './auth'
import './app.scss'

// Picks up the session of an earlier launch before the first page renders (status `restoring`).
void session.restore()

function App({ children }: PropsWithChildren) {
  // `children` is the page being shown.
  return children
}

export default App
