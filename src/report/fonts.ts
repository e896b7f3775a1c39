import {createRequire} from 'node:module'
import path from 'node:path'

export interface ReportFonts {
  regular: string
  bold: string
}

/**
 * Noto Sans SC covers Latin and CJK alike, so one family serves both languages and every glyph is embedded.
 * The package's JS is written for Expo, so only its folder is resolved, never imported.
 */
export function reportFonts(): ReportFonts {
  const require = createRequire(import.meta.url)
  const dir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'))
  return {
    regular: path.join(dir, '400Regular/NotoSansSC_400Regular.ttf'),
    bold: path.join(dir, '700Bold/NotoSansSC_700Bold.ttf'),
  }
}
