import Foundation

/// A parameter as a person would write it: `5`, `0.1`, `0.001` (C's `%g`, six significant
/// digits, no trailing zeros), the same on every machine.
func plain(_ value: Double) -> String { String(format: "%g", value) }
