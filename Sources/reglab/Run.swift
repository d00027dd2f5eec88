import CommandLineOptions

/// Runs one reglab command line. `main.swift` only calls this, so tests can run the whole
/// program in-process and read what it printed.
///
/// - Parameters:
///   - arguments: The arguments after the program name.
///   - stdout: Receives the summary, the JSON object or the help text.
///   - stderr: Receives the one-line error (and the usage, for command-line errors) or a
///     convergence warning.
/// - Returns: The exit status (see `ExitStatus`).
func run(
  arguments: [String], stdout: inout some TextOutputStream,
  stderr: inout some TextOutputStream
) -> Int32 {
  do {
    switch try ArgumentParser.parse(arguments) {
    case .help(let text):
      stdout.write(text)
    case .run(let command, let options):
      let report = try makeReport(command, options)
      var written: [String] = []
      if let directory = options.outputDirectory {
        written = try report.files().write(to: directory)
      }
      stdout.write(options.json ? report.json().text + "\n" : report.summary(written: written))
      if let warning = report.warning { stderr.write("reglab: \(warning)\n") }
    }
    return ExitStatus.success.rawValue
  } catch {
    stderr.write("reglab: \(Quote.escaped(error.message))\n")
    if case .usage(_, let command) = error { stderr.write(Help.usage(for: command)) }
    return error.status.rawValue
  }
}

/// Reads the data and computes the command's report; nothing is written here.
///
/// - Throws: `.data` when a number of the result is not finite (the data's magnitudes
///   carried it beyond double precision): such a result is never printed or written.
func makeReport(_ command: Command, _ options: Options) throws(ReglabError) -> any Report {
  let problem = Problem(options: options, data: try LabData.load(options), command: command)
  let report: any Report =
    switch command {
    case .path: try PathReport(problem)
    case .fit: try FitReport(problem)
    case .cv: try CrossValidationReport(problem)
    }
  if let key = report.json().firstNonFinite {
    let largest = problem.data.largest
    throw .data(
      "\(Quote.escaped(problem.data.source)): the computed \(key) is not a finite number: "
        + "values up to \(Describe.number(largest.value)) (column \(largest.column), "
        + "\(Quote.text(largest.name))) take this fit beyond double precision; rescale the "
        + "data" + (options.standardize ? "" : " or use --standardize"))
  }
  return report
}
