import type { PropsWithChildren } from 'react'
import '@nutui/icons-react-taro/dist/style_icon.css'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/searchbar/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/css'
import './app.scss'

function App({ children }: PropsWithChildren) {
  // `children` is the page being shown.
  return children
}

export default App
