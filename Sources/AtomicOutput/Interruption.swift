import Foundation

/// The temporaries of the commit in progress, then the folders it created (deepest first),
/// for the signal handler: C strings it can `unlink` or `rmdir` without allocating (only
/// async-signal-safe calls happen in the handler).
nonisolated(unsafe) private var pending: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
nonisolated(unsafe) private var pendingCount = 0
nonisolated(unsafe) private var pendingFiles = 0

/// The signals that delete the temporaries: Ctrl-C, kill's default, a closed terminal.
private let cleanedSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

/// Deletes the temporaries and the folders made for them, then dies of the same signal (so the exit status says so).
private func removeTemporariesAndDie(_ signal: Int32) {
  if let pending {
    for index in 0..<pendingCount {
      guard let path = pending[index] else { continue }
      if index < pendingFiles { unlink(path) } else { rmdir(path) }
    }
  }
  Foundation.signal(signal, SIG_DFL)
  raise(signal)
}

/// While a `FileSet` commits: SIGINT, SIGTERM and SIGHUP remove its temporaries before the
/// process dies; `holdSignals()` defers them over the renames; `end()` restores the
/// previous handlers and delivers any signal held.
struct Interruption {
  private var previous: [Int32: sighandler_t?] = [:]
  /// The signal mask before the commit, restored by `end()`.
  private var original = sigset_t()
  private let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
  private let count: Int

  /// The three signals as a set.
  private static var signals: sigset_t {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in cleanedSignals { sigaddset(&set, signal) }
    return set
  }

  /// Registers the temporaries and catches the signals, unblocked while the files are
  /// written (a parent may have blocked them; `end()` puts the mask back). A signal the
  /// process ignores (SIG_IGN, e.g. a background job's SIGINT) stays ignored.
  init(removing temporaries: [String], folders: [String]) {
    let all = temporaries + folders
    paths = .allocate(capacity: max(all.count, 1))
    for (index, path) in all.enumerated() { paths[index] = strdup(path) }
    count = all.count
    pending = paths
    pendingFiles = temporaries.count
    pendingCount = count
    for signal in cleanedSignals {
      let old = Foundation.signal(signal) { removeTemporariesAndDie($0) }
      previous[signal] = old
      if let old, unsafeBitCast(old, to: Int.self) == 1 { Foundation.signal(signal, old) }
    }
    var set = Self.signals
    pthread_sigmask(SIG_UNBLOCK, &set, &original)
  }

  /// Holds the signals back until `end()`.
  func holdSignals() {
    var set = Self.signals
    pthread_sigmask(SIG_BLOCK, &set, nil)
  }

  /// The temporaries are gone (renamed or deleted): forget them, restore the handlers,
  /// and restore the mask, which lets a held signal through.
  func end() {
    pendingCount = 0
    pending = nil
    for (signal, handler) in previous { Foundation.signal(signal, handler ?? SIG_DFL) }
    var mask = original
    pthread_sigmask(SIG_SETMASK, &mask, nil)
    for index in 0..<count { free(paths[index]) }
    paths.deallocate()
  }
}
