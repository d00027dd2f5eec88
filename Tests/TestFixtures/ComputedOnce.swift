import Synchronization

/// Values that are slow to compute (a tight path on the 50 × 80 data set takes seconds in
/// debug), computed once per test run under a key and shared by the suites that check them.
public enum ComputedOnce {
  /// The value stored under `key`, computed by `compute` the first time.
  public static func value<Value: Sendable>(_ key: String, _ compute: () -> Value) -> Value {
    cache.withLock { cached in
      if let value = cached[key] as? Value { return value }
      let value = compute()
      cached[key] = value
      return value
    }
  }

  private static let cache = Mutex<[String: any Sendable]>([:])
}
