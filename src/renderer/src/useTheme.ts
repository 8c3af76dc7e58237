import { useEffect } from 'react'
import { THEMES } from '../../shared/theme/palette'
import { selectTheme, useAppStore } from './store/store'

/**
 * Follows the OS colour scheme and publishes the palette as CSS variables: the palette module is
 * the single source of colours for screen and export.
 */
export function useTheme(): void {
  const theme = useAppStore(selectTheme)
  const setSystemTheme = useAppStore((s) => s.setSystemTheme)

  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)')
    const update = () => setSystemTheme(query.matches ? 'dark' : 'light')
    update()
    query.addEventListener('change', update)
    return () => query.removeEventListener('change', update)
  }, [setSystemTheme])

  useEffect(() => {
    const root = document.documentElement
    root.dataset.theme = theme
    root.style.colorScheme = theme
    for (const [key, value] of Object.entries(THEMES[theme])) {
      root.style.setProperty(`--os-${key}`, value)
    }
  }, [theme])
}
