import Regularization

/// Why a reglab command stopped, each with the one line printed for it and its exit status.
enum ReglabError: Error, Equatable, Sendable {
  /// A bad command line: the message, then the usage of `command` (if known).
  case usage(String, command: Command?)
  /// Bad data: the message names the file, and the line and column when they apply.
  case data(String)
  /// The input file cannot be read.
  case noInput(String)
  /// An output file or folder cannot be written.
  case cannotWrite(String)
  /// The library rejected something reglab had validated: a bug.
  case software(String)

  var status: ExitStatus {
    switch self {
    case .usage: .usage
    case .data: .dataError
    case .noInput: .noInput
    case .cannotWrite: .cannotCreate
    case .software: .software
    }
  }

  /// The line printed on standard error, after `reglab: `.
  var message: String {
    switch self {
    case .usage(let text, _), .data(let text), .noInput(let text), .cannotWrite(let text),
      .software(let text):
      text
    }
  }

  /// A CSV problem: unreadable files are `.noInput`, everything else `.data`.
  init(_ error: CSVError) {
    if case .unreadable = error.problem {
      self = .noInput(error.description)
    } else {
      self = .data(error.description)
    }
  }
}
