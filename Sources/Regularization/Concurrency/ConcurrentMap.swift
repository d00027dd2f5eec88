import Dispatch
import Synchronization

/// `(0..<count).map(transform)`, with the calls spread over the machine's cores.
///
/// The results come back in index order, so the output does not depend on how the work
/// was scheduled: each call must depend only on its index (its own seed, its own data).
/// If any call throws, the error of the smallest failing index is rethrown, as a
/// sequential map would report it.
public func concurrentMap<Element: Sendable, Failure: Error>(
  _ count: Int, _ transform: @Sendable (Int) throws(Failure) -> Element
) throws(Failure) -> [Element] {
  let results = Mutex<[Int: Result<Element, Failure>]>([:])
  DispatchQueue.concurrentPerform(iterations: count) { index in
    let result: Result<Element, Failure>
    do throws(Failure) {
      result = .success(try transform(index))
    } catch {
      result = .failure(error)
    }
    results.withLock { $0[index] = result }
  }
  let all = results.withLock { $0 }
  var elements: [Element] = []
  elements.reserveCapacity(count)
  for index in 0..<count {
    guard let result = all[index] else { preconditionFailure("index \(index) never ran") }
    elements.append(try result.get())
  }
  return elements
}
