extension OptionParser {
  /// The options in usage form, `--csv FILE [--tol 1e-4] [--json]`, wrapped to `width`
  /// columns after a first line that starts with `lead`; later lines are indented to
  /// line up under the first option.
  public func synopsis(lead: String, width: Int = 88, help: Bool = false) -> String {
    let words =
      options.map { $0.isRequired ? $0.synopsis : "[\($0.synopsis)]" }
      + (help ? ["[\(helpNames[0])]"] : [])
    let indent = String(repeating: " ", count: lead.count)
    var lines: [String] = []
    var line = lead
    for word in words {
      if line.count + word.count + 1 > width && line != lead && line != indent {
        lines.append(line)
        line = indent
      }
      line += (line == lead || line == indent) ? word : " " + word
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// One block per option: `  --output DIR  help…`, the help column aligned, continuation
  /// lines of a multi-line help indented under it; with `help`, a last line for
  /// `--help` saying that.
  public func optionLines(indent: Int = 2, help: String? = nil) -> String {
    var all = options
    if let help { all.append(OptionSpec(helpNames[0], .flag, help: help)) }
    let column = (all.map(\.synopsis.count).max() ?? 0) + indent + 2
    var text: [String] = []
    for spec in all {
      let lines = spec.help.split(separator: "\n", omittingEmptySubsequences: false)
      let head = String(repeating: " ", count: indent) + spec.synopsis
      text.append(
        head + String(repeating: " ", count: column - head.count) + (lines.first ?? ""))
      for more in lines.dropFirst() {
        text.append(String(repeating: " ", count: column) + more)
      }
    }
    return text.joined(separator: "\n")
  }
}
