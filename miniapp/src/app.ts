import type { PropsWithChildren } from 'react'
import '@nutui/icons-react-taro/dist/style_icon.css'
import './app.scss'

function App({ children }: PropsWithChildren) {
  // `children` is the page being shown.
  return children
}

export default App
