import Testing

@testable import PathEngine

@Suite("Cross-product kernels") struct CrossProductsKernelTests {
  typealias Kernel = CrossProducts.Kernel

  @Test("the automatic choice is AVX2 + FMA where the CPU has them, else portable")
  func automaticIsTheFastestSupported() {
    #expect(Kernel.choose(environment: nil) == (Kernel.cpuHasAVX2FMA ? .avx2FMA : .portable))
    #expect(Kernel.choose(environment: "something else") == Kernel.choose(environment: nil))
    #expect(Kernel.portable.isSupported)
    #expect(Kernel.supported.first == .portable)
    #expect(Kernel.supported.contains(.avx2FMA) == Kernel.cpuHasAVX2FMA)
  }

  @Test("REGLAB_KERNEL=portable forces the portable kernel; naming the other asks for it")
  func environmentChoosesTheKernel() {
    #expect(Kernel.choose(environment: "portable") == .portable)
    #expect(Kernel.choose(environment: "avx2-fma") == Kernel.choose(environment: nil))
  }

  @Test("a forced kernel holds in its task only, and an unsupported one is not used")
  func forcedKernelIsScoped() {
    for kernel in Kernel.supported {
      using(kernel) { #expect(Kernel.current == kernel) }
    }
    #expect(Kernel.current == Kernel.automatic)
    if !Kernel.avx2FMA.isSupported {
      using(.avx2FMA) { #expect(Kernel.current == Kernel.automatic) }
    }
  }

  @Test("a tile takes 2 u columns in the portable kernel and 4 in the AVX2 one")
  func groupWidths() {
    #expect(Kernel.portable.groupWidth == 2)
    #expect(Kernel.avx2FMA.groupWidth == 4)
  }
}
