import Foundation

/// A hint to the kernel to back a large, fresh buffer with 2 MB pages.
///
/// Filling a new 100 MB buffer costs one page fault per 4 KB page (about 25 000 of them);
/// with transparent huge pages in "madvise" mode, the usual Linux default, a region that
/// asks for them takes one fault per 2 MB instead. Measured on the 2-core machine: reading
/// a 98 MB file into a new buffer 60 → 35 ms, filling 40 MB of doubles 20 → 9 ms.
///
/// Only the 2 MB-aligned middle of the buffer is advised (`madvise` needs page-aligned
/// bounds, and huge pages only fit in aligned 2 MB extents); a hint that fails changes
/// nothing. Elsewhere than Linux this does nothing.
enum HugePages {
  /// Asks for huge pages under `count` bytes at `start`, if it spans at least 4 MB.
  static func advise(_ start: UnsafeMutableRawPointer?, bytes count: Int) {
    #if os(Linux)
      guard let start, count >= 4 << 20 else { return }
      let size = UInt(2 << 20)
      let first = (UInt(bitPattern: start) + size - 1) & ~(size - 1)
      let end = (UInt(bitPattern: start) + UInt(count)) & ~(size - 1)
      guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
      _ = madvise(aligned, Int(end - first), MADV_HUGEPAGE)
    #endif
  }
}
