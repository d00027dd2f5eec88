import Foundation

/// Standard output or error, written unbuffered: reglab writes each block of text once.
struct StandardStream: TextOutputStream {
  let handle: FileHandle

  mutating func write(_ string: String) {
    handle.write(Data(string.utf8))
  }
}

var standardOutput = StandardStream(handle: .standardOutput)
var standardError = StandardStream(handle: .standardError)
exit(
  run(
    arguments: Array(CommandLine.arguments.dropFirst()), stdout: &standardOutput,
    stderr: &standardError))
