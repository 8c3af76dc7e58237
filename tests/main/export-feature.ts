/**
 * The `setup` of useMainHarness for the export tests: main's export feature, imported fresh for
 * the test (what it remembers is module state), with its IPC handlers registered.
 */
export async function exportFeature() {
  const feature = await import('../../src/main/export')
  feature.setupExport()
  return feature
}
