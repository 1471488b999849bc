import { SearchBar } from '@/components/nutui'

interface ListSearchBarProps {
  className: string
  placeholder: string
  value: string
  onChange(value: string): void
}

/** The round search field above a list: typing, submitting and clearing all set the search text. */
export function ListSearchBar({ className, placeholder, value, onChange }: ListSearchBarProps) {
  return (
    <SearchBar
      className={className}
      shape='round'
      placeholder={placeholder}
      value={value}
      onChange={(text) => onChange(text)}
      onSearch={(text) => onChange(text)}
      onClear={() => onChange('')}
    />
  )
}
