import { chromium } from '@playwright/test'
const url = process.argv[2]; const out = process.argv[3]; const theme = process.argv[4] || 'light'
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' })
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: theme })
await page.goto(url)
await page.waitForSelector('[data-testid="node-company"]')
await page.waitForTimeout(1500)
await page.screenshot({ path: out })
await browser.close()
