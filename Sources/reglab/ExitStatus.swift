/// reglab's exit statuses, after BSD's `sysexits.h`.
enum ExitStatus: Int32, Sendable {
  /// The command ran (a fit that hit `--max-iter` is reported, not an error).
  case success = 0
  /// Unknown option, bad option value, missing option (`EX_USAGE`).
  case usage = 64
  /// The CSV data are unusable (`EX_DATAERR`).
  case dataError = 65
  /// The CSV file cannot be read (`EX_NOINPUT`).
  case noInput = 66
  /// A bug: the library refused data reglab had checked (`EX_SOFTWARE`).
  case software = 70
  /// An output file or folder cannot be written (`EX_CANTCREAT`).
  case cannotCreate = 73
}
