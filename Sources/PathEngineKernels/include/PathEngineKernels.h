// The hot loops of PathEngine compiled for instructions beyond the x86-64 baseline, each
// selected per function (`__attribute__((target(...)))`), never for the whole target, so
// the package still runs on every x86-64 CPU: Swift asks `pe_cpu_has_avx2_fma` once and
// calls a kernel only when it returns true.

#ifndef PATH_ENGINE_KERNELS_H
#define PATH_ENGINE_KERNELS_H

#include <stdbool.h>

/// Whether this CPU (and its operating system) runs AVX2 and FMA instructions. Checked
/// once; false on every CPU that is not x86-64.
bool pe_cpu_has_avx2_fma(void);

/// Whether this program was built with the AVX2 + FMA kernel at all (x86-64 only).
bool pe_avx2_fma_kernel_is_built(void);

/// The cross products of one group of 1 to 4 `u` columns with the `v` columns
/// `first ..< end`, over one block of rows:
///
///     out[a·stride + b] += Σ_{i < length} u[a][offset + i]·v[b][offset + i]
///
/// for `a ∈ group ..< group + count` and `b ∈ first ..< end` (with `symmetric`, tiles
/// whose entries all have `b < a` are skipped). Each sum runs in four lanes (rows
/// `i ≡ 0, 1, 2, 3 mod 4`), one fused multiply-add per row, a partial last quad of rows
/// masked to zero; then the lanes are added as `(l₀ + l₁) + (l₂ + l₃)` and the result is
/// added to `out`. Every entry is computed the same way whatever its place in a tile.
///
/// Call only when `pe_cpu_has_avx2_fma()` is true.
void pe_cross_group_avx2_fma(
    const double *const *u, long group, long count, const double *const *v, long first,
    long end, long offset, long length, double *out, long stride, bool symmetric);

#endif
