/// The exit statuses of the lesson programs and tools, after BSD's `sysexits.h`.
public enum ExitCode: Int32, Sendable {
  /// Every claim held and every file was written.
  case success = 0
  /// The lesson ran, but at least one claim did not hold.
  case claimFailed = 1
  /// A command-line usage error (`EX_USAGE`).
  case usage = 64
  /// The input data were bad (`EX_DATAERR`).
  case dataError = 65
  /// An internal error: the story threw (`EX_SOFTWARE`).
  case software = 70
  /// An output file could not be created (`EX_CANTCREAT`).
  case cannotCreate = 73
}
