/// How many terminal columns a piece of text takes.
///
/// East Asian wide and fullwidth characters (the Chinese quoted from the seed articles)
/// take two columns; every other character, combining marks included, one. Counting
/// `Character`s instead would let a line of Chinese run far past the wrap width.
public enum TextWidth {
  /// The number of columns `text` occupies in a monospaced terminal.
  public static func columns(_ text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + columns(of: $1) }
  }

  /// 2 for a wide or fullwidth character, otherwise 1.
  static func columns(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    return isWide(scalar.value) ? 2 : 1
  }

  /// The East Asian Wide (W) and Fullwidth (F) blocks of Unicode's UAX #11 that text here
  /// can contain: Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility,
  /// vertical and small forms, fullwidth forms, and the supplementary ideographic planes.
  static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      true
    default:
      false
    }
  }
}
