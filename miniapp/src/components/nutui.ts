// The NutUI components the app uses, each with its own stylesheet (no full-library CSS in the bundle).
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/searchbar/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/css'

export { Button, SearchBar, Skeleton } from '@nutui/nutui-react-taro'
