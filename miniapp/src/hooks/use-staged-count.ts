import { startTransition, useEffect, useState } from 'react'

/**
 * How many of `count` items a list renders now: first only `first` of them (what a phone's first screen shows), then,
 * once that render is on the screen, all of them in a React transition, which React renders in slices with the main
 * thread free in between instead of in one long task. After that the component renders every item at once (further
 * pages, other filters).
 */
export function useStagedCount(count: number, first: number): number {
  const [staged, setStaged] = useState(true)
  const waiting = staged && count > first
  useEffect(() => {
    if (waiting) startTransition(() => setStaged(false))
  }, [waiting])
  return waiting ? first : count
}
