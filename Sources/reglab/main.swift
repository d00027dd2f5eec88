import Foundation

var standardOutput = StandardStream(handle: .standardOutput)
var standardError = StandardStream(handle: .standardError)
exit(
  run(
    arguments: Array(CommandLine.arguments.dropFirst()), stdout: &standardOutput,
    stderr: &standardError))
