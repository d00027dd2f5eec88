import Foundation

/// A map from a value in 0…1 to a colour, for heat maps and contour lines.
///
/// `viridis` (van der Walt & Smith 2015, matplotlib's default) is perceptually uniform,
/// reads in greyscale and with the common colour-vision deficiencies; it is interpolated
/// linearly in sRGB between every fourth of the 256 entries of the published table
/// (`_viridis_data` in matplotlib's `_cm_listed.py`, CC0), and the last entry.
/// `diverging` is ColorBrewer's 11-class RdBu reversed (Brewer 2002; matplotlib's
/// `RdBu_r`): blue below the middle, near-white at it, red above, for signed values
/// centred on 0.
public enum ColorMap: Sendable, Equatable, CaseIterable {
  case viridis
  case diverging

  /// The colour at `fraction` (clamped to 0…1).
  public func color(at fraction: Double) -> Color {
    let stops = self == .viridis ? ColorMap.viridisStops : ColorMap.divergingStops
    let t = fraction.isFinite ? min(max(fraction, 0), 1) : 0
    let position = t * Double(stops.count - 1)
    let lower = min(Int(position), stops.count - 2)
    let weight = position - Double(lower)
    let (a, b) = (stops[lower], stops[lower + 1])
    func channel(_ u: Double, _ v: Double) -> Int {
      Int(((u + (v - u) * weight) * 255).rounded())
    }
    let rgb = [channel(a.0, b.0), channel(a.1, b.1), channel(a.2, b.2)]
    return Color(
      hex: "#"
        + rgb.map { value in
          let hex = String(min(max(value, 0), 255), radix: 16, uppercase: true)
          return hex.count == 1 ? "0" + hex : hex
        }.joined())
  }

  /// Entries 0, 4, 8, …, 252 and 255 of matplotlib's `_viridis_data`.
  static let viridisStops: [(Double, Double, Double)] = [
    (0.267004, 0.004874, 0.329415), (0.272594, 0.025563, 0.353093),
    (0.277018, 0.050344, 0.375715), (0.280267, 0.073417, 0.397163),
    (0.282327, 0.094955, 0.417331), (0.283197, 0.115680, 0.436115),
    (0.282884, 0.135920, 0.453427), (0.281412, 0.155834, 0.469201),
    (0.278826, 0.175490, 0.483397), (0.275191, 0.194905, 0.496005),
    (0.270595, 0.214069, 0.507052), (0.265145, 0.232956, 0.516599),
    (0.258965, 0.251537, 0.524736), (0.252194, 0.269783, 0.531579),
    (0.244972, 0.287675, 0.537260), (0.237441, 0.305202, 0.541921),
    (0.229739, 0.322361, 0.545706), (0.221989, 0.339161, 0.548752),
    (0.214298, 0.355619, 0.551184), (0.206756, 0.371758, 0.553117),
    (0.199430, 0.387607, 0.554642), (0.192357, 0.403199, 0.555836),
    (0.185556, 0.418570, 0.556753), (0.179019, 0.433756, 0.557430),
    (0.172719, 0.448791, 0.557885), (0.166617, 0.463708, 0.558119),
    (0.160665, 0.478540, 0.558115), (0.154815, 0.493313, 0.557840),
    (0.149039, 0.508051, 0.557250), (0.143343, 0.522773, 0.556295),
    (0.137770, 0.537492, 0.554906), (0.132444, 0.552216, 0.553018),
    (0.127568, 0.566949, 0.550556), (0.123463, 0.581687, 0.547445),
    (0.120565, 0.596422, 0.543611), (0.119423, 0.611141, 0.538982),
    (0.120638, 0.625828, 0.533488), (0.124780, 0.640461, 0.527068),
    (0.132268, 0.655014, 0.519661), (0.143303, 0.669459, 0.511215),
    (0.157851, 0.683765, 0.501686), (0.175707, 0.697900, 0.491033),
    (0.196571, 0.711827, 0.479221), (0.220124, 0.725509, 0.466226),
    (0.246070, 0.738910, 0.452024), (0.274149, 0.751988, 0.436601),
    (0.304148, 0.764704, 0.419943), (0.335885, 0.777018, 0.402049),
    (0.369214, 0.788888, 0.382914), (0.404001, 0.800275, 0.362552),
    (0.440137, 0.811138, 0.340967), (0.477504, 0.821444, 0.318195),
    (0.515992, 0.831158, 0.294279), (0.555484, 0.840254, 0.269281),
    (0.595839, 0.848717, 0.243329), (0.636902, 0.856542, 0.216620),
    (0.678489, 0.863742, 0.189503), (0.720391, 0.870350, 0.162603),
    (0.762373, 0.876424, 0.137064), (0.804182, 0.882046, 0.114965),
    (0.845561, 0.887322, 0.099702), (0.886271, 0.892374, 0.095374),
    (0.926106, 0.897330, 0.104071), (0.964894, 0.902323, 0.123941),
    (0.993248, 0.906157, 0.143936),
  ]

  /// ColorBrewer RdBu (11 classes), reversed: #053061 … #F7F7F7 … #67001F.
  static let divergingStops: [(Double, Double, Double)] = [
    "053061", "2166AC", "4393C3", "92C5DE", "D1E5F0", "F7F7F7", "FDDBC7", "F4A582", "D6604D",
    "B2182B", "67001F",
  ].map { hex in
    let value = Int(hex, radix: 16) ?? 0
    return (
      Double(value >> 16) / 255, Double((value >> 8) & 0xFF) / 255, Double(value & 0xFF) / 255
    )
  }
}
