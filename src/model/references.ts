/** A requirement of a PCI standard other than PCI DSS (catalog references.other_standards). */
export interface StandardRequirement {
  standard: string
  requirement: string
}

/** Other standards' requirements grouped by standard, in the order first cited: [standard, "12, 14"]. */
export function otherStandardGroups(requirements: readonly StandardRequirement[] | undefined): [standard: string, ids: string][] {
  const groups = new Map<string, string[]>()
  for (const {standard, requirement} of requirements ?? []) {
    const ids = groups.get(standard) ?? []
    ids.push(requirement)
    groups.set(standard, ids)
  }
  return [...groups].map(([standard, ids]) => [standard, ids.join(', ')])
}

/** Other standards' requirements in one line: `PCI PIN Security v3.1 12, 14; PCI P2PE v3.1 3C-1`. Empty for none. */
export function otherStandardsText(requirements: readonly StandardRequirement[] | undefined, separator = '; '): string {
  return otherStandardGroups(requirements)
    .map(([standard, ids]) => `${standard} ${ids}`)
    .join(separator)
}

/** Every citation of a control in one line: `PCI DSS 12.8.4; PCI P2PE v3.1 1A-1, 3C-1`. */
export function citationsText(pciDss: readonly string[], other: readonly StandardRequirement[] | undefined): string {
  return [pciDss.length > 0 ? `PCI DSS ${pciDss.join(', ')}` : '', otherStandardsText(other)].filter(Boolean).join('; ')
}
