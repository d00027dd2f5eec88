import Foundation
import PathEngineKernels

extension CrossProducts {
  /// The code that computes `CrossProducts`' tiles, chosen once per process from the CPU.
  ///
  /// Swift's default x86-64 target has SSE2 but not FMA, and a binary built for more would
  /// crash on older CPUs; so the fast kernel lives in C (`PathEngineKernels`), compiled for
  /// AVX2 + FMA on that function alone, and runs only where `pe_cpu_has_avx2_fma()` says
  /// the CPU has them. Everywhere else the portable Swift kernel runs. The two round
  /// differently; `roundingDepth(rows:kernel:)` bounds each.
  ///
  /// `REGLAB_KERNEL=portable` in the environment forces the portable kernel for the whole
  /// process; a test forces either (where supported) for its own task with
  /// `Kernel.$forced.withValue(.portable) { … }`.
  enum Kernel: String, CaseIterable, CustomStringConvertible, Sendable {
    /// Tiles of 2 `u` × 4 `v` columns, two-lane `SIMD2<Double>` sums, separate multiplies
    /// and adds: what SSE2 offers.
    case portable
    /// Tiles of 4 `u` × 3 `v` columns, four-lane ymm sums, one fused multiply-add per row.
    case avx2FMA = "avx2-fma"

    var description: String { rawValue }

    /// Whether this CPU runs the AVX2 + FMA kernel; asked once.
    static let cpuHasAVX2FMA = pe_cpu_has_avx2_fma()

    /// Whether this machine can run the kernel.
    var isSupported: Bool {
      switch self {
      case .portable: true
      case .avx2FMA: Self.cpuHasAVX2FMA
      }
    }

    /// The kernels this machine runs, the portable one first.
    static var supported: [Kernel] { allCases.filter(\.isSupported) }

    /// The kernel a process uses unless a test forces another: the fastest supported one,
    /// or the portable one when the environment has `REGLAB_KERNEL=portable`.
    static let automatic: Kernel = choose(
      environment: ProcessInfo.processInfo.environment["REGLAB_KERNEL"])

    /// The kernel forced for the current task (and the tasks it starts), if any.
    @TaskLocal static var forced: Kernel?

    /// The kernel to use now: the forced one if this machine runs it, else `automatic`.
    static var current: Kernel {
      if let forced, forced.isSupported { return forced }
      return automatic
    }

    /// `automatic` for the given value of `REGLAB_KERNEL`: a supported kernel named by its
    /// `rawValue`, or else the fastest supported one.
    static func choose(environment value: String?) -> Kernel {
      if let value, let named = Kernel(rawValue: value), named.isSupported { return named }
      return cpuHasAVX2FMA ? .avx2FMA : .portable
    }

    /// The `u` columns of one tile: the size of the groups dealt out among the cores.
    var groupWidth: Int {
      switch self {
      case .portable: 2
      case .avx2FMA: 4
      }
    }
  }
}
