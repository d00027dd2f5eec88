/// An sRGB colour, written into the SVG as `#rrggbb`.
public struct Color: Sendable, Hashable {
  /// The colour as `#rrggbb` (or any CSS colour the caller trusts).
  public var hex: String

  /// Creates a colour from a CSS colour string such as `"#0072B2"`.
  public init(hex: String) {
    self.hex = hex
  }

  /// Okabe–Ito blue.
  public static let blue = Color(hex: "#0072B2")
  /// Okabe–Ito vermillion.
  public static let vermillion = Color(hex: "#D55E00")
  /// Okabe–Ito bluish green.
  public static let bluishGreen = Color(hex: "#009E73")
  /// Okabe–Ito reddish purple.
  public static let reddishPurple = Color(hex: "#CC79A7")
  /// Okabe–Ito sky blue.
  public static let skyBlue = Color(hex: "#56B4E9")
  /// Okabe–Ito orange.
  public static let orange = Color(hex: "#E69F00")
  /// Okabe–Ito black.
  public static let black = Color(hex: "#000000")
  /// Okabe–Ito yellow: too light for thin lines on white, so not in the automatic cycle.
  public static let yellow = Color(hex: "#F0E442")
  /// A neutral grey for reference lines.
  public static let gray = Color(hex: "#555555")
}

/// Colours and second cues assigned to series by their index.
///
/// Colours follow the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
/// distinguishable with the common forms of colour blindness. Because colour alone is
/// never enough, series `i` also gets marker `i mod 6` and dash `i mod 5`: colour and
/// marker together repeat only after lcm(7, 6) = 42 series, and marker and dash, the
/// cues that survive greyscale printing, after lcm(6, 5) = 30.
public enum Palette {
  /// The colours cycled through, in order (Okabe–Ito without yellow).
  public static let colors: [Color] = [
    .blue, .vermillion, .bluishGreen, .reddishPurple, .skyBlue, .orange, .black,
  ]

  /// The markers cycled through, in order.
  public static let markers: [MarkerShape] = [
    .circle, .square, .triangle, .diamond, .triangleDown, .cross,
  ]

  /// The dash patterns cycled through, in order.
  public static let dashes: [DashPattern] = [.solid, .dashed, .dotted, .dashDot, .longDash]

  /// The colour of series `index`: `colors[index mod 7]`.
  public static func color(at index: Int) -> Color {
    colors[positiveModulo(index, colors.count)]
  }

  /// The marker of series `index`: `markers[index mod 6]`.
  public static func marker(at index: Int) -> MarkerShape {
    markers[positiveModulo(index, markers.count)]
  }

  /// The dash pattern of series `index`: `dashes[index mod 5]`.
  public static func dash(at index: Int) -> DashPattern {
    dashes[positiveModulo(index, dashes.count)]
  }

  private static func positiveModulo(_ value: Int, _ modulus: Int) -> Int {
    ((value % modulus) + modulus) % modulus
  }
}
