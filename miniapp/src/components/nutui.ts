// The NutUI components the app uses. Their stylesheets are imported once, in app.ts, so that every
// page gets them in the same order and no page ships the whole library's CSS.
export { ActionSheet, Button, Input, SearchBar, Skeleton, Swiper } from '@nutui/nutui-react-taro'
