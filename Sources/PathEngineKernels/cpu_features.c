// The run-time check that guards every kernel compiled for more than the baseline.

#include "PathEngineKernels.h"

#if defined(__x86_64__)

bool pe_avx2_fma_kernel_is_built(void) { return true; }

bool pe_cpu_has_avx2_fma(void) {
  // CPUID, and for AVX2 also the OS's XSAVE support of the ymm registers (XGETBV), as the
  // compiler's runtime reads them; Swift keeps the answer in a `static let`.
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

#else

bool pe_avx2_fma_kernel_is_built(void) { return false; }

bool pe_cpu_has_avx2_fma(void) { return false; }

#endif
