import Foundation

extension CSVDataset {
  /// The bytes of the file at `path`, read with as little copying as possible.
  ///
  /// - A regular file: `fstat` gives its size, and one buffer of exactly that size is
  ///   filled by `pread(2)`, one piece per core for a large file (copying from the page
  ///   cache is a good part of the time), so the bytes are in memory once. One more read
  ///   checks that the file did not grow meanwhile (files under /proc report size 0);
  ///   what it finds is read as a stream.
  /// - Anything else (a FIFO, a process substitution `<(cat data.csv)`, a terminal) is
  ///   read as a stream in 64 KB blocks until its end.
  ///
  /// - Throws: `.unreadable`, with the reason: "no such file", "it is a directory",
  ///   "permission denied", or the system's description of the error.
  static func contents(ofFile path: String) throws(CSVError) -> [UInt8] {
    do {
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw CocoaError(.fileReadUnknown)
      }
      defer { try? handle.close() }
      let descriptor = handle.fileDescriptor
      var status = stat()
      var bytes: [UInt8] = []
      if fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG {
        let size = Int(status.st_size)
        bytes = try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
          HugePages.advise(UnsafeMutableRawPointer(buffer.baseAddress), bytes: buffer.count)
          count = try readInParallel(descriptor, into: buffer)
        }
        guard lseek(descriptor, off_t(bytes.count), SEEK_SET) >= 0 else { throw posixError() }
      }
      try appendStream(descriptor, to: &bytes)
      return bytes
    } catch {
      throw CSVError(source: path, problem: .unreadable(reason: reason(for: error, path)))
    }
  }

  /// Fills `buffer` from offset 0 of the file, in pieces of at least 4 MB read at once;
  /// returns the bytes read before the first piece that met the end of the file.
  private static func readInParallel(
    _ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>
  ) throws -> Int {
    let pieces = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, buffer.count >> 22))
    var results = [Int](repeating: 0, count: pieces)  // bytes read, or −errno
    results.withUnsafeMutableBufferPointer { results in
      let shared = SharedBuffers(buffer: buffer, results: results)
      let readPiece: @Sendable (Int) -> Void = { k in
        let start = shared.buffer.count / pieces * k
        let end = k == pieces - 1 ? shared.buffer.count : shared.buffer.count / pieces * (k + 1)
        do {
          shared.results[k] = try readFully(
            descriptor, into: UnsafeMutableBufferPointer(rebasing: shared.buffer[start..<end]),
            at: start)
        } catch {
          shared.results[k] = -Int((error as? POSIXError)?.code.rawValue ?? EIO)
        }
      }
      if pieces == 1 {
        readPiece(0)
      } else {
        DispatchQueue.concurrentPerform(iterations: pieces, execute: readPiece)
      }
    }
    var filled = 0
    for (k, result) in results.enumerated() {
      if result < 0 { throw POSIXError(POSIXErrorCode(rawValue: Int32(-result)) ?? .EIO) }
      filled = buffer.count / pieces * k + result
      let pieceEnd = k == pieces - 1 ? buffer.count : buffer.count / pieces * (k + 1)
      if filled < pieceEnd { break }
    }
    return filled
  }

  /// Reads until `buffer` is full or the file ends, with `pread` from `offset`, or with
  /// `read` from the current position if `offset` is `nil`; returns the bytes read.
  private static func readFully(
    _ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int? = nil
  ) throws -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var filled = 0
    while filled < buffer.count {
      let got =
        if let offset {
          pread(descriptor, base + filled, buffer.count - filled, off_t(offset + filled))
        } else {
          read(descriptor, base + filled, buffer.count - filled)
        }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        throw posixError()
      }
      filled += got
    }
    return filled
  }

  /// The error `errno` names.
  private static func posixError() -> POSIXError {
    POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
  }

  /// Appends what is left to read, in 64 KB blocks, until the end.
  private static func appendStream(_ descriptor: Int32, to bytes: inout [UInt8]) throws {
    let block = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
    defer { block.deallocate() }
    while true {
      let got = try readFully(descriptor, into: block)
      if got == 0 { return }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: block[..<got]))
    }
  }

  /// Why `path` could not be read, in words.
  private static func reason(for error: any Error, _ path: String) -> String {
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      return "no such file"
    }
    if isDirectory.boolValue { return "it is a directory" }
    if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
    return (error as NSError).localizedDescription
  }
}

/// The file buffer and the per-piece results; piece k writes only its own bytes and
/// entry k.
private struct SharedBuffers: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<UInt8>
  let results: UnsafeMutableBufferPointer<Int>
}
