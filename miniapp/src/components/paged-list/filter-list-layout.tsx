import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell/page-shell'
import type { NavKey } from '@/components/page-shell/top-nav'

interface FilterListLayoutProps {
  nav: NavKey
  /** BEM block of the page: `<block>--desktop` / `--mobile`, `__sidebar`, `__main`, `__toolbar`. */
  block: string
  isDesktop: boolean
  /** Desktop: the filter panel on the left. */
  sidebar: ReactNode
  /** Desktop: above the results on the right (the search box). */
  header: ReactNode
  /** Phone: the search and filters pinned above the results. */
  toolbar: ReactNode
  results: ReactNode
}

/** A filterable list page: a filter panel beside the results on a desktop, a sticky toolbar above them on a phone. */
export function FilterListLayout({ nav, block, isDesktop, sidebar, header, toolbar, results }: FilterListLayoutProps) {
  if (isDesktop) {
    return (
      <PageShell nav={nav} className={`${block} ${block}--desktop`}>
        <View className={`${block}__sidebar`}>{sidebar}</View>
        <View className={`${block}__main`}>
          {header}
          {results}
        </View>
      </PageShell>
    )
  }
  return (
    <PageShell nav={nav} className={`${block} ${block}--mobile`}>
      <View className={`${block}__toolbar`}>{toolbar}</View>
      {results}
    </PageShell>
  )
}
