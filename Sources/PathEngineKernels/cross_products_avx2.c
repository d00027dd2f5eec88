// `pe_cross_group_avx2_fma`: register-blocked tiles of 4 `u` × 3 `v` columns, twelve
// four-lane accumulators updated by fused multiply-adds (see the header for the order of
// every sum). Per quad of rows a tile loads 7 vectors and does 12 FMAs, so the FMA units,
// not the loads, set the pace; 12 accumulators + 3 `v` vectors + 1 `u` vector fill the 16
// ymm registers.

#include "PathEngineKernels.h"

#if defined(__x86_64__)

#include <immintrin.h>

#define PE_AVX2_FMA __attribute__((target("avx2,fma")))
#define PE_INLINE static inline __attribute__((always_inline))

/// `(l₀ + l₁) + (l₂ + l₃)`.
PE_AVX2_FMA PE_INLINE double lanes_sum(__m256d s) {
  __m128d pairs = _mm_hadd_pd(_mm256_castpd256_pd128(s), _mm256_extractf128_pd(s, 1));
  return _mm_cvtsd_f64(pairs) + _mm_cvtsd_f64(_mm_unpackhi_pd(pairs, pairs));
}

/// One tile of `U × V` entries; `U` and `V` are constants after inlining, so the loops
/// over them unroll and the accumulators stay in registers.
PE_AVX2_FMA PE_INLINE void tile(
    const double *const *u, const int U, const double *const *v, const int V, long offset,
    long length, double *out, long stride) {
  __m256d sum[4][3];
  const double *x[4];
  const double *y[3];
  for (int a = 0; a < U; a++) x[a] = u[a] + offset;
  for (int b = 0; b < V; b++) y[b] = v[b] + offset;
  for (int a = 0; a < U; a++)
    for (int b = 0; b < V; b++) sum[a][b] = _mm256_setzero_pd();
  const long quads = length & ~3L;
  for (long i = 0; i < quads; i += 4) {
    __m256d w[3];
    for (int b = 0; b < V; b++) w[b] = _mm256_loadu_pd(y[b] + i);
    for (int a = 0; a < U; a++) {
      const __m256d z = _mm256_loadu_pd(x[a] + i);
      for (int b = 0; b < V; b++) sum[a][b] = _mm256_fmadd_pd(z, w[b], sum[a][b]);
    }
  }
  if (quads < length) {
    // The last 1 to 3 rows in the low lanes, zeros above: 0·0 adds exactly nothing.
    const long left = length - quads;
    const __m256i mask = _mm256_setr_epi64x(-1, left > 1 ? -1 : 0, left > 2 ? -1 : 0, 0);
    __m256d w[3];
    for (int b = 0; b < V; b++) w[b] = _mm256_maskload_pd(y[b] + quads, mask);
    for (int a = 0; a < U; a++) {
      const __m256d z = _mm256_maskload_pd(x[a] + quads, mask);
      for (int b = 0; b < V; b++) sum[a][b] = _mm256_fmadd_pd(z, w[b], sum[a][b]);
    }
  }
  for (int a = 0; a < U; a++)
    for (int b = 0; b < V; b++) out[a * stride + b] += lanes_sum(sum[a][b]);
}

#define PE_TILE(U, V) tile(u, U, v, V, offset, length, out, stride)

/// A tile of `rows × columns` entries (1 to 4 by 1 to 3), each shape its own unrolled code.
PE_AVX2_FMA static void tile_of_shape(
    const double *const *u, long rows, const double *const *v, long columns, long offset,
    long length, double *out, long stride) {
  switch (rows * 4 + columns) {
    case 4 * 4 + 3: PE_TILE(4, 3); break;
    case 4 * 4 + 2: PE_TILE(4, 2); break;
    case 4 * 4 + 1: PE_TILE(4, 1); break;
    case 3 * 4 + 3: PE_TILE(3, 3); break;
    case 3 * 4 + 2: PE_TILE(3, 2); break;
    case 3 * 4 + 1: PE_TILE(3, 1); break;
    case 2 * 4 + 3: PE_TILE(2, 3); break;
    case 2 * 4 + 2: PE_TILE(2, 2); break;
    case 2 * 4 + 1: PE_TILE(2, 1); break;
    case 1 * 4 + 3: PE_TILE(1, 3); break;
    case 1 * 4 + 2: PE_TILE(1, 2); break;
    case 1 * 4 + 1: PE_TILE(1, 1); break;
    default: break;
  }
}

PE_AVX2_FMA void pe_cross_group_avx2_fma(
    const double *const *u, long group, long count, const double *const *v, long first,
    long end, long offset, long length, double *out, long stride, bool symmetric) {
  if (count < 1 || count > 4 || length <= 0) return;
  for (long b = first; b < end; b += 3) {
    const long columns = end - b < 3 ? end - b : 3;
    // Entries with b < a are mirrored from above the diagonal, not computed.
    if (symmetric && b + columns - 1 < group) continue;
    tile_of_shape(
        u + group, count, v + b, columns, offset, length, out + group * stride + b, stride);
  }
}

#else

void pe_cross_group_avx2_fma(
    const double *const *u, long group, long count, const double *const *v, long first,
    long end, long offset, long length, double *out, long stride, bool symmetric) {
  (void)u, (void)group, (void)count, (void)v, (void)first, (void)end, (void)offset;
  (void)length, (void)out, (void)stride, (void)symmetric;
}

#endif
