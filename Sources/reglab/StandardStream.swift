import Foundation

/// Standard output or error as a `TextOutputStream`, written unbuffered: reglab writes
/// each block of text once.
struct StandardStream: TextOutputStream {
  let handle: FileHandle

  mutating func write(_ string: String) {
    handle.write(Data(string.utf8))
  }
}
