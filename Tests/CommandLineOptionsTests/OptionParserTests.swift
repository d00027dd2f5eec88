import Testing

@testable import CommandLineOptions

private let parser = OptionParser([
  OptionSpec(
    "--name", .text(what: "a name"), placeholder: "NAME", isRequired: true, help: "the name"),
  OptionSpec("--count", .integer(1...10), placeholder: "N", help: "how many,\nat most 10"),
  OptionSpec(
    "--rate", .number(NumberRange(lower: 0, open: true, upper: 1)), placeholder: "R", help: "a rate"
  ),
  OptionSpec("--seed", .unsigned, placeholder: "S", help: "a seed"),
  OptionSpec("--kind", .choice(["a", "b", "c"]), placeholder: "a|b|c", help: "a kind"),
  OptionSpec("--loud", aliases: ["-l"], .flag, help: "louder"),
])

@Suite("Option parser") struct OptionParserTests {
  @Test("both spellings, aliases, negative values, and the values' kinds")
  func parses() throws {
    let request = try parser.parse([
      "--name", "x", "--count=3", "--rate", "0.5", "--seed", "18446744073709551615", "--kind=b",
      "-l",
    ])
    guard case .run(let options) = request else { throw Failure() }
    #expect(options.text("--name") == "x")
    #expect(options.integer("--count") == 3)
    #expect(options.number("--rate") == 0.5)
    #expect(options.unsigned("--seed") == UInt64.max)
    #expect(options.text("--kind") == "b")
    #expect(options.has("--loud"))
    #expect(try parser.parse([]) == .run(ParsedOptions()))
  }

  @Test(
    "every refusal is one line naming the option",
    arguments: [
      (["--count"], "--count needs a value"),
      (["--name", "--help"], "--name needs a value"),
      (["--name", "a", "--name", "b"], "--name is given twice"),
      (["--loud", "-l"], "--loud is given twice"),
      (["--loud=yes"], "--loud takes no value"),
      (["--count", "11"], "--count must be a whole number from 1 to 10, got '11'"),
      (["--count", "-1"], "--count must be a whole number from 1 to 10, got '-1'"),
      (["--rate", "0"], "--rate must be a number in (0, 1], got '0'"),
      (["--rate", "nan"], "--rate must be a number in (0, 1], got 'nan'"),
      (["--rate=inf"], "--rate must be a number in (0, 1], got 'inf'"),
      (["--seed", "-1"], "--seed must be a whole number from 0 to 18446744073709551615, got '-1'"),
      (["--kind", "d"], "--kind must be a, b or c, got 'd'"),
      (["--name="], "--name needs a name, got ''"),
      (["--nope=1"], "unknown option '--nope'"),
      (["-x"], "unknown option '-x'"),
      (["stray"], "unexpected argument 'stray'"),
      (["st\u{0}ray\u{1B}"], "unexpected argument 'st\\u{0}ray\\u{1b}'"),
    ])
  func refuses(arguments: [String], message: String) {
    #expect(throws: OptionError.self) { try parser.parse(arguments) }
    do {
      _ = try parser.parse(arguments)
    } catch {
      #expect(error.message == message)
    }
  }

  @Test("--help stops parsing where it stands: an error before it is still an error")
  func help() throws {
    #expect(try parser.parse(["--count", "2", "--help"]) == .help)
    #expect(try parser.parse(["-h", "--nope"]) == .help)
    #expect(throws: OptionError.unknown("--nope")) { try parser.parse(["--nope", "--help"]) }
  }

  @Test("the usage comes from the declarations: synopsis wrapped, help aligned")
  func usage() {
    #expect(
      parser.synopsis(lead: "usage: t ", width: 40) == """
        usage: t --name NAME [--count N]
                 [--rate R] [--seed S]
                 [--kind a|b|c] [--loud]
        """)
    #expect(
      parser.optionLines(help: "show this") == """
          --name NAME   the name
          --count N     how many,
                        at most 10
          --rate R      a rate
          --seed S      a seed
          --kind a|b|c  a kind
          --loud        louder
          --help        show this
        """)
  }

  @Test(
    "number ranges read as written",
    arguments: [
      (NumberRange(lower: 0, open: true, upper: 1), "in (0, 1]"),
      (NumberRange(lower: 0), ">= 0"), (NumberRange(lower: 0, open: true), "> 0"),
      (NumberRange(lower: 0.001, upper: 1e300), "in [0.001, 1e+300]"),
    ])
  func ranges(range: NumberRange, text: String) {
    #expect(range.description == text)
  }
}

struct Failure: Error {}
